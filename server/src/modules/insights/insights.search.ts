import { PostgresAdapter, type SelectQueryBuilder, sql } from 'kysely';
import { queryWords, searchTerms } from '../../../../core/search-terms.js';
import type { Executor } from '../../lib/context.js';
import type { InsightsTable } from './insights.tables.js';

/**
 * Danish full-text search of insights (statement and tags), one design per database:
 *
 * - SQLite: FTS5 has no Danish stemmer, so the terms are stemmed here (core/search-terms.ts) and
 *   stored in `insights_fts(org, terms)` at rowid = `insights.search_key`: an edit or a delete
 *   replaces that one row, found by rowid. `org` holds one token per organisation, so a search
 *   reads only that organisation's matches. A query is the same stems, each quoted: the user's
 *   punctuation and FTS operators never reach FTS5 as syntax.
 * - PostgreSQL: the generated column `search_vector` = `to_tsvector('danish', statement || tags)`
 *   with a GIN index, queried with `plainto_tsquery('danish', …)` of the same words (stop words
 *   and punctuation already gone), so both databases search for the same words.
 *
 * Several words mean all of them (AND). Ranked by bm25 (SQLite) or ts_rank (PostgreSQL).
 */

const isPostgres = (exec: Executor): boolean => exec.getExecutor().adapter instanceof PostgresAdapter;

/** The organisation as one FTS token (an id's dashes would split it). */
const orgToken = (organisationId: string): string => `o${organisationId.replace(/-/g, '')}`;

/** The stems the FTS row of an insight holds. */
export const indexedTerms = (statement: string, tags: readonly string[]): string =>
  searchTerms(`${statement} ${tags.join(' ')}`).join(' ');

/** The key of a new insight's FTS row (SQLite; writes there are serialised); null on PostgreSQL. */
export async function nextSearchKey(exec: Executor): Promise<number | null> {
  if (isPostgres(exec)) return null;
  const row = await exec
    .selectFrom('insights')
    .select((eb) => eb.fn.max('search_key').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

interface Indexed {
  search_key: number | null;
  organisation_id: string;
  statement: string;
  tags: readonly string[];
}

/** Writes (or replaces) the insight's FTS row on SQLite; PostgreSQL's column follows by itself. */
export async function indexInsight(exec: Executor, insight: Indexed): Promise<void> {
  if (insight.search_key === null || isPostgres(exec)) return;
  await sql`delete from insights_fts where rowid = ${insight.search_key}`.execute(exec);
  await sql`insert into insights_fts (rowid, org, terms) values (${insight.search_key}, ${orgToken(insight.organisation_id)}, ${indexedTerms(insight.statement, insight.tags)})`.execute(
    exec,
  );
}

/** Writes many FTS rows at once (the seed and the benchmark's generator). */
export async function indexInsights(exec: Executor, insights: readonly Indexed[]): Promise<void> {
  if (isPostgres(exec)) return;
  const rows = insights.filter((i) => i.search_key !== null);
  for (let i = 0; i < rows.length; i += 300) {
    const values = rows
      .slice(i, i + 300)
      .map(
        (r) => sql`(${r.search_key}, ${orgToken(r.organisation_id)}, ${indexedTerms(r.statement, r.tags)})`,
      );
    await sql`insert into insights_fts (rowid, org, terms) values ${sql.join(values)}`.execute(exec);
  }
}

export async function unindexInsight(exec: Executor, searchKey: number | null): Promise<void> {
  if (searchKey === null || isPostgres(exec)) return;
  await sql`delete from insights_fts where rowid = ${searchKey}`.execute(exec);
}

/** What a query searches for: null for no search; an empty list when nothing searchable is left. */
export function searchWords(q: string | undefined): string[] | null {
  if (q === undefined || q.trim() === '') return null;
  return queryWords(q);
}

/**
 * Narrows a query of `insights as i` to those matching every word, and selects `score` (lower is
 * better on both databases). `words` must not be empty.
 */
export function matching<DB, TB extends keyof DB, O>(
  exec: Executor,
  query: SelectQueryBuilder<DB, TB, O>,
  organisationId: string,
  words: string[],
): SelectQueryBuilder<DB, TB, O & { score: number }> {
  if (isPostgres(exec)) {
    const tsquery = sql`plainto_tsquery('danish', ${words.join(' ')})`;
    return query
      .where(sql<boolean>`i.search_vector @@ ${tsquery}`)
      .select(sql<number>`-ts_rank(i.search_vector, ${tsquery})`.as('score')) as SelectQueryBuilder<
      DB,
      TB,
      O & { score: number }
    >;
  }
  const stems = [...new Set(words.flatMap((w) => searchTerms(w)))];
  const match = `org : "${orgToken(organisationId)}" AND terms : (${stems.map((s) => `"${s}"`).join(' AND ')})`;
  const fts = sql`(select rowid as key, bm25(insights_fts, 0.0, 1.0) as score from insights_fts where insights_fts match ${match})`;
  // The join adds the derived table `hits`; callers only need `score`, so the type stays the plain one.
  const plain = query as unknown as SelectQueryBuilder<{ i: InsightsTable }, 'i', O>;
  return plain
    .innerJoin(fts.as('hits'), (join) => join.on(sql<boolean>`hits.key = i.search_key`))
    .select(sql<number>`hits.score`.as('score')) as unknown as SelectQueryBuilder<
    DB,
    TB,
    O & { score: number }
  >;
}
