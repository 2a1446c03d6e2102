/**
 * The baseline the harness compares Aktion to: bare Fastify, no plugins, same JSON bodies.
 *   GET  /api/me         the /api/me body from memory
 *   GET  /api/me-sqlite  the same body after one primary-key SELECT of a session-sized row (WAL, NORMAL)
 *   POST /api/auth/login a constant JSON body: no password hashing, no session write
 *   GET  /api/units      the /api/units body from memory (when BENCH_UNITS_BODY_FILE is set)
 *   GET  /api/people     the /api/people body from memory, whatever the query (BENCH_PEOPLE_BODY_FILE)
 * Environment: PORT, BENCH_ME_BODY (JSON text), BENCH_BASELINE_DB (SQLite file path),
 * BENCH_UNITS_BODY_FILE and BENCH_PEOPLE_BODY_FILE (JSON files: too large for an environment variable).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const ROWS = 1000;

const port = Number(process.env.PORT ?? 0);
const meBody: unknown = JSON.parse(process.env.BENCH_ME_BODY ?? '{}');
const dbPath = process.env.BENCH_BASELINE_DB;
if (!dbPath) throw new Error('BENCH_BASELINE_DB is required');

const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
// The columns of Aktion's sessions table, filled with values of the same lengths.
db.exec(`CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY, user_id TEXT NOT NULL, active_organisation_id TEXT, csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL, expires_at TEXT NOT NULL)`);
const token = (): string => randomBytes(32).toString('base64url');
const ids: string[] = [];
const insert = db.prepare('INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?)');
db.transaction(() => {
  const now = new Date().toISOString();
  for (let i = 0; i < ROWS; i++) {
    const id = createHash('sha256').update(token()).digest('base64url');
    ids.push(id);
    insert.run(id, randomUUID(), randomUUID(), token(), now, now, now);
  }
})();
const select = db.prepare('SELECT * FROM sessions WHERE id = ?');

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ status: 'ok' }));
app.get('/api/me', async () => meBody);
let next = 0;
app.get('/api/me-sqlite', async () => {
  const id = ids[next++ % ROWS] ?? '';
  if (select.get(id) === undefined) throw new Error('session row missing');
  return meBody;
});
app.post('/api/auth/login', async () => meBody);
const fromFile = (path: string | undefined): unknown =>
  path ? JSON.parse(readFileSync(path, 'utf8')) : null;
const unitsBody = fromFile(process.env.BENCH_UNITS_BODY_FILE);
if (unitsBody) app.get('/api/units', async () => unitsBody);
const peopleBody = fromFile(process.env.BENCH_PEOPLE_BODY_FILE);
if (peopleBody) app.get('/api/people', async () => peopleBody);

const close = (): void => {
  void app.close().then(() => {
    db.close();
    process.exit(0);
  });
};
process.on('SIGTERM', close);
process.on('SIGINT', close);

await app.listen({ port, host: '127.0.0.1' });
console.log(`baseline ready on ${port}`);
