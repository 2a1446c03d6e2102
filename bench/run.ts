/**
 * Performance harness: Aktion vs. a bare Fastify baseline, measured in the same run.
 *   npx tsx bench/run.ts [--duration 30]
 *                        [--only me,login,memory,units,people,tenants,registrations,import,cohorts,learning-sets,insights,assessment]
 *                        [--pg postgres://…] [--runs 3] [--dry-run]
 * Appends rows to bench/BENCHMARKS.md unless --dry-run (which only prints them).
 * The organisation scenarios (units, people, tenants) live in organisation.ts, `registrations` in
 * registrations.ts, `import` in import.ts, `cohorts` in cohorts.ts, `learning-sets` (in process, no
 * server) in learning-sets.ts. A failed check (registrations: overbooking; cohorts: a wrong answer;
 * learning-sets: a manager and a report in one set; insights: a search that finds what it should not)
 * still writes the rows, then ends with exit code 1. `insights` (Danish search over 100,000
 * insights) lives in insights.ts; `assessment` (heatmap and releases at national scale) in assessment.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { assessmentRows } from './assessment.js';
import { cohortRows } from './cohorts.js';
import { importRows } from './import.js';
import { insightRows } from './insights.js';
import { learningSetRows } from './learning-sets.js';
import { CONNECTIONS, type LoadOptions, load as loadFor, loadRow, ratio } from './load.js';
import {
  type OrganisationBodies,
  organisationBodies,
  organisationRows,
  tenantsRows,
} from './organisation.js';
import {
  type Child,
  freePort,
  killAllNow,
  rssMiB,
  sleep,
  startChild,
  stopAll,
  stopChild,
  waitHealthy,
} from './proc.js';
import { RUSH_CONNECTIONS, registrationRows } from './registrations.js';
import { appendRows, commitOf, formatRows, machine, type Row } from './report.js';

const SCENARIOS = [
  'me',
  'login',
  'memory',
  'units',
  'people',
  'tenants',
  'registrations',
  'import',
  'cohorts',
  'learning-sets',
  'insights',
  'assessment',
] as const;
type Scenario = (typeof SCENARIOS)[number];
/** The scenarios that run against Aktion on SQLite beside the bare baseline. */
const SQLITE_SCENARIOS: readonly Scenario[] = ['me', 'login', 'memory', 'units', 'people'];
const MIN_RECORDED_S = 30;
/** Imports in a recorded `import` run, each on a fresh server and database. */
const MIN_RECORDED_RUNS = 3;
const IDLE_WAIT_MS = 5000;
const DEMO_LOGIN = { email: 'admin@demo.aktion.dk', password: 'aktion-demo' };
const DEMO_ACCOUNTS = ['admin', 'facilitator', 'leder', 'direktion', 'medarbejder'].map(
  (n) => `${n}@demo.aktion.dk`,
);

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);

