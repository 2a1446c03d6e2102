/**
 * Scenario `cohorts`: the reads of one cohort of 350 participants with 20 activities (16 held, every
 * participant marked; 4 to come), on SQLite and (with --pg) on PostgreSQL:
 *   GET /api/my/programme            as a participant of the cohort (an account linked to a person)
 *   GET /api/cohorts/:id/overview    as the administrator
 *   GET /api/cohorts/:id/attendance  as the administrator
 * each against cohorts-baseline.ts: bare Fastify reading the same rows of the same database with one
 * plain SQL statement per request. Before the load the harness asks both servers once and checks
 * that they answer the same JSON (the baseline does the same work, not less) and that Aktion's
 * answer holds the cohort as built (cohort-data.ts).
 */
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createDb } from '../server/src/db/dialect.js';
import {
  ACTIVITIES,
  type BenchCohort,
  COHORT_SIZE,
  FUTURE_ACTIVITIES,
  insertBenchCohort,
  PARTICIPANT_LOGIN,
  PAST_ACTIVITIES,
} from './cohort-data.js';
import { type Load, load, loadRow } from './load.js';
import { settle } from './organisation.js';
import { freshDatabase } from './pg.js';
import { type Child, freePort, startChild, stopChild, waitHealthy } from './proc.js';
import type { Row } from './report.js';

export interface CohortsContext {
  root: string;
  /** The harness's temp dir: the SQLite file goes here. */
  tmp: string;
  duration: number;
  /** With --pg: the same on a fresh PostgreSQL database. */
  pgUrl: string | undefined;
  /** Aktion's environment except DATABASE_URL. */
  env: NodeJS.ProcessEnv;
  /** Logs in through POST /api/auth/login (the demo administrator unless credentials are given). */
  login: (port: number, credentials?: { email: string; password: string }) => Promise<{ cookie: string }>;
  onCleanup: (step: () => Promise<void>) => void;
  /** A failed check: the harness still writes the rows, then says so and exits non-zero. */
  fail: (message: string) => void;
}

interface Target {
  name: 'SQLite' | 'PostgreSQL';
  aktionUrl: string;
  baselineEnv: NodeJS.ProcessEnv;
}

type Who = 'participant' | 'administrator';
interface Endpoint {
  key: 'programme' | 'overview' | 'attendance';
  /** How the row names the read (the cohort's id differs between runs). */
  label: string;
  path: (cohortId: string) => string;
  who: Who;
  /** What Aktion's answer must hold; problems found, none when right. */
  check: (body: unknown, data: BenchCohort) => string[];
}

const url = (c: Child, path: string): string => `http://127.0.0.1:${c.port}${path}`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

interface Counted {
  present: number | null;
  absent: number | null;
  unmarked: number | null;
}
/** `what` should be `want`: a problem text, or none. */
const expect = (what: string, got: unknown, want: unknown): string[] =>
  got === want ? [] : [`${what} ${JSON.stringify(got)}, not ${JSON.stringify(want)}`];
const allMarked = (what: string, rows: Counted[] | undefined): string[] => {
  const unmarked = (rows ?? []).reduce((n, r) => n + (r.unmarked ?? 0), 0);
  return unmarked === 0 ? [] : [`${unmarked} unmarked in ${what}, not 0`];
};

