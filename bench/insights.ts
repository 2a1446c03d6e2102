/**
 * Scenario `insights` (issue 7): Danish full-text search over 100,000 insights in 98 organisations,
 * on SQLite and (with --pg) on PostgreSQL. For each database: Aktion with the demo seed, then
 * insight-load.ts writes the insights beside the running server; then, as the demo participant
 * (Lene Leder, who sees Demo Kommune's insights shared with the organisation and with her cohort,
 * and her own), `GET /api/insights?q=<query>` for each query of QUERIES against
 * insights-baseline.ts: bare Fastify with one plain indexed full-text query on the same database.
 * Before the load each query is asked once of both: Aktion must find something for the queries
 * that should, nothing for the one that should not, and only Demo Kommune's insights.
 */
import { join } from 'node:path';
import type { InsightListRes } from '../core/schemas/insights.js';
import { createDb } from '../server/src/db/dialect.js';
import { stableId } from '../server/src/db/seed/municipality.js';
import { loadInsights, ORGANISATIONS, TOTAL_INSIGHTS } from './insight-load.js';
import { load, loadRow } from './load.js';
import { settle } from './organisation.js';
import { freshDatabase } from './pg.js';
import { type Child, freePort, startChild, stopChild, waitHealthy } from './proc.js';
import type { Row } from './report.js';

export interface InsightsContext {
  root: string;
  tmp: string;
  duration: number;
  pgUrl: string | undefined;
  env: NodeJS.ProcessEnv;
  login: (port: number, credentials?: { email: string; password: string }) => Promise<{ cookie: string }>;
  onCleanup: (step: () => Promise<void>) => void;
  fail: (message: string) => void;
}

/** Danish queries as leaders type them: inflected forms, two words (AND), a broad word, a miss. */
const QUERIES: ReadonlyArray<{ q: string; hits: boolean; what: string }> = [
  { q: 'automatiseringerne', hits: true, what: 'one inflected word' },
  { q: 'digitale løsninger', hits: true, what: 'two inflected words, both needed' },
  { q: 'borgerne', hits: true, what: 'a broad word' },
  { q: 'kloakrenovering', hits: false, what: 'a word no insight holds' },
];
const PARTICIPANT = { email: 'leder@demo.aktion.dk', password: 'aktion-demo' };
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const url = (c: Child, path: string): string => `http://127.0.0.1:${c.port}${path}`;

async function getJson<T>(
  port: number,
  path: string,
  cookie?: string,
): Promise<{ status: number; body: T; bytes: number }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: cookie ? { cookie } : {} });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as T, bytes: Buffer.byteLength(text) };
}

async function targetRows(
  ctx: InsightsContext,
  name: 'SQLite' | 'PostgreSQL',
  aktionUrl: string,
  baselineEnv: NodeJS.ProcessEnv,
): Promise<Row[]> {
  let aktion: Child | null = null;
  let baseline: Child | null = null;
  try {
    aktion = startChild(`Aktion (${name})`, ctx.root, 'server/src/server.ts', await freePort(), {
      ...ctx.env,
      DATABASE_URL: aktionUrl,
    });
    await waitHealthy(aktion);
    const demoId = stableId('organisation');
    const db = createDb(aktionUrl, { poolSize: 2 });
    let loaded: Awaited<ReturnType<typeof loadInsights>>;
    let settled = '';
    try {
      loaded = await loadInsights(db, demoId);
      if (name === 'PostgreSQL') settled = `; then VACUUM (ANALYZE) ${(await settle(db)).toFixed(1)} s`;
    } finally {
      await db.close();
    }
    const data = `${loaded.insights.toLocaleString('en')} insights in ${loaded.organisations} organisations (${Math.round(loaded.insights / loaded.organisations).toLocaleString('en')} each; Demo Kommune's 75 % shared with the organisation, 15 % with the cohort, 10 % private), each with its first version, focus areas${name === 'SQLite' ? ' and FTS5 row' : ''}, written in ${loaded.seconds.toFixed(1)} s${settled}`;
    console.log(`    ${data}`);

    const { cookie } = await ctx.login(aktion.port, PARTICIPANT);
    baseline = startChild(
      `insights baseline (${name})`,
      ctx.root,
      'bench/insights-baseline.ts',
      await freePort(),
      {
        ...baselineEnv,
        BENCH_ORGANISATION_ID: demoId,
      },
    );
    await waitHealthy(baseline);

    const rows: Row[] = [];
    for (const query of QUERIES) {
      const path = `/api/insights?q=${encodeURIComponent(query.q)}`;
      const a = await getJson<InsightListRes>(aktion.port, path, cookie);
      const b = await getJson<{ items: Array<{ id: string }> }>(baseline.port, path);
      const problems: string[] = [];
      if (a.status !== 200) problems.push(`Aktion answered ${a.status}`);
      if (b.status !== 200) problems.push(`the baseline answered ${b.status}`);
      const found = a.body.total ?? 0;
      if (query.hits !== found > 0) problems.push(`Aktion found ${found}`);
      if (query.hits !== b.body.items.length > 0) problems.push(`the baseline found ${b.body.items.length}`);
      const foreign = (a.body.items ?? []).filter((i) => !loaded.demoIds.has(i.id)).length;
      if (foreign) problems.push(`${foreign} of Aktion's answers are not Demo Kommune's`);
      const check = problems.length
        ? `CHECK FAILED: ${problems.join('; ')}`
        : `check passed: Aktion found ${found.toLocaleString('en')} the participant may see (first ${a.body.items.length} sent, all Demo Kommune's), the baseline ${b.body.items.length} (its limit 20)`;
      console.log(`    "${query.q}": ${check}`);
      if (problems.length) ctx.fail(`insights "${query.q}" (${name}): ${check}`);

      const aLoad = await load(`Aktion (${name}) "${query.q}"`, ctx.duration, {
        url: url(aktion, path),
        headers: { cookie },
      });
      const bLoad = await load(`baseline (${name}) "${query.q}"`, ctx.duration, { url: url(baseline, path) });
      rows.push(
        loadRow(
          `GET /api/insights?q=${query.q} (${query.what}) over ${TOTAL_INSIGHTS.toLocaleString('en')} insights in ${ORGANISATIONS} organisations, ${name}, vs bare Fastify + 1 indexed full-text query`,
          aLoad,
          bLoad,
          [
            `${kib(a.bytes)} body (first page of 20)`,
            `data: ${data}`,
            `Aktion: session cookie of the demo participant; the reader's sets and cohorts (1 query), the page with visibility rules, filters, names and bm25/ts_rank order, the total count, the focus areas; ${name === 'SQLite' ? 'terms stemmed in the app (Danish Snowball), FTS5 with an organisation token' : "to_tsvector('danish') generated column with a GIN index, plainto_tsquery('danish')"}; job runner on`,
            `baseline: bare Fastify, no session, one statement: the organisation's 20 best matches by ${name === 'SQLite' ? 'bm25 (FTS5, the same stems), better-sqlite3 read-only, prepared' : 'ts_rank (plainto_tsquery), a pg pool of 10'}; no visibility rules, count, names or focus areas`,
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

/** One row per query and database: SQLite always, PostgreSQL with --pg (a fresh database, dropped afterwards). */
export async function insightRows(ctx: InsightsContext): Promise<Row[]> {
  const rows: Row[] = [];
  console.log('  SQLite');
  const file = join(ctx.tmp, 'insights.sqlite');
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
