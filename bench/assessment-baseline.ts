/**
 * The baseline of the `assessment` scenario: bare Fastify, no plugins, no session, answering
 * `GET /api/assessment/rounds/:id/heatmap` with the bare grouping query (assessment-grouping.ts) on
 * Aktion's own database: the round's responses grouped by unit with each dimension's mean and
 * shares computed, none of the anonymity rules, nothing stored at close used. With `?compare=<id>`
 * it runs the same query for the other round too and adds the difference of the means.
 *   SQLite      better-sqlite3, read-only, the statement prepared once
 *   PostgreSQL  a pg pool of 10 (Aktion's default), a named (prepared) statement
 * Environment: PORT and one of BENCH_BASELINE_DB (the SQLite file) or BENCH_BASELINE_PG (the URL).
 */
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';
import { type GroupedRow, groupedRows, groupingSql } from './assessment-grouping.js';

const port = Number(process.env.PORT ?? 0);
const sqlitePath = process.env.BENCH_BASELINE_DB;
const pgUrl = process.env.BENCH_BASELINE_PG;
if (!sqlitePath === !pgUrl) throw new Error('set one of BENCH_BASELINE_DB and BENCH_BASELINE_PG');

let group: (roundId: string) => Promise<GroupedRow[]>;
let closeDb: () => Promise<void>;

if (sqlitePath) {
  const db = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  const statement = db.prepare(groupingSql('sqlite'));
  group = async (roundId) => groupedRows(statement.all(roundId) as Array<Record<string, unknown>>);
  closeDb = async () => {
    db.close();
  };
} else {
  const pool = new pg.Pool({ connectionString: pgUrl, max: 10 });
  const text = groupingSql('postgres');
  group = async (roundId) =>
    groupedRows((await pool.query({ name: 'assessment-grouping', text, values: [roundId] })).rows);
  closeDb = () => pool.end();
}

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ status: 'ok' }));
app.get<{ Params: { id: string }; Querystring: { compare?: string } }>(
  '/api/assessment/rounds/:id/heatmap',
  async (request) => {
    const rows = await group(request.params.id);
    if (!request.query.compare) return { rows };
    const before = new Map((await group(request.query.compare)).map((r) => [r.unit, r]));
    return {
      rows: rows.map((r) => ({
        ...r,
        values: r.values.map((v, i) => {
          const old = before.get(r.unit)?.values[i]?.mean;
          return { ...v, change: v.mean === null || old == null ? null : v.mean - old };
        }),
      })),
    };
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
console.log(`assessment baseline (${sqlitePath ? 'SQLite' : 'PostgreSQL'}) ready on ${port}`);