const ENDPOINTS: readonly Endpoint[] = [
  {
    key: 'programme',
    label: 'GET /api/my/programme as a participant',
    path: () => '/api/my/programme',
    who: 'participant',
    check: (body, data) => {
      const cohorts =
        (
          body as {
            cohorts?: Array<{ id: string; upcoming: unknown[]; past: Array<{ attendance: unknown }> }>;
          }
        ).cohorts ?? [];
      const c = cohorts[0];
      return [
        ...expect('cohorts', cohorts.length, 1),
        ...expect('cohort id', c?.id, data.cohortId),
        ...expect('upcoming activities', c?.upcoming.length, FUTURE_ACTIVITIES),
        ...expect('past activities', c?.past.length, PAST_ACTIVITIES),
        ...expect('past activities without a mark', c?.past.filter((a) => a.attendance === null).length, 0),
      ];
    },
  },
  {
    key: 'overview',
    label: 'GET /api/cohorts/<id>/overview as administrator',
    path: (id) => `/api/cohorts/${id}/overview`,
    who: 'administrator',
    check: (body, data) => {
      const o = body as {
        participantCount?: number;
        aggregatesOnly?: boolean;
        byArea?: unknown[];
        activities?: Counted[];
        missedTwoInARow?: { count: number | null };
      };
      return [
        ...expect('participantCount', o.participantCount, data.participants),
        ...expect('aggregatesOnly', o.aggregatesOnly, false),
        ...((o.byArea?.length ?? 0) >= 2 ? [] : [`${o.byArea?.length ?? 0} areas, not several`]),
        ...expect('activities', o.activities?.length, PAST_ACTIVITIES),
        ...allMarked('activities', o.activities),
        ...expect('missed two in a row', o.missedTwoInARow?.count, data.missedTwice),
      ];
    },
  },
  {
    key: 'attendance',
    label: 'GET /api/cohorts/<id>/attendance as administrator',
    path: (id) => `/api/cohorts/${id}/attendance`,
    who: 'administrator',
    check: (body, data) => {
      const a = body as { activities?: Counted[]; participants?: Counted[] };
      return [
        ...expect('participants', a.participants?.length, data.participants),
        ...expect('activities', a.activities?.length, PAST_ACTIVITIES),
        ...allMarked('participants', a.participants),
      ];
    },
  },
];

type Json = Record<string, unknown>;

