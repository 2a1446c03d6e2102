/**
 * Scenario `import`: a 6,000-person CSV file in the people template, imported into Demo Kommune
 * (dry run, then confirm), on a fresh server and database per run, against import-baseline.ts
 * (split the same bytes and insert as many rows of the same width into better-sqlite3).
 *   time     wall time of POST /api/imports (the dry run) and of POST /api/imports/<id>/confirm
 *   memory   the server's VmHWM after the confirm (reset to VmRSS just before the upload)
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERSON_COLUMNS } from '../core/csv/templates.js';
import { DEFAULT_FIELDS } from '../core/organisation.js';
import { generateMunicipality } from '../server/src/db/seed/municipality.js';
import { num, ratio } from './load.js';
import {
  type Child,
  freePort,
  peakMiB,
  resetPeak,
  rssMiB,
  startChild,
  stopChild,
  waitHealthy,
} from './proc.js';
import type { Row } from './report.js';

/** Generator seed of the people in the file: not Demo Kommune's (2026), so other names. */
const FILE_SEED = 7;
const PEOPLE = 6000;
const PEOPLE_TEXT = PEOPLE.toLocaleString('en');
const FILE_NAME = `personer-${PEOPLE}.csv`;
const FIRST_EXTERNAL_ID = 'NY-00001';

export interface ImportContext {
  root: string;
  /** The harness's temp dir: the CSV file and each run's databases go here. */
  tmp: string;
  runs: number;
  /** Aktion's environment except DATABASE_URL. */
  env: NodeJS.ProcessEnv;
  login: (port: number) => Promise<{ cookie: string; csrfToken: string }>;
}

interface ImportFile {
  path: string;
  /** A copy in an ArrayBuffer of its own (what fetch takes as a body). */
  bytes: Uint8Array<ArrayBuffer>;
  /** Name of the first person in the file, searched for after the confirm. */
  firstName: string;
}

/**
 * The file an HR system would export: the people template's Danish headers, `;`, UTF-8 with BOM,
 * CRLF. The 6,000 employees of another generated municipality, with new external ids
 * (NY-00001 …), placed in Demo Kommune's units by their external ids (the generator numbers units
 * the same way for every seed), level as text and the professional field by name.
 */
export function buildImportFile(dir: string): ImportFile {
  const m = generateMunicipality(FILE_SEED);
  const unitExt = new Map(m.units.map((u) => [u.key, u.externalId]));
  const fieldName = new Map(DEFAULT_FIELDS.map((f) => [f.key, f.name]));
  const people = m.persons.filter((p) => p.level === 'medarbejder');
  if (people.length !== PEOPLE) throw new Error(`generator gave ${people.length} employees, not ${PEOPLE}`);
  const header = Object.values(PERSON_COLUMNS);
  const lines = people.map((p, i) => {
    const cells = [
      `NY-${String(i + 1).padStart(5, '0')}`,
      p.name,
      p.email,
      p.jobTitle,
      unitExt.get(p.unitKey) ?? '',
      'Medarbejder',
      p.field ? (fieldName.get(p.field) ?? p.field) : '',
    ];
    // The baseline splits on `;` and CRLF: no cell may need Excel's quoting.
    if (cells.some((c) => /[;"\r\n]/.test(c))) throw new Error(`a cell needs quoting: ${cells.join(' | ')}`);
    return cells.join(';');
  });
  const bytes = new Uint8Array(
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`${[header.join(';'), ...lines].join('\r\n')}\r\n`, 'utf8'),
    ]),
  );
  const path = join(dir, FILE_NAME);
  writeFileSync(path, bytes);
  return { path, bytes, firstName: people[0]!.name };
}

interface AktionRun {
  dryMs: number;
  confirmMs: number;
  rssBefore: number;
  peakDry: number;
  peakAfter: number;
  /** False when the kernel refused to reset VmHWM: the peak then includes the demo seed. */
  peakReset: boolean;
  created: number;
  left: number;
  dryBytes: number;
}

interface BaselineRun {
  ms: number;
  peakMiB: number;
}

interface Batch {
  id: string;
  status: string;
  canConfirm: boolean;
  counts: { people: { created: number; left: number }; problems: number };
  problems: unknown[];
}

