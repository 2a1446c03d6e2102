import type { Insertable, Selectable } from 'kysely';

/**
 * An insight of the library. On PostgreSQL the table also has `search_vector` (a generated
 * tsvector of statement and tags), and on SQLite the virtual table `insights_fts` holds the
 * stemmed terms at rowid = `search_key`; neither is typed here: only insights.search.ts reads them.
 */
export interface InsightsTable {
  id: string;
  organisation_id: string;
  /** The account that wrote it (and alone may change it); null for a seeded person without one. */
  author_user_id: string | null;
  author_person_id: string | null;
  /** Null when made outside a cohort, or when the cohort was deleted: insights outlive it. */
  cohort_id: string | null;
  /** The author's learning set when visibility is `set`; null when that set was deleted. */
  set_id: string | null;
  /** private | set | cohort | organisation */
  visibility: string;
  /** journal_entry | project | meeting, or null when written from scratch. */
  source_type: string | null;
  source_id: string | null;
  statement: string;
  field_id: string | null;
  /** JSON array of strings. */
  tags: string;
  /** Counts saves; an edit names the version it started from. */
  version: number;
  /** SQLite only: the insight's rowid in insights_fts. Null on PostgreSQL. */
  search_key: number | null;
  created_at: string;
  updated_at: string;
}
export type InsightRow = Selectable<InsightsTable>;
export type NewInsightRow = Insertable<InsightsTable>;

export interface InsightFocusAreasTable {
  insight_id: string;
  organisation_id: string;
  focus_area_id: string;
}

/** Every save of an insight, the first included. */
export interface InsightVersionsTable {
  insight_id: string;
  organisation_id: string;
  version: number;
  statement: string;
  tags: string;
  /** JSON array of focus area ids. */
  focus_area_ids: string;
  field_id: string | null;
  visibility: string;
  /** The set it was shared with at that save (visibility `set`). */
  set_id: string | null;
  edited_by_user_id: string | null;
  created_at: string;
}
export type InsightVersionRow = Selectable<InsightVersionsTable>;
export type NewInsightVersionRow = Insertable<InsightVersionsTable>;