/** The first place two JSON values differ (`$.cohorts[0].past[3].title`), or null when equal. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} vs ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Json)[k], (b as Json)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
}

async function get(port: number, path: string, cookie?: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, text: await res.text() };
}

async function targetRows(ctx: CohortsContext, target: Target): Promise<Row[]> {
  let aktion: Child | null = null;
  let baseline: Child | null = null;
  try {
    aktion = startChild(`Aktion (${target.name})`, ctx.root, 'server/src/server.ts', await freePort(), {
      ...ctx.env,
      DATABASE_URL: target.aktionUrl,
    });
    await waitHealthy(aktion);

    // The cohort goes in beside the running server, as the seed left the database.
    const db = createDb(target.aktionUrl, { poolSize: 2 });
    let data: BenchCohort;
    let settled = '';
    try {
      data = await insertBenchCohort(db, new Date());
      if (target.name === 'PostgreSQL')
        settled = `; then VACUUM (ANALYZE) ${(await settle(db)).toFixed(1)} s`;
    } finally {
      await db.close();
    }
    const built = `${data.participants} participants (Demo Kommune's leaders), ${data.activities} activities of ${data.modules} modules (${PAST_ACTIVITIES} held, ${data.marks.toLocaleString('en')} marks, ${data.absent} absent, ${data.missedTwice} people absent twice in a row; ${FUTURE_ACTIVITIES} to come, no sign-up seats), written in ${data.seconds.toFixed(1)} s${settled}`;
    console.log(`    cohort: ${built}`);

    const sessions: Record<Who, string> = {
      administrator: (await ctx.login(aktion.port)).cookie,
      participant: (await ctx.login(aktion.port, PARTICIPANT_LOGIN)).cookie,
    };

    baseline = startChild(
      `cohorts baseline (${target.name})`,
      ctx.root,
      'bench/cohorts-baseline.ts',
      await freePort(),
      { ...target.baselineEnv, BENCH_ORGANISATION_ID: data.organisationId, BENCH_PERSON_ID: data.personId },
    );
    await waitHealthy(baseline);

    const rows: Row[] = [];
    for (const e of ENDPOINTS) {
      const path = e.path(data.cohortId);
      // Once each before the load: Aktion's answer holds the cohort, the baseline's is the same JSON.
      const a = await get(aktion.port, path, sessions[e.who]);
      const b = await get(baseline.port, path);
      const problems: string[] = [];
      if (a.status !== 200) problems.push(`Aktion answered ${a.status}: ${a.text.slice(0, 200)}`);
      if (b.status !== 200) problems.push(`the baseline answered ${b.status}: ${b.text.slice(0, 200)}`);
      if (a.status === 200 && b.status === 200) {
        const aBody: unknown = JSON.parse(a.text);
        problems.push(...e.check(aBody, data));
        const diff = firstDifference(aBody, JSON.parse(b.text));
        if (diff) problems.push(`the baseline's JSON differs from Aktion's at ${diff}`);
      }
      const check = problems.length
        ? `CHECK FAILED: ${problems.join('; ')}`
        : "check passed: Aktion's answer holds the cohort as built, the baseline's is the same JSON";
      console.log(`    ${e.key}: ${kib(Buffer.byteLength(a.text))} body; ${check}`);
      if (problems.length) ctx.fail(`cohorts ${e.key} (${target.name}): ${check}`);

      const aLoad: Load = await load(`Aktion (${target.name}) ${e.label}`, ctx.duration, {
        url: url(aktion, path),
        headers: { cookie: sessions[e.who] },
      });
      const bLoad: Load = await load(`baseline (${target.name}) 1 query`, ctx.duration, {
        url: url(baseline, path),
      });
      rows.push(
        loadRow(
          `${e.label} (cohort of ${COHORT_SIZE}, ${ACTIVITIES} activities: ${PAST_ACTIVITIES} held, ${FUTURE_ACTIVITIES} to come), ${target.name}, vs bare Fastify + 1 SQL query`,
          aLoad,
          bLoad,
          [
            `${kib(Buffer.byteLength(a.text))} body`,
            `cohort: ${built}`,
            `Aktion: session cookie of the ${e.who === 'participant' ? `participant (an account linked to one of the ${COHORT_SIZE} people by persons.user_id)` : 'demo administrator'}, job runner on`,
            `baseline: bare Fastify, no session, one SQL statement on the same database (${BASELINE_WORK[e.key]}) ${target.name === 'SQLite' ? 'with better-sqlite3 read-only, prepared' : 'with a pg pool of 10 (as Aktion)'}, the same JSON built in JS, no response schema`,
            check,
          ].join('; '),
        ),
      );
    }
    return rows;
  } finally {
    if (aktion) await stopChild(aktion);
    if (baseline) await stopChild(baseline);
  }
}

/** What the baseline's one statement reads, by endpoint (see cohorts-baseline.ts). */
const BASELINE_WORK: Record<Endpoint['key'], string> = {
  programme:
    "the person's current cohorts ⋈ version ⋈ programme, left join activities ⋈ modules and the person's own marks; the person id given, not looked up",
  overview:
    'UNION ALL of current participants with their area (a recursive CTE up the unit tree), begun activities and their marks, rows as arrays; counts by area, level and activity, who missed two in a row',
  attendance:
    'UNION ALL of current participants with their unit, begun activities and their marks, rows as arrays; counts per participant and per activity, two absences in a row',
};

/** Three rows per database: SQLite always, PostgreSQL with --pg (a fresh database, dropped afterwards). */
export async function cohortRows(ctx: CohortsContext): Promise<Row[]> {
  const rows: Row[] = [];
  console.log('  SQLite');
  const file = join(ctx.tmp, 'cohorts.sqlite');
  rows.push(
    ...(await targetRows(ctx, {
      name: 'SQLite',
      aktionUrl: `sqlite:${file}`,
      baselineEnv: { BENCH_BASELINE_DB: file },
    })),
  );
  if (ctx.pgUrl) {
    console.log('  PostgreSQL');
    const fresh = await freshDatabase(ctx.pgUrl, ctx.onCleanup);
    try {
      rows.push(
        ...(await targetRows(ctx, {
          name: 'PostgreSQL',
          aktionUrl: fresh.url,
          baselineEnv: { BENCH_BASELINE_PG: fresh.url },
        })),
      );
    } finally {
      await fresh.drop();
    }
  } else {
    console.log('  PostgreSQL: skipped, needs --pg <postgres URL of a role that may create databases>');
  }
  return rows;
}