/** One import into a fresh database with the demo seed: dry run, confirm, search. */
async function aktionRun(ctx: ImportContext, file: ImportFile, n: number): Promise<AktionRun> {
  const dbFile = join(ctx.tmp, `import-${n}.sqlite`);
  const aktion: Child = startChild(
    `Aktion (import run ${n})`,
    ctx.root,
    'server/src/server.ts',
    await freePort(),
    {
      ...ctx.env,
      DATABASE_URL: `sqlite:${dbFile}`,
    },
  );
  try {
    await waitHealthy(aktion);
    const { cookie, csrfToken } = await ctx.login(aktion.port);
    const base = `http://127.0.0.1:${aktion.port}`;

    const peakStartup = peakMiB(aktion);
    const peakReset = resetPeak(aktion);
    const rssBefore = rssMiB(aktion);
    let t = performance.now();
    const dry = await fetch(`${base}/api/imports?kind=people&fileName=${encodeURIComponent(FILE_NAME)}`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'text/csv' },
      body: file.bytes,
    });
    const dryText = await dry.text();
    const dryMs = performance.now() - t;
    if (dry.status !== 201) throw new Error(`dry run answered ${dry.status}: ${dryText.slice(0, 500)}`);
    const batch = JSON.parse(dryText) as Batch;
    if (
      batch.counts.people.created !== PEOPLE ||
      batch.counts.problems !== 0 ||
      batch.problems.length !== 0
    ) {
      throw new Error(
        `dry run: ${batch.counts.people.created} to create, ${batch.counts.problems} problems (expected ${PEOPLE}, 0): ${JSON.stringify(batch.problems.slice(0, 3))}`,
      );
    }
    if (!batch.canConfirm) throw new Error('dry run: canConfirm is false');
    const peakDry = peakMiB(aktion);

    t = performance.now();
    const confirm = await fetch(`${base}/api/imports/${batch.id}/confirm`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    const confirmText = await confirm.text();
    const confirmMs = performance.now() - t;
    if (confirm.status !== 200)
      throw new Error(`confirm answered ${confirm.status}: ${confirmText.slice(0, 500)}`);
    if ((JSON.parse(confirmText) as Batch).status !== 'applied')
      throw new Error('confirm: batch not applied');
    const peakAfter = peakMiB(aktion);

    const q = `/api/people?q=${encodeURIComponent(file.firstName)}&limit=500`;
    const found = await fetch(`${base}${q}`, { headers: { cookie } });
    const people = (await found.json()) as { items: Array<{ externalId: string | null }> };
    if (found.status !== 200 || !people.items.some((p) => p.externalId === FIRST_EXTERNAL_ID)) {
      throw new Error(`GET ${q} did not find ${FIRST_EXTERNAL_ID} after the confirm (${found.status})`);
    }
    const run: AktionRun = {
      dryMs,
      confirmMs,
      rssBefore,
      peakDry,
      peakAfter,
      peakReset,
      created: batch.counts.people.created,
      left: batch.counts.people.left,
      dryBytes: Buffer.byteLength(dryText),
    };
    console.log(
      `    Aktion: dry run ${secs(dryMs)}, confirm ${secs(confirmMs)}; VmHWM of startup ${mib(peakStartup)} (reset ${peakReset ? 'done' : 'REFUSED'}), VmRSS before ${mib(rssBefore)}, VmHWM after dry run ${mib(peakDry)}, after confirm ${mib(peakAfter)}; ${FIRST_EXTERNAL_ID} found`,
    );
    return run;
  } finally {
    await stopChild(aktion);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  }
}

/** import-baseline.ts in a process of its own (under tsx, as the servers are). */
function baselineRun(ctx: ImportContext, file: ImportFile, n: number): Promise<BaselineRun> {
  const dbFile = join(ctx.tmp, `import-baseline-${n}.sqlite`);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'bench/import-baseline.ts'], {
      cwd: ctx.root,
      env: { ...process.env, BENCH_IMPORT_CSV: file.path, BENCH_BASELINE_DB: dbFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    proc.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    proc.once('error', reject);
    proc.once('exit', (code) => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
      const last = out.trim().split('\n').at(-1) ?? '';
      try {
        const r = JSON.parse(last) as { rows: number; ms: number; peakMiB: number };
        if (code !== 0 || r.rows !== PEOPLE) throw new Error(`${r.rows} rows`);
        console.log(`    baseline: ${secs(r.ms)}, VmHWM ${mib(r.peakMiB)}`);
        resolve({ ms: r.ms, peakMiB: r.peakMiB });
      } catch {
        reject(new Error(`import baseline exited with ${code}:\n${out.slice(-2000)}`));
      }
    });
  });
}

const secs = (ms: number): string => (ms >= 1000 ? `${num(ms / 1000)} s` : `${num(ms)} ms`);
const mib = (m: number): string => `${m.toFixed(1)} MiB`;
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
/** "median (min–max, n runs)"; just the figure for one run. */
function spread(xs: number[], fmt: (x: number) => string): string {
  if (xs.length === 1) return `${fmt(xs[0]!)} (1 run)`;
  return `${fmt(median(xs))} median (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}, ${xs.length} runs)`;
}

