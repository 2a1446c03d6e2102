/**
 * Scenario `assessment` (issue 8): the digital mindset assessment at national scale, on SQLite and
 * (with --pg) on PostgreSQL. For each database:
 * 1. Aktion starts on a fresh database with the demo seed; assessment-data.ts writes 98
 *    municipalities × 3 closed rounds beside it (PostgreSQL then gets VACUUM (ANALYZE)).
 * 2. (a) One municipality's heatmap: `GET /api/assessment/rounds/:id/heatmap?breakdown=unit` for
 *    Demo Kommune's third round, as its administrator, with all rules applied (what the round
 *    released at close; with `&compare=` also the change rules against its second round), against
 *    assessment-baseline.ts: bare Fastify running the bare grouping query (assessment-grouping.ts)
 *    on the same database. The check, once before the load: every unit row Aktion released has the
 *    baseline's count and means (and shares, and changes) to the shown decimals, the same units appear,
 *    and Aktion hides some.
 * 3. (b) After both servers stop: every municipality's release in one batch, each round's responses
 *    read from the database and computeStoredRelease run on them (as the close does), timed per round,
 *    against the bare grouping query run for every round. The check: each recomputed release
 *    suppresses and releases the same cells as the stored one.
 */
import { join } from 'node:path';
import { CompiledQuery } from 'kysely';
import type { Instrument } from '../core/assessment/instrument.js';
import type { Level } from '../core/organisation.js';
import type { Heatmap, RoundFilter } from '../core/schemas/assessment.js';
import { createDb, type Db } from '../server/src/db/dialect.js';
import { stableId } from '../server/src/db/seed/municipality.js';
import { computeStoredRelease, type StoredRelease } from '../server/src/modules/assessment/stored-release.js';
import { checkHeatmap } from './assessment-check.js';
import {
  K,
  LEADERS,
  type LoadedAssessments,
  loadAssessments,
  MUNICIPALITIES,
  ROUNDS,
} from './assessment-data.js';
import { type GroupedRow, groupingSql } from './assessment-grouping.js';
import { load, loadRow, num } from './load.js';
import { settle } from './organisation.js';
import { freshDatabase } from './pg.js';
import { type Child, freePort, startChild, stopChild, waitHealthy } from './proc.js';
import type { Row } from './report.js';

export interface AssessmentContext {
  root: string;
  tmp: string;
  duration: number;
  pgUrl: string | undefined;
  env: NodeJS.ProcessEnv;
  login: (port: number) => Promise<{ cookie: string }>;
  onCleanup: (step: () => Promise<void>) => void;
  fail: (message: string) => void;
}

const url = (c: Child, path: string): string => `http://127.0.0.1:${c.port}${path}`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

