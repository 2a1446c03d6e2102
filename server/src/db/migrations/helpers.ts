// Dialect helpers for migrations. Frozen code: migrations import only this file and kysely.
import { type ColumnDataType, type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against any schema
export type AnyDb = Kysely<any>;

export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Timestamps: timestamptz on PostgreSQL, ISO-8601 text in UTC on SQLite. */
export function timestampType(db: AnyDb): ColumnDataType {
  return isPostgres(db) ? 'timestamptz' : 'text';
}

/** JSON documents: jsonb would tie queries to PostgreSQL, so both store text. */
export const jsonType: ColumnDataType = 'text';

export const nowDefault = sql`CURRENT_TIMESTAMP`;
