/**
 * The baseline of the `registrations` scenario: bare Fastify, no plugins, one INSERT per request.
 *   POST /api/public/events/:slug/registrations  the JSON body parsed by Fastify, then one INSERT of a
 *                                                row as wide as Aktion's, answered 201
 *                                                {id, status, manageUrl}
 * The table has the columns of Aktion's `registrations` (names, types, NOT NULL), read from the
 * database Aktion has just run on, and the primary key only. Each row is one of Aktion's own rows
 * (the template) with a new id, the body's fields, new random token hashes and the time now, so its
 * values have the lengths Aktion stores. No validation, no event lookup, no lock, no seat count, no
 * e-mail rule, no audit or mail.
 * Environment: PORT, BENCH_REGISTRATION_ROW_FILE (JSON: {columns, row}) and one of
 *   BENCH_BASELINE_DB  a SQLite file (better-sqlite3, WAL + synchronous=NORMAL, as Aktion opens it)
 *   BENCH_BASELINE_PG  a PostgreSQL URL (pg pool of 10, Aktion's default; a fresh table)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';

const BASELINE_TABLE = 'baseline_registrations';
/** Aktion's pool size on PostgreSQL (createDb's default). */
const PG_POOL = 10;

export interface TableColumn {
  name: string;
  /** As the database declares it: `text`, `integer`, `timestamp with time zone` … */
  type: string;
  notNull: boolean;
}
export interface RegistrationTemplate {
  columns: TableColumn[];
  row: Record<string, unknown>;
}

/** The body's fields by column. */
const FROM_BODY: Record<string, string> = {
  name: 'name',
  email: 'email',
  job_title: 'jobTitle',
  organisation_name: 'organisation',
  ean: 'ean',
  cvr: 'cvr',
  order_reference: 'orderReference',
  invoice_contact: 'invoiceContact',
  dietary_needs: 'dietaryNeeds',
};

const port = Number(process.env.PORT ?? 0);
const sqlitePath = process.env.BENCH_BASELINE_DB;
const pgUrl = process.env.BENCH_BASELINE_PG;
const templateFile = process.env.BENCH_REGISTRATION_ROW_FILE;
if (!sqlitePath === !pgUrl) throw new Error('set one of BENCH_BASELINE_DB and BENCH_BASELINE_PG');
if (!templateFile) throw new Error('BENCH_REGISTRATION_ROW_FILE is required');
const template = JSON.parse(readFileSync(templateFile, 'utf8')) as RegistrationTemplate;
const names = template.columns.map((c) => c.name);
if (!names.includes('id')) throw new Error('the registrations table has no id column');

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const createTable = `CREATE TABLE ${BASELINE_TABLE} (${template.columns
  .map((c) => `${quote(c.name)} ${c.type}${c.name === 'id' ? ' PRIMARY KEY' : c.notNull ? ' NOT NULL' : ''}`)
  .join(', ')})`;
const token = (): string => randomBytes(32).toString('base64url');

/** One row's values in column order. */
function values(id: string, body: Record<string, unknown>): unknown[] {
  const now = new Date().toISOString();
  return names.map((c) => {
    if (c === 'id') return id;
    if (c === 'created_at' || c === 'updated_at') return now;
    if (c.endsWith('_hash')) return token();
    const field = FROM_BODY[c];
    return field ? (body[field] ?? null) : (template.row[c] ?? null);
  });
}

let insert: (row: unknown[]) => Promise<void>;
let closeDb: () => Promise<void>;
if (sqlitePath) {
  const db = new Database(sqlitePath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`DROP TABLE IF EXISTS ${BASELINE_TABLE}`);
  db.exec(createTable);
  const statement = db.prepare(
    `INSERT INTO ${BASELINE_TABLE} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
  );
  insert = async (row) => {
    statement.run(row);
  };
  closeDb = async () => {
    db.close();
  };
} else {
  const pool = new pg.Pool({ connectionString: pgUrl, max: PG_POOL });
  await pool.query(`DROP TABLE IF EXISTS ${BASELINE_TABLE}`);
  await pool.query(createTable);
  const text = `INSERT INTO ${BASELINE_TABLE} (${names.map(quote).join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`;
  insert = async (row) => {
    await pool.query(text, row);
  };
  closeDb = () => pool.end();
}

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ status: 'ok' }));
app.post<{ Params: { slug: string }; Body: Record<string, unknown> }>(
  '/api/public/events/:slug/registrations',
  async (request, reply) => {
    const id = randomUUID();
    await insert(values(id, request.body));
    return reply.status(201).send({
      id,
      status: 'confirmed',
      manageUrl: `http://localhost:3000/arrangementer/${request.params.slug}/tilmelding/${token()}`,
    });
  },
);

const close = (): void => {
  void app
    .close()
    .then(closeDb)
    .then(() => process.exit(0));
};
process.on('SIGTERM', close);
process.on('SIGINT', close);

await app.listen({ port, host: '127.0.0.1' });
console.log(`registration baseline (${sqlitePath ? 'SQLite' : 'PostgreSQL'}) ready on ${port}`);
