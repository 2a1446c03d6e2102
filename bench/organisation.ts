/**
 * Organisation scenarios on Demo Kommune (150 units, 350 leaders, 6,000 employees):
 *   units    GET /api/units, the whole tree                 vs bare Fastify with the same body from memory
 *   people   GET /api/people, the enrolment filter           vs the same
 *   tenants  both reads on PostgreSQL with Demo Kommune alone, then with 97 more generated
 *            municipalities in the database (1 vs 98 tenants), and the load time of the 97
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createDb, type Db } from '../server/src/db/dialect.js';
import { insertMunicipality } from '../server/src/db/seed/insert-municipality.js';
import { generateMunicipality } from '../server/src/db/seed/municipality.js';
import { addDefaultFields } from '../server/src/modules/people/fields.service.js';
import { type Load, load, loadRow, num } from './load.js';
import { freshDatabase } from './pg.js';
import { type Child, freePort, startChild, stopChild, waitHealthy } from './proc.js';
import type { Row } from './report.js';

/** The area the people scenario enrols from: its units below are included. */
const ENROL_UNIT = 'Børn og Unge';
const EXTRA_MUNICIPALITIES = 97;
/** Generator seeds of the extra municipalities: far from Demo Kommune's (2026). */
const FIRST_SEED = 100_000;
const PROGRESS_EVERY = 10;

export interface OrganisationBodies {
  unitsBody: string;
  unitCount: number;
  unitName: string;
  peoplePath: string;
  peopleBody: string;
  peopleTotal: number;
}

async function getText(port: number, path: string, cookie: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
  return res.text();
}

/** The two bodies as Aktion answers them now, and the people path (found via the unit tree). */
export async function organisationBodies(port: number, cookie: string): Promise<OrganisationBodies> {
  const unitsBody = await getText(port, '/api/units', cookie);
  const units = (JSON.parse(unitsBody) as { items: Array<{ id: string; name: string }> }).items;
  const unit = units.find((u) => u.name === ENROL_UNIT);
  if (!unit) throw new Error(`GET /api/units has no unit named "${ENROL_UNIT}"`);
  const peoplePath = `/api/people?unitId=${unit.id}&level=leaders&limit=50`;
  const peopleBody = await getText(port, peoplePath, cookie);
  const people = JSON.parse(peopleBody) as { items: unknown[]; total: number };
  if (people.items.length === 0) throw new Error(`GET ${peoplePath} found nobody`);
  return {
    unitsBody,
    unitCount: units.length,
    unitName: unit.name,
    peoplePath,
    peopleBody,
    peopleTotal: people.total,
  };
}

/** How a row names the people read, without the unit's id (which differs between installs). */
const peopleLabel = (b: OrganisationBodies): string =>
  `GET /api/people?unitId=<${b.unitName}>&level=leaders&limit=50`;
const kb = (body: string): string => `${(Buffer.byteLength(body) / 1024).toFixed(1)} KiB body`;
const unitsNote = (b: OrganisationBodies): string => `${b.unitCount} units, ${kb(b.unitsBody)}`;
const peopleNote = (b: OrganisationBodies): string =>
  `units below included; 50 of ${b.peopleTotal} leaders, ${kb(b.peopleBody)}`;
const url = (c: Child, path: string): string => `http://127.0.0.1:${c.port}${path}`;

/** Scenarios `units` and `people`: Aktion on SQLite vs the baseline serving the captured bodies. */
export async function organisationRows(
  want: { units: boolean; people: boolean },
  aktion: Child,
  baseline: Child,
  cookie: string,
  bodies: OrganisationBodies,
  duration: number,
): Promise<Row[]> {
  const rows: Row[] = [];
  if (want.units) {
    const a = await load('Aktion GET /api/units', duration, {
      url: url(aktion, '/api/units'),
      headers: { cookie },
    });
    const b = await load('baseline from memory', duration, { url: url(baseline, '/api/units') });
    rows.push(loadRow('GET /api/units (Demo Kommune) vs bare Fastify from memory', a, b, unitsNote(bodies)));
  }
  if (want.people) {
    const a = await load(`Aktion ${peopleLabel(bodies)}`, duration, {
      url: url(aktion, bodies.peoplePath),
      headers: { cookie },
    });
    const b = await load('baseline from memory', duration, { url: url(baseline, '/api/people') });
    rows.push(loadRow(`${peopleLabel(bodies)} vs bare Fastify from memory`, a, b, peopleNote(bodies)));
  }
  return rows;
}