function usage(message: string): never {
  console.error(
    `${message}\nusage: npx tsx bench/run.ts [--duration 30] [--only ${SCENARIOS.join(',')}] [--pg postgres://…] [--runs 3] [--dry-run]`,
  );
  process.exit(2);
}
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    only: { type: 'string', default: SCENARIOS.join(',') },
    'dry-run': { type: 'boolean', default: false },
    pg: { type: 'string' },
    runs: { type: 'string', default: String(MIN_RECORDED_RUNS) },
  },
});
const duration = Number(values.duration);
const runs = Number(values.runs);
const dryRun = values['dry-run'];
const only = new Set(values.only.split(',').map((s) => s.trim()));
for (const s of only) {
  if (!SCENARIOS.includes(s as Scenario)) usage(`unknown scenario "${s}"`);
}
if (!Number.isFinite(duration) || duration < 1) usage('--duration must be a number of seconds ≥ 1');
if (!dryRun && duration < MIN_RECORDED_S) {
  usage(`a recorded run needs --duration ≥ ${MIN_RECORDED_S}; use --dry-run for a trial`);
}
if (!Number.isInteger(runs) || runs < 1) usage('--runs must be a whole number ≥ 1');
if (!dryRun && runs < MIN_RECORDED_RUNS) {
  usage(`a recorded run needs --runs ≥ ${MIN_RECORDED_RUNS}; use --dry-run for a trial`);
}
const want = (s: Scenario): boolean => only.has(s);
const pgUrl = values.pg;
if (pgUrl !== undefined && !/^postgres(ql)?:\/\//.test(pgUrl)) usage('--pg must be a postgres:// URL');

// The command as recorded: a password in the --pg URL never reaches BENCHMARKS.md.
const args = process.argv
  .slice(2)
  .map((a) => a.replace(/^((?:--pg=)?postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/, '$1***@'))
  .join(' ');
const command =
  process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${args ? ` -- ${args}` : ''}`
    : `npx tsx bench/run.ts${args ? ` ${args}` : ''}`;

const tmp = mkdtempSync(join(tmpdir(), 'aktion-bench-'));
/** Steps after the servers have stopped (dropping the tenants database). */
const cleanupSteps: Array<() => Promise<void>> = [];
let cleaned = false;
async function cleanup(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  await stopAll();
  for (const step of cleanupSteps) {
    await step().catch((err: unknown) =>
      console.error(`cleanup: ${err instanceof Error ? err.message : err}`),
    );
  }
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

const load = (label: string, opts: LoadOptions) => loadFor(label, duration, opts);
/** Failed checks: the rows are still written (or printed), then the harness exits with 1. */
const failures: string[] = [];

/** Logs in through the real route: the demo administrator unless other credentials are given. */
async function login(
  port: number,
  credentials: { email: string; password: string } = DEMO_LOGIN,
): Promise<{ cookie: string; csrfToken: string; meBody: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('aktion_session='));
  if (!cookie) throw new Error('login set no aktion_session cookie');
  const me = await fetch(`http://127.0.0.1:${port}/api/me`, { headers: { cookie } });
  if (me.status !== 200) throw new Error(`GET /api/me answered ${me.status}`);
  return { cookie, csrfToken, meBody: await me.text() };
}

/** Aktion's environment in every scenario, apart from DATABASE_URL. */
const AKTION_ENV = {
  HOST: '127.0.0.1',
  AKTION_DEMO: '1',
  AKTION_LOGIN_RATE_LIMIT: '0',
  AKTION_PUBLIC_RATE_LIMIT: '0',
  AKTION_RUN_JOBS: '1',
  LOG_LEVEL: 'warn',
};

/** The scenarios against Aktion on SQLite and the bare baseline; both servers stop afterwards. */
async function sqliteRows(): Promise<Row[]> {
  const aktion = startChild('Aktion', root, 'server/src/server.ts', await freePort(), {
    ...AKTION_ENV,
    DATABASE_URL: `sqlite:${join(tmp, 'aktion.sqlite')}`,
  });
  await waitHealthy(aktion);
  let aktionRss = 0;
  if (want('memory')) {
    await sleep(IDLE_WAIT_MS);
    aktionRss = rssMiB(aktion);
  }

  const { cookie, meBody } = await login(aktion.port);
  let org: OrganisationBodies | null = null;
  const bodyFiles: NodeJS.ProcessEnv = {};
  if (want('units') || want('people')) {
    org = await organisationBodies(aktion.port, cookie);
    bodyFiles.BENCH_UNITS_BODY_FILE = join(tmp, 'units.json');
    bodyFiles.BENCH_PEOPLE_BODY_FILE = join(tmp, 'people.json');
    writeFileSync(bodyFiles.BENCH_UNITS_BODY_FILE, org.unitsBody);
    writeFileSync(bodyFiles.BENCH_PEOPLE_BODY_FILE, org.peopleBody);
  }
  const baseline: Child = startChild('baseline', root, 'bench/baseline-server.ts', await freePort(), {
    BENCH_ME_BODY: meBody,
    BENCH_BASELINE_DB: join(tmp, 'baseline.sqlite'),
    ...bodyFiles,
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
  if (org) {
    rows.push(
      ...(await organisationRows(
        { units: want('units'), people: want('people') },
        aktion,
        baseline,
        cookie,
        org,
        duration,
      )),
    );
  }
  await Promise.all([stopChild(aktion), stopChild(baseline)]);
  return rows;
}

async function main(): Promise<void> {
  const started = new Date();
  const host = machine();
  const commit = commitOf(root); // the code as it was when the servers started
  console.log(`Aktion bench: ${duration} s per target, ${CONNECTIONS} connections, temp dir ${tmp}`);

  const rows: Row[] = [];
  if (SQLITE_SCENARIOS.some(want)) rows.push(...(await sqliteRows()));
  if (want('tenants')) {
    if (pgUrl) {
      console.log('tenants: Demo Kommune on PostgreSQL, alone and among 98 municipalities');
      rows.push(
        ...(await tenantsRows({
          root,
          duration,
          pgUrl,
          env: AKTION_ENV,
          login,
          onCleanup: (step) => cleanupSteps.push(step),
        })),
      );
    } else {
      console.log('tenants: skipped, needs --pg <postgres URL of a role that may create databases>; no row');
    }
  }
  if (want('registrations')) {
    console.log(
      `registrations: ${RUSH_CONNECTIONS} connections register for 300 seats + waiting list, SQLite${pgUrl ? ' and PostgreSQL' : ''}`,
    );
    rows.push(
      ...(await registrationRows({
        root,
        tmp,
        duration,
        pgUrl,
        env: AKTION_ENV,
        login,
        onCleanup: (step) => cleanupSteps.push(step),
        fail: (message) => failures.push(message),
      })),
    );
  }
  if (want('import')) {
    console.log('import: a 6,000-person CSV into Demo Kommune, dry run and confirm');
    rows.push(...(await importRows({ root, tmp, runs, env: AKTION_ENV, login })));
  }
  if (want('cohorts')) {
    console.log(
      `cohorts: one cohort of 350 with 20 activities, three reads, SQLite${pgUrl ? ' and PostgreSQL' : ''}`,
    );
    rows.push(
      ...(await cohortRows({
        root,
        tmp,
        duration,
        pgUrl,
        env: AKTION_ENV,
        login,
        onCleanup: (step) => cleanupSteps.push(step),
        fail: (message) => failures.push(message),
      })),
    );
  }
  if (want('learning-sets')) {
    console.log(
      'learning-sets: composing sets of 6 for 350 leaders, vs random splits under the same constraints',
    );
    rows.push(...learningSetRows({ fail: (message) => failures.push(message) }));
  }
  if (want('insights')) {
    console.log(
      `insights: Danish search over 100,000 insights in 98 organisations, SQLite${pgUrl ? ' and PostgreSQL' : ''}`,
    );
    rows.push(
      ...(await insightRows({
        root,
        tmp,
        duration,
        pgUrl,
        env: AKTION_ENV,
        login,
        onCleanup: (step) => cleanupSteps.push(step),
        fail: (message) => failures.push(message),
      })),
    );
  }
  if (want('assessment')) {
    console.log(
      `assessment: heatmap and releases over 98 municipalities × 3 rounds, SQLite${pgUrl ? ' and PostgreSQL' : ''}`,
    );
    rows.push(
      ...(await assessmentRows({
        root,
        tmp,
        duration,
        pgUrl,
        env: AKTION_ENV,
        login,
        onCleanup: (step) => cleanupSteps.push(step),
        fail: (message) => failures.push(message),
      })),
    );
  }
  if (rows.length === 0) {
    console.log('no rows');
    return;
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
  if (failures.length) {
    console.error(`\n${failures.length} check(s) FAILED:\n${failures.map((f) => `  ${f}`).join('\n')}`);
    process.exitCode = 1;
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
