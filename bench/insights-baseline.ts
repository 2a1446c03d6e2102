/**
 * The baseline of the `insights` scenario: bare Fastify, no plugins, no session, answering
 * `GET /api/insights?q=…` with one plain indexed full-text query on Aktion's own database: the 20
 * best matches of one organisation, no visibility rules, no count, no names or focus areas.
 *   SQLite      insights_fts MATCH the query's stems (core/search-terms.ts, as Aktion stems them)
 *               joined to insights by search_key, ranked by bm25 (better-sqlite3, read-only, prepared)
 *   PostgreSQL  search_vector @@ plainto_tsquery('danish', q), ranked by ts_rank (pg pool of 10)
 * Environment: PORT, BENCH_ORGANISATION_ID and one of BENCH_BASELINE_DB (the SQLite file) or
 * BENCH_BASELINE_PG (the PostgreSQL URL).
 */
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';
import { queryWords, searchTerms } from '../core/search-terms.js';

const port = Number(process.env.PORT ?? 0);
const organisationId = process.env.BENCH_ORGANISATION_ID ?? '';
const sqlitePath = process.env.BENCH_BASELINE_DB;
const pgUrl = process.env.BENCH_BASELINE_PG;
if (!organisationId) throw new Error('BENCH_ORGANISATION_ID is required');
if (!sqlitePath === !pgUrl) throw new Error('set one of BENCH_BASELINE_DB and BENCH_BASELINE_PG');

type Row = { id: string; statement: string; tags: string; created_at: string };
let search: (q: string) => Promise<Row[]>;
let closeDb: () => Promise<void>;

if (sqlitePath) {
  const db = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  const statement = db.prepare(`
    select i.id, i.statement, i.tags, i.created_at
      from insights_fts f join insights i on i.search_key = f.rowid
     where insights_fts match ? and i.organisation_id = ?
     order by bm25(insights_fts, 0.0, 1.0), i.created_at desc
     limit 20`);
  const org = `o${organisationId.replace(/-/g, '')}`;
  search = async (q) => {
    const stems = searchTerms(q);
    if (stems.length === 0) return [];
    const match = `org : "${org}" AND terms : (${stems.map((s) => `"${s}"`).join(' AND ')})`;
    return statement.all(match, organisationId) as Row[];
  };
  closeDb = async () => {
    db.close();
  };
} else {
  pg.types.setTypeParser(1184, (v) => new Date(v).toISOString());
  const pool = new pg.Pool({ connectionString: pgUrl, max: 10 });
  const text = `
    select id, statement, tags, created_at
      from insights, plainto_tsquery('danish', $2) q
     where organisation_id = $1 and search_vector @@ q
     order by ts_rank(search_vector, q) desc, created_at desc
     limit 20`;
  search = async (q) => {
    const words = queryWords(q);
    if (words.length === 0) return [];
    return (await pool.query({ name: 'insights-baseline', text, values: [organisationId, words.join(' ')] }))
      .rows as Row[];
  };
  closeDb = () => pool.end();
}

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ status: 'ok' }));
app.get<{ Querystring: { q?: string } }>('/api/insights', async (request) => {
  const rows = await search(request.query.q ?? '');
  return {
    items: rows.map((r) => ({
      id: r.id,
      statement: r.statement,
      tags: JSON.parse(r.tags) as string[],
      createdAt: r.created_at,
    })),
  };
});

const close = (): void => {
  void app
    .close()
    .then(closeDb)
    .then(() => process.exit(0));
};
process.on('SIGTERM', close);
process.on('SIGINT', close);

await app.listen({ port, host: '127.0.0.1' });
console.log(`insights baseline (${sqlitePath ? 'SQLite' : 'PostgreSQL'}) ready on ${port}`);
