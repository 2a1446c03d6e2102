/**
 * The baseline of the `import` scenario: the floor cost of the same work without Aktion, in a process
 * of its own so its peak memory is its own. Reads the CSV file's bytes, splits them on CRLF and `;`
 * (the harness checks that no cell needs quoting), and inserts one row per person, as wide as
 * Aktion's `persons` (same 14 columns, values of the same lengths), into a fresh better-sqlite3
 * database (WAL, synchronous=NORMAL) in one transaction with one prepared statement.
 * No validation, no plan, no audit, no JSON answer.
 * Environment: BENCH_IMPORT_CSV (the file), BENCH_BASELINE_DB (a new SQLite file path).
 * Prints one JSON line: { rows, ms, peakMiB } — ms from reading the file to the commit; peakMiB is
 * VmHWM of this process at the end.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { statusMiB } from './proc.js';

const csvPath = process.env.BENCH_IMPORT_CSV;
const dbPath = process.env.BENCH_BASELINE_DB;
if (!csvPath || !dbPath) throw new Error('BENCH_IMPORT_CSV and BENCH_BASELINE_DB are required');

// The database is open and its table made before the clock starts: Aktion's is too.
const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(`CREATE TABLE persons (
  id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL, external_id TEXT, name TEXT NOT NULL, email TEXT,
  search_text TEXT NOT NULL, job_title TEXT, unit_id TEXT, level TEXT NOT NULL, field_id TEXT,
  user_id TEXT, left_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`);
const insert = db.prepare('INSERT INTO persons VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
const organisationId = randomUUID();
/** Unit and field ids by the file's text, as a lookup table would give them. */
const idFor = new Map<string, string>();
const idOf = (key: string): string => {
  let id = idFor.get(key);
  if (!id) {
    id = randomUUID();
    idFor.set(key, id);
  }
  return id;
};

const start = performance.now();
const text = readFileSync(csvPath)
  .toString('utf8')
  .replace(/^\uFEFF/, '');
const [, ...lines] = text.split('\r\n');
const now = new Date().toISOString();
let rows = 0;
db.transaction(() => {
  for (const line of lines) {
    if (line === '') continue;
    const [externalId, name, email, jobTitle, unit, level, field] = line.split(';');
    insert.run(
      randomUUID(),
      organisationId,
      externalId,
      name,
      email,
      `${name} ${email}`.toLowerCase(),
      jobTitle,
      idOf(`unit:${unit}`),
      level?.toLowerCase(),
      idOf(`field:${field}`),
      null,
      null,
      now,
      now,
    );
    rows++;
  }
})();
const ms = performance.now() - start;
db.close();
console.log(JSON.stringify({ rows, ms, peakMiB: statusMiB('self', 'VmHWM') }));