export async function importRows(ctx: ImportContext): Promise<Row[]> {
  const file = buildImportFile(ctx.tmp);
  const kib = `${(file.bytes.length / 1024).toFixed(1)} KiB`;
  console.log(
    `  ${FILE_NAME}: ${PEOPLE_TEXT} people, ${kib}; ${ctx.runs} runs, each on a fresh server and database`,
  );
  const aktion: AktionRun[] = [];
  const baseline: BaselineRun[] = [];
  for (let n = 1; n <= ctx.runs; n++) {
    console.log(`  run ${n}/${ctx.runs}`);
    aktion.push(await aktionRun(ctx, file, n));
    baseline.push(await baselineRun(ctx, file, n));
  }

  const dry = aktion.map((r) => r.dryMs);
  const confirm = aktion.map((r) => r.confirmMs);
  const total = aktion.map((r) => r.dryMs + r.confirmMs);
  const base = baseline.map((r) => r.ms);
  const peak = aktion.map((r) => r.peakAfter);
  const before = aktion.map((r) => r.rssBefore);
  const growth = aktion.map((r) => r.peakAfter - r.rssBefore);
  const basePeak = baseline.map((r) => r.peakMiB);
  const left = [...new Set(aktion.map((r) => r.left.toLocaleString('en')))].join('/');
  const file6000 = `${FILE_NAME}: ${PEOPLE_TEXT} new people (generateMunicipality(${FILE_SEED}) employees as NY-00001 …, in Demo Kommune's units ENH-…), people template, ';', UTF-8 with BOM, CRLF, ${file.bytes.length.toLocaleString('en')} bytes`;
  const fresh = 'each run on a fresh SQLite database with the demo seed (6,350 people)';
  const baseNote = `baseline = the whole job without Aktion (import-baseline.ts, own process: split the same bytes on ';'/CRLF, insert ${PEOPLE_TEXT} rows as wide as persons into a fresh better-sqlite3 database, WAL + synchronous=NORMAL, one transaction, one prepared statement; no validation, plan, audit or answer)`;
  const totalNote = `dry run + confirm ${spread(total, secs)} = ${ratio(median(total), median(base))} the baseline`;
  const reset = aktion.every((r) => r.peakReset)
    ? 'VmHWM reset to VmRSS just before the upload (clear_refs), so the peak is the import'
    : 'VmHWM could NOT be reset (clear_refs refused): the peak may be the demo seed at startup';
  return [
    {
      scenario: `import ${PEOPLE_TEXT}-person CSV: dry run (POST /api/imports?kind=people), wall time`,
      aktion: spread(dry, secs),
      baseline: spread(base, secs),
      ratio: ratio(median(dry), median(base)),
      notes: `from sending the file to the last byte of the 201 answer (${(aktion[0]!.dryBytes / 1024).toFixed(0)} KiB: ${PEOPLE_TEXT} to create, ${left} demo people to mark as left because the file covers every demo unit and does not list them, 0 problems): decode, parse, plan against the organisation, store the plan as a batch, audit; ${file6000}; ${fresh}; ${baseNote}; ${totalNote}`,
    },
    {
      scenario: `import ${PEOPLE_TEXT}-person CSV: confirm (POST /api/imports/<id>/confirm), wall time`,
      aktion: spread(confirm, secs),
      baseline: spread(base, secs),
      ratio: ratio(median(confirm), median(base)),
      notes: `one transaction: ${PEOPLE_TEXT} inserts and ${left} updates (left_at), one statement each, every row checked against the dry run first, one audit row; GET /api/people?q=<first name in the file> found ${FIRST_EXTERNAL_ID} afterwards; the baseline inserts only, marks nobody as left; ${baseNote}; ${totalNote}`,
    },
    {
      scenario: `import ${PEOPLE_TEXT}-person CSV: peak memory (VmHWM) of the server, dry run + confirm`,
      aktion: `${spread(peak, mib)}; +${mib(median(growth))} over ${mib(median(before))} VmRSS before the upload`,
      baseline: spread(basePeak, mib),
      ratio: ratio(median(peak), median(basePeak)),
      notes: `VmHWM from /proc/<pid>/status after the confirm; ${reset}; growth = VmHWM − VmRSS before the upload, ${spread(growth, mib)}; VmRSS before ${spread(before, mib)}; VmHWM after the dry run alone ${spread(
        aktion.map((r) => r.peakDry),
        mib,
      )}; baseline = VmHWM of the baseline process at its end (whole process, under tsx like the server); ratio of the peaks`,
    },
  ];
}