async function getJson<T>(port: number, path: string, cookie?: string) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: cookie ? { cookie } : {} });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as T, bytes: Buffer.byteLength(text) };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** (b): every round's release from its responses read from the database, and the bare grouping of each. */
async function batchRow(
  db: Db,
  loaded: LoadedAssessments,
  name: string,
  fail: (m: string) => void,
): Promise<Row> {
  const times: number[] = [];
  const bare: number[] = [];
  let differ = 0;
  const text = groupingSql(db.dialect === 'postgres' ? 'postgres' : 'sqlite');
  const start = performance.now();
  for (const id of loaded.rounds) {
    const t = performance.now();
    const round = await db.kysely
      .selectFrom('assessment_rounds')
      .select(['instrument', 'filters', 'release'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const rows = await db.kysely
      .selectFrom('assessment_responses')
      .select(['id', 'unit_path', 'level', 'field_id', 'filter_keys', 'answers'])
      .where('round_id', '=', id)
      .execute();
    const release = computeStoredRelease(
      JSON.parse(round.instrument) as Instrument,
      rows.map((r) => ({
        id: r.id,
        unitPath: JSON.parse(r.unit_path) as string[],
        level: r.level as Level,
        fieldId: r.field_id,
        filterKeys: JSON.parse(r.filter_keys) as string[],
        answers: JSON.parse(r.answers),
      })),
      JSON.parse(round.filters) as RoundFilter[],
      K,
    );
    times.push(performance.now() - t);
    if (released(release) !== released(JSON.parse(round.release ?? 'null') as StoredRelease)) differ++;
  }
  const seconds = (performance.now() - start) / 1000;
  const bareStart = performance.now();
  for (const id of loaded.rounds) {
    const t = performance.now();
    await db.kysely.executeQuery(CompiledQuery.raw(text, [id]));
    bare.push(performance.now() - t);
  }
  const bareSeconds = (performance.now() - bareStart) / 1000;
  const check = differ
    ? `CHECK FAILED: ${differ} recomputed releases release other cells than the stored ones`
    : `check passed: all ${loaded.rounds.length} recomputed releases release and suppress the same cells as the stored ones`;
  if (differ) fail(`assessment batch (${name}): ${check}`);
  console.log(`    batch: ${seconds.toFixed(1)} s, bare grouping ${bareSeconds.toFixed(1)} s; ${check}`);
  const figure = (total: number, list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return `${total.toFixed(1)} s for ${list.length} rounds (per round p50 ${num(percentile(sorted, 50))} ms, max ${num(sorted.at(-1) ?? 0)} ms)`;
  };
  return {
    scenario: `every municipality's release in one batch: ${MUNICIPALITIES} × ${ROUNDS.length} rounds, ${name}, vs the bare grouping query per round`,
    aktion: figure(seconds, times),
    baseline: figure(bareSeconds, bare),
    ratio: `${num(seconds / bareSeconds)}×`,
    notes: [
      `${loaded.responses.toLocaleString('en')} responses (${LEADERS} leaders invited per round, ${ROUNDS.map((r) => `${r.rate * 100} %`).join('/')} answered)`,
      'Aktion: per round, the round and its responses read through Kysely, then computeStoredRelease (k = 5; the whole round and 2 cohort filters; 5 breakdowns; differencing checked over all of them) — the work the close does once',
      'baseline: the bare grouping query per round (unit × dimension means and shares in SQL, no rules), rows not read into objects',
      check,
    ].join('; '),
  };
}

/** A release's released/suppressed pattern, for comparing two computations of the same round. */
function released(release: StoredRelease | null): string {
  if (!release) return '';
  return release.populations
    .flatMap((p) =>
      Object.entries(p.breakdowns).flatMap(([b, cells]) =>
        cells.map((c) => `${p.filter}|${b}|${c.key}|${c.released ? 'r' : c.reason}`),
      ),
    )
    .sort()
    .join('\n');
}

async function targetRows(
  ctx: AssessmentContext,
  name: 'SQLite' | 'PostgreSQL',
  aktionUrl: string,
  baselineEnv: NodeJS.ProcessEnv,
): Promise<Row[]> {
  let aktion: Child | null = null;
  let baseline: Child | null = null;
  let db: Db | null = null;
  try {
    aktion = startChild(`Aktion (${name})`, ctx.root, 'server/src/server.ts', await freePort(), {
      ...ctx.env,
      DATABASE_URL: aktionUrl,
    });
    await waitHealthy(aktion);
    db = createDb(aktionUrl, { poolSize: 2 });
    const loaded = await loadAssessments(db, stableId('organisation'));
    const settled = name === 'PostgreSQL' ? `; then VACUUM (ANALYZE) ${(await settle(db)).toFixed(1)} s` : '';
    const data = `${MUNICIPALITIES} municipalities (Demo Kommune + ${MUNICIPALITIES - 1} generated with ${LEADERS} leaders each and no employees), ${loaded.rounds.length} closed rounds (3 each, 2 cohort filters each), ${loaded.responses.toLocaleString('en')} responses, ${loaded.invitations.toLocaleString('en')} invitations, ${loaded.rows.toLocaleString('en')} rows written in ${loaded.seconds.toFixed(1)} s (releases computed ${loaded.releaseSeconds.toFixed(1)} s of it)${settled}`;
    console.log(`    ${data}`);

    const { cookie } = await ctx.login(aktion.port);
    baseline = startChild(
      `assessment baseline (${name})`,
      ctx.root,
      'bench/assessment-baseline.ts',
      await freePort(),
      baselineEnv,
    );
    await waitHealthy(baseline);

    const [previous, round] = loaded.demoRounds.slice(1) as [string, string];
    const rows: Row[] = [];
    for (const compare of [false, true]) {
      const path = `/api/assessment/rounds/${round}/heatmap?breakdown=unit${compare ? `&compare=${previous}` : ''}`;
      const a = await getJson<Heatmap>(aktion.port, path, cookie);
      const b = await getJson<{ rows: Array<GroupedRow & { values: Array<{ change?: number | null }> }> }>(
        baseline.port,
        path,
      );
      const check = checkHeatmap(a, b, compare);
      console.log(`    ${compare ? 'with compare' : 'unit'}: ${check.text}`);
      if (check.failed) ctx.fail(`assessment heatmap (${name}): ${check.text}`);
      const label = `GET /api/assessment/rounds/<id>/heatmap?breakdown=unit${compare ? '&compare=<previous>' : ''}`;
      const aLoad = await load(`Aktion (${name}) ${label}`, ctx.duration, {
        url: url(aktion, path),
        headers: { cookie },
      });
      const bLoad = await load(`baseline (${name})`, ctx.duration, { url: url(baseline, path) });
      rows.push(
        loadRow(
          `${label}: Demo Kommune's 3rd round among ${MUNICIPALITIES} municipalities × 3 rounds, ${name}, vs bare Fastify + the bare grouping query${compare ? ' of both rounds' : ''}`,
          aLoad,
          bLoad,
          [
            `${kib(a.bytes)} body (baseline ${kib(b.bytes)})`,
            `data: ${data}`,
            `Aktion: administrator's session; the round (404 unless visible), the release stored at close (k = 5, differencing), unit names and tree order${compare ? ', both rounds’ invitations and releaseChange per group' : ''}; zod serialisation`,
            `baseline: bare Fastify, no session, one statement${compare ? ' per round' : ''}: the round's responses grouped by unit with per-dimension means and shares computed in SQL, no rules (${name === 'SQLite' ? 'better-sqlite3 read-only, prepared' : 'a pg pool of 10, prepared'})`,
            check.text,
          ].join('; '),
        ),
      );
    }
    await stopChild(baseline);
    baseline = null;
    await stopChild(aktion);
    aktion = null;
    rows.push(await batchRow(db, loaded, name, ctx.fail));
    return rows;
  } finally {
    if (aktion) await stopChild(aktion);
    if (baseline) await stopChild(baseline);
    await db?.close();
  }
}

/** Three rows per database: SQLite always, PostgreSQL with --pg (a fresh database, dropped afterwards). */
export async function assessmentRows(ctx: AssessmentContext): Promise<Row[]> {
  const rows: Row[] = [];
  console.log('  SQLite');
  const file = join(ctx.tmp, 'assessment.sqlite');
  rows.push(...(await targetRows(ctx, 'SQLite', `sqlite:${file}`, { BENCH_BASELINE_DB: file })));
  if (ctx.pgUrl) {
    console.log('  PostgreSQL');
    const fresh = await freshDatabase(ctx.pgUrl, ctx.onCleanup);
    try {
      rows.push(...(await targetRows(ctx, 'PostgreSQL', fresh.url, { BENCH_BASELINE_PG: fresh.url })));
    } finally {
      await fresh.drop();
    }
  } else {
    console.log('  PostgreSQL: skipped, needs --pg <postgres URL of a role that may create databases>');
  }
  return rows;
}
