import { type ColumnDefinitionBuilder, sql } from 'kysely';
import type { AnyDb } from './helpers.js';
import { isPostgres, jsonType, timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organisations.id').onDelete('cascade');

  // An insight: a short statement of what was learned. It outlives the cohort (set null), and the
  // source (a journal entry, project or meeting) is only remembered, not referenced.
  let insights = db.schema
    .createTable('insights')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    // The account that wrote it, which alone may change it. Null for the demo's people without an
    // account (the seed), who are named by author_person_id.
    .addColumn('author_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('author_person_id', 'text', (c) => c.references('persons.id').onDelete('set null'))
    .addColumn('cohort_id', 'text', (c) => c.references('cohorts.id').onDelete('set null'))
    // The author's learning set, when shared with it.
    .addColumn('set_id', 'text', (c) => c.references('learning_sets.id').onDelete('set null'))
    // private | set | cohort | organisation
    .addColumn('visibility', 'text', (c) => c.notNull())
    // journal_entry | project | meeting
    .addColumn('source_type', 'text')
    .addColumn('source_id', 'text')
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('field_id', 'text', (c) => c.references('professional_fields.id').onDelete('set null'))
    // JSON array of strings.
    .addColumn('tags', jsonType, (c) => c.notNull())
    // Counts saves, so a stale edit is refused instead of overwriting.
    .addColumn('version', 'integer', (c) => c.notNull())
    // SQLite: the rowid of the insight's row in insights_fts, so an edit or delete touches that
    // one row. Null on PostgreSQL, where search_vector serves.
    .addColumn('search_key', 'integer')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull());
  if (isPostgres(db)) {
    // Statement and tags (JSON text: its brackets and quotes are punctuation to the parser).
    insights = insights.addColumn('search_vector', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`to_tsvector('danish', statement || ' ' || tags)`).stored(),
    );
  }
  await insights.execute();
  await db.schema
    .createIndex('insights_org_created_idx')
    .on('insights')
    .columns(['organisation_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('insights_author_idx')
    .on('insights')
    .columns(['organisation_id', 'author_user_id'])
    .execute();
  await db.schema.createIndex('insights_cohort_idx').on('insights').columns(['cohort_id']).execute();
  if (isPostgres(db)) {
    await sql`create index insights_search_idx on insights using gin (search_vector)`.execute(db);
  } else {
    await db.schema
      .createIndex('insights_search_key_uq')
      .on('insights')
      .column('search_key')
      .unique()
      .execute();
    // Terms stemmed in the application (core/search-terms.ts); `org` holds one token per
    // organisation so a search reads only that organisation's matches. detail=column keeps the
    // index small: queries are words and a column, never phrases.
    await sql`create virtual table insights_fts using fts5(org, terms, tokenize = 'unicode61 remove_diacritics 0', detail = column)`.execute(
      db,
    );
  }

  await db.schema
    .createTable('insight_focus_areas')
    .addColumn('insight_id', 'text', (c) => c.notNull().references('insights.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', org)
    .addColumn('focus_area_id', 'text', (c) => c.notNull().references('focus_areas.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('insight_focus_areas_pk', ['insight_id', 'focus_area_id'])
    .execute();
  await db.schema
    .createIndex('insight_focus_areas_area_idx')
    .on('insight_focus_areas')
    .columns(['focus_area_id'])
    .execute();

  // Every save of an insight, the first included: what it said, and who could see it.
  await db.schema
    .createTable('insight_versions')
    .addColumn('insight_id', 'text', (c) => c.notNull().references('insights.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', org)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('tags', jsonType, (c) => c.notNull())
    .addColumn('focus_area_ids', jsonType, (c) => c.notNull())
    .addColumn('field_id', 'text', (c) => c.references('professional_fields.id').onDelete('set null'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    // The set it was shared with then, so an old version is shown only to whom it was shared with.
    .addColumn('set_id', 'text', (c) => c.references('learning_sets.id').onDelete('set null'))
    .addColumn('edited_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_versions_pk', ['insight_id', 'version'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('insight_versions').execute();
  await db.schema.dropTable('insight_focus_areas').execute();
  if (!isPostgres(db)) await sql`drop table insights_fts`.execute(db);
  await db.schema.dropTable('insights').execute();
}
