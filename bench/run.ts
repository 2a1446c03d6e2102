/**
 * Performance harness: Aktion vs. a bare Fastify baseline, measured in the same run.
 *   npx tsx bench/run.ts [--duration 30] [--only me,login,memory] [--dry-run]
 * Appends rows to bench/BENCHMARKS.md unless --dry-run (which only prints them).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHistogram } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Options, type Result } from 'autocannon';
import { type Child, freePort, killAllNow, rssMiB, sleep, startChild, stopAll, waitHealthy } from './proc.js';
import { appendRows, commitOf, formatRows, machine, type Row } from './report.js';

const SCENARIOS = ['me', 'login', 'memory'] as const;
type Scenario = (typeof SCENARIOS)[number];
const CONNECTIONS = 10;
const MIN_RECORDED_S = 30;
const IDLE_WAIT_MS = 5000;
const DEMO_LOGIN = { email: 'admin@demo.aktion.dk', password: 'aktion-demo' };
const DEMO_ACCOUNTS = ['admin', 'facilitator', 'leder', 'direktion', 'medarbejder'].map(
  (n) => `${n}@demo.aktion.dk`,
);

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);

function usage(message: string): never {
  console.error(
    `${message}\nusage: npx tsx bench/run.ts [--duration 30] [--only ${SCENARIOS.join(',')}] [--dry-run]`,
  );
  process.exit(2);
}
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    only: { type: 'string', default: SCENARIOS.join(',') },
    'dry-run': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const dryRun = values['dry-run'];
const only = new Set(values.only.split(',').map((s) => s.trim()));
for (const s of only) {
  if (!SCENARIOS.includes(s as Scenario)) usage(`unknown scenario "${s}"`);
}
if (!Number.isFinite(duration) || duration < 1) usage('--duration must be a number of seconds ≥ 1');
if (!dryRun && duration < MIN_RECORDED_S) {
  usage(`a recorded run needs --duration ≥ ${MIN_RECORDED_S}; use --dry-run for a trial`);
}
const want = (s: Scenario): boolean => only.has(s);

const args = process.argv.slice(2).join(' ');
const command =
  process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${args ? ` -- ${args}` : ''}`
    : `npx tsx bench/run.ts${args ? ` ${args}` : ''}`;

const tmp = mkdtempSync(join(tmpdir(), 'aktion-bench-'));
let cleaned = false;
async function cleanup(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  await stopAll();
  rmSync(tmp, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping servers`);
    void cleanup().finally(() => process.exit(128 + constants.signals[signal]));
  });
}
process.on('exit', () => {
  killAllNow();
  if (!cleaned) rmSync(tmp, { recursive: true, force: true });
});

interface Load {
  rps: number;
  p50: number;
  p99: number;
  problems: string;
}

/**
 * autocannon's own latency histogram holds whole milliseconds, which reads 0 ms for the baseline;
 * the percentiles come from the per-response times instead, recorded in microseconds (2xx only).
 */
async function load(
  label: string,
  opts: Omit<Options, 'connections' | 'duration' | 'warmup'>,
): Promise<Load> {
  process.stdout.write(`  ${label} … `);
  const instance = autocannon({
    ...opts,
    connections: CONNECTIONS,
    duration,
    warmup: { connections: CONNECTIONS, duration: Math.min(3, duration) },
    timeout: 30,
  });
  const hist = createHistogram();
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) hist.record(Math.max(1, Math.round(ms * 1000)));
  });
  const r: Result = await instance;
  const bad = [
    r.non2xx ? `${r.non2xx} non-2xx` : '',
    r.errors ? `${r.errors} errors` : '',
    r.timeouts ? `${r.timeouts} timeouts` : '',
  ].filter(Boolean);
  const result: Load = {
    rps: r.requests.average,
    p50: hist.count ? hist.percentile(50) / 1000 : Number.NaN,
    p99: hist.count ? hist.percentile(99) / 1000 : Number.NaN,
    problems: bad.join(', '),
  };
  console.log(`${fmtLoad(result)}${bad.length ? ` (${result.problems})` : ''}`);
  return result;
}

/** Three significant figures (whole numbers from 100). */
const num = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toPrecision(3));
const fmtLoad = (l: Load): string => `${num(l.rps)} req/s · p50 ${num(l.p50)} ms · p99 ${num(l.p99)} ms`;
const ratio = (a: number, b: number): string => (b > 0 ? `${num(a / b)}×` : 'n/a');
const loadRatio = (a: Load, b: Load): string =>
  `req/s ${ratio(a.rps, b.rps)} · p50 ${ratio(a.p50, b.p50)} · p99 ${ratio(a.p99, b.p99)}`;
const problems = (a: Load, b: Load): string =>
  [a.problems && `Aktion: ${a.problems}`, b.problems && `baseline: ${b.problems}`].filter(Boolean).join('; ');