// Tenants on PostgreSQL ------------------------------------------------------------------------

export interface TenantsContext {
  root: string;
  duration: number;
  /** A PostgreSQL URL whose role may create databases (`--pg`). */
  pgUrl: string;
  /** Aktion's environment except DATABASE_URL. */
  env: NodeJS.ProcessEnv;
  login: (port: number) => Promise<{ cookie: string }>;
  /** Registers a step for the harness's cleanup (Ctrl-C, errors): dropping the database. */
  onCleanup: (step: () => Promise<void>) => void;
}

/**
 * VACUUM (ANALYZE): fresh statistics for the planner, and no autovacuum of the freshly inserted rows
 * in the middle of a measurement. Done before both measurements, so both see a settled database.
 */
export async function settle(db: Db): Promise<number> {
  const t = performance.now();
  await sql`vacuum (analyze)`.execute(db.kysely);
  return (performance.now() - t) / 1000;
}

interface Loaded {
  rows: number;
  seconds: number;
  /** rows/s of the first and of the last PROGRESS_EVERY municipalities. */
  first: number;
  last: number;
}

/**
 * Adds generated municipalities as further organisations, one transaction each, with the project's
 * own generator and insert helper (which writes in chunks of 500 rows).
 */
async function addMunicipalities(db: Db, count: number): Promise<Loaded> {
  const start = performance.now();
  const marks: Array<{ rows: number; at: number }> = [{ rows: 0, at: start }];
  let rows = 0;
  for (let i = 1; i <= count; i++) {
    const m = generateMunicipality(FIRST_SEED + i);
    const nowIso = new Date().toISOString();
    rows += await db.kysely.transaction().execute(async (trx) => {
      const organisationId = randomUUID();
      await trx
        .insertInto('organisations')
        .values({
          id: organisationId,
          name: `Benchkommune ${i}`,
          slug: `benchkommune-${i}`,
          created_at: nowIso,
        })
        .execute();
      await addDefaultFields(trx, organisationId, nowIso);
      const fields = await trx
        .selectFrom('professional_fields')
        .select(['id', 'key'])
        .where('organisation_id', '=', organisationId)
        .execute();
      await insertMunicipality(trx, organisationId, m, {
        nowIso,
        fieldIds: new Map(fields.map((f) => [f.key, f.id])),
        idOf: () => randomUUID(),
      });
      return 1 + fields.length + m.units.length + m.persons.length;
    });
    marks.push({ rows, at: performance.now() });
    if (i % PROGRESS_EVERY === 0 || i === count) {
      const s = (performance.now() - start) / 1000;
      console.log(
        `    ${i}/${count} municipalities, ${rows.toLocaleString('en')} rows, ${s.toFixed(1)} s, ${num(rows / s)} rows/s`,
      );
    }
  }
  const rate = (from: number, to: number): number => {
    const a = marks[from]!;
    const b = marks[to]!;
    return (b.rows - a.rows) / ((b.at - a.at) / 1000);
  };
  const n = Math.min(PROGRESS_EVERY, count);
  return {
    rows,
    seconds: (performance.now() - start) / 1000,
    first: rate(0, n),
    last: rate(count - n, count),
  };
}

/**
 * Scenario `tenants`: a fresh database, Aktion on it with the demo seed, both reads with Demo Kommune
 * alone; then, with the same server process still running, 97 more municipalities loaded directly
 * into the database; then both reads again. The 1-municipality figures are the baseline column.
 */