function loadRow(scenario: string, a: Load, b: Load, note: string): Row {
  const notes = [note, problems(a, b)].filter(Boolean).join('; ');
  return { scenario, aktion: fmtLoad(a), baseline: fmtLoad(b), ratio: loadRatio(a, b), notes };
}

async function login(port: number): Promise<{ cookie: string; meBody: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_LOGIN),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('aktion_session='));
  if (!cookie) throw new Error('login set no aktion_session cookie');
  const me = await fetch(`http://127.0.0.1:${port}/api/me`, { headers: { cookie } });
  if (me.status !== 200) throw new Error(`GET /api/me answered ${me.status}`);
  return { cookie, meBody: await me.text() };
}

async function main(): Promise<void> {
  const started = new Date();
  const host = machine();
  const commit = commitOf(root); // the code as it was when the servers started
  console.log(`Aktion bench: ${duration} s per target, ${CONNECTIONS} connections, temp dir ${tmp}`);

  const aktion = startChild('Aktion', root, 'server/src/server.ts', await freePort(), {
    DATABASE_URL: `sqlite:${join(tmp, 'aktion.sqlite')}`,
    HOST: '127.0.0.1',
    AKTION_DEMO: '1',
    AKTION_LOGIN_RATE_LIMIT: '0',
    AKTION_RUN_JOBS: '1',
    LOG_LEVEL: 'warn',
  });
  await waitHealthy(aktion);
  let aktionRss = 0;
  if (want('memory')) {
    await sleep(IDLE_WAIT_MS);
    aktionRss = rssMiB(aktion);
  }

  const { cookie, meBody } = await login(aktion.port);
  const baseline: Child = startChild('baseline', root, 'bench/baseline-server.ts', await freePort(), {
    BENCH_ME_BODY: meBody,
    BENCH_BASELINE_DB: join(tmp, 'baseline.sqlite'),
  });
  await waitHealthy(baseline);
  let baselineRss = 0;
  if (want('memory')) {
    await sleep(IDLE_WAIT_MS);
    baselineRss = rssMiB(baseline);
  }

  const rows: Row[] = [];
  const url = (c: Child, path: string): string => `http://127.0.0.1:${c.port}${path}`;
  if (want('memory')) {
    console.log(`  idle RSS: Aktion ${aktionRss.toFixed(1)} MiB, baseline ${baselineRss.toFixed(1)} MiB`);
    rows.push({
      scenario: 'idle RSS, 5 s after ready',
      aktion: `${aktionRss.toFixed(1)} MiB`,
      baseline: `${baselineRss.toFixed(1)} MiB`,
      ratio: ratio(aktionRss, baselineRss),
      notes:
        'VmRSS; Aktion with demo data and job runner; baseline = bare Fastify + better-sqlite3; both under tsx',
    });
  }
  if (want('me')) {
    const a = await load('Aktion GET /api/me', { url: url(aktion, '/api/me'), headers: { cookie } });
    const mem = await load('baseline from memory', { url: url(baseline, '/api/me') });
    const sql = await load('baseline + 1 SQLite read', { url: url(baseline, '/api/me-sqlite') });
    const size = `${Buffer.byteLength(meBody)}-byte body`;
    rows.push(loadRow('GET /api/me vs bare Fastify from memory', a, mem, size));
    rows.push(
      loadRow(
        'GET /api/me vs bare Fastify + 1 SQLite PK read',
        a,
        sql,
        `${size}; baseline WAL + synchronous=NORMAL`,
      ),
    );
  }
  if (want('login')) {
    // Each connection logs in as one of the five demo accounts: Aktion lets at most three attempts
    // per account and address run at once (login-limits.ts), and real people do not log in ten
    // times in parallel.
    let next = 0;
    const post = {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DEMO_LOGIN),
      setupClient: (client: { setBody(body: string): void }) => {
        const email = DEMO_ACCOUNTS[next++ % DEMO_ACCOUNTS.length];
        client.setBody(JSON.stringify({ email, password: DEMO_LOGIN.password }));
      },
    };
    const a = await load('Aktion POST /api/auth/login', { ...post, url: url(aktion, '/api/auth/login') });
    const b = await load('baseline constant JSON', { ...post, url: url(baseline, '/api/auth/login') });
    rows.push(
      loadRow(
        'POST /api/auth/login (limit off) vs bare Fastify constant JSON',
        a,
        b,
        'baseline does no password hashing: the ratio is the cost of argon2id (19 MiB, 2 passes) + session write',
      ),
    );
  }

  const text = formatRows(
    {
      date: started.toISOString().slice(0, 16).replace('T', ' '),
      command,
      commit,
      machine: host,
    },
    rows,
  );
  if (dryRun) {
    console.log(`\n--dry-run: rows not written\n${text}`);
  } else {
    appendRows(join(benchDir, 'BENCHMARKS.md'), text);
    console.log(`\n${rows.length} rows appended to bench/BENCHMARKS.md\n${text}`);
  }
}

try {
  await main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await cleanup();
}