export async function tenantsRows(ctx: TenantsContext): Promise<Row[]> {
  const fresh = await freshDatabase(ctx.pgUrl, ctx.onCleanup);

  let aktion: Child | null = null;
  let db: Db | null = null;
  try {
    const seedStart = performance.now();
    aktion = startChild('Aktion (PostgreSQL)', ctx.root, 'server/src/server.ts', await freePort(), {
      ...ctx.env,
      DATABASE_URL: fresh.url,
    });
    await waitHealthy(aktion);
    console.log(
      `  Aktion on PostgreSQL ready with the demo seed in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    db = createDb(fresh.url, { poolSize: 2 });
    await settle(db);

    const { cookie } = await ctx.login(aktion.port);
    const before = await organisationBodies(aktion.port, cookie);
    const reads = async (label: string): Promise<{ units: Load; people: Load }> => ({
      units: await load(`${label} GET /api/units`, ctx.duration, {
        url: url(aktion!, '/api/units'),
        headers: { cookie },
      }),
      people: await load(`${label} ${peopleLabel(before)}`, ctx.duration, {
        url: url(aktion!, before.peoplePath),
        headers: { cookie },
      }),
    });
    const one = await reads('1 municipality:');

    console.log(`  loading ${EXTRA_MUNICIPALITIES} municipalities (server keeps running) …`);
    const loaded = await addMunicipalities(db, EXTRA_MUNICIPALITIES);
    const settleS = await settle(db);
    const counts = await db.kysely
      .selectFrom('persons')
      .select((eb) => [
        eb.fn.countAll<number>().as('persons'),
        eb.fn.count<number>('organisation_id').distinct().as('orgs'),
      ])
      .executeTakeFirstOrThrow();
    console.log(
      `  database holds ${counts.orgs} municipalities, ${Number(counts.persons).toLocaleString('en')} persons; VACUUM (ANALYZE) ${settleS.toFixed(1)} s`,
    );

    const after = await organisationBodies(aktion.port, cookie);
    const same =
      after.unitsBody === before.unitsBody && after.peopleBody === before.peopleBody
        ? 'same bodies before and after the load'
        : 'BODIES DIFFER before and after the load';
    const many = await reads(`${counts.orgs} municipalities:`);

    const labels: [string, string] = [`${counts.orgs} municipalities`, '1 municipality'];
    const common = `PostgreSQL; Aktion column = ${counts.orgs} municipalities (${Number(counts.persons).toLocaleString('en')} persons), baseline column = Demo Kommune alone, same server process; ${same}`;
    return [
      loadRow(
        `GET /api/units (Demo Kommune), ${counts.orgs} vs 1 municipality`,
        many.units,
        one.units,
        `${common}; ${unitsNote(before)}`,
        labels,
      ),
      loadRow(
        `${peopleLabel(before)} (Demo Kommune), ${counts.orgs} vs 1 municipality`,
        many.people,
        one.people,
        `${common}; ${peopleNote(before)}`,
        labels,
      ),
      {
        scenario: `load ${EXTRA_MUNICIPALITIES} generated municipalities into PostgreSQL`,
        aktion: `${loaded.rows.toLocaleString('en')} rows in ${loaded.seconds.toFixed(1)} s: ${num(loaded.rows / loaded.seconds)} rows/s`,
        baseline: '—',
        ratio: '—',
        notes: `a load figure, no baseline: generateMunicipality + insertMunicipality (chunks of 500), one transaction per municipality, server running; first ${Math.min(PROGRESS_EVERY, EXTRA_MUNICIPALITIES)} municipalities ${num(loaded.first)} rows/s, last ${Math.min(PROGRESS_EVERY, EXTRA_MUNICIPALITIES)} ${num(loaded.last)} rows/s; then VACUUM (ANALYZE) ${settleS.toFixed(1)} s`,
      },
    ];
  } finally {
    await db?.close();
    if (aktion) await stopChild(aktion);
    await fresh.drop();
  }
}
