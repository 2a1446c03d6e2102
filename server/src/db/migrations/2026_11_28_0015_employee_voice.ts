import { type ColumnDefinitionBuilder, sql } from 'kysely';
import type { AnyDb } from './helpers.js';
import { isPostgres, jsonType, timestampType } from './helpers.js';

/**
 * Issue 10: the employee voice. Posts carry no identity, no address and no time finer than the
 * day; a separate weekly counter, keyed only by a keyed hash of person and week, caps posts; each
 * closed month is released once, through the core anonymity rules, and kept.
 */
export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organisations.id').onDelete('cascade');
  // On SQLite a table has a hidden, increasing rowid that would give away the order posts came
  // in; WITHOUT ROWID keeps rows in primary-key order, and the keys are random.
  const noRowOrder = isPostgres(db) ? sql`` : sql`without rowid`;

  // The organisation's list of technologies and systems employees choose from.
  await db.schema
    .createTable('voice_technologies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('name', 'text', (c) => c.notNull())
    // Lower-case name with spaces collapsed: "Teams" and "teams " are one technology.
    .addColumn('name_key', 'text', (c) => c.notNull())
    // Set: no longer offered to posters; old posts and releases still name it.
    .addColumn('archived_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('voice_technologies_name_uq', ['organisation_id', 'name_key'])
    .execute();

  // One anonymous post. No account, person, address, user agent or time of day; `day` is the
  // date in Copenhagen. Technology and area are kept when a technology is archived or a unit ends.
  await db.schema
    .createTable('voice_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    // cant_figure_out | reservation | idea
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('technology_id', 'text', (c) => c.references('voice_technologies.id').onDelete('set null'))
    // "Other" with the poster's own name for it; seen by the moderator with the text only.
    .addColumn('technology_other', 'text')
    // An area (a unit just below the top); null: the poster chose not to say.
    .addColumn('area_unit_id', 'text', (c) => c.references('units.id').onDelete('set null'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    // none | pending | approved | rejected
    .addColumn('text_status', 'text', (c) => c.notNull())
    // The approved text as released (with the moderator's redactions).
    .addColumn('text_released', 'text')
    // personal_data | named_colleague | offensive | other
    .addColumn('reject_reason', 'text')
    .addColumn('moderated_day', 'text')
    .modifyEnd(noRowOrder)
    .execute();
  await db.schema
    .createIndex('voice_posts_org_day_idx')
    .on('voice_posts')
    .columns(['organisation_id', 'day'])
    .execute();

  // The weekly cap: an HMAC of (organisation, person, ISO week) and a count, nothing else. It has
  // no column a post has, so the two cannot be joined. `week` lets housekeeping drop old weeks.
  await db.schema
    .createTable('voice_post_counters')
    .addColumn('key_hash', 'text', (c) => c.primaryKey())
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .modifyEnd(noRowOrder)
    .execute();

  // A closed month, released once (core/voice/release.ts) and kept, so two looks never differ.
  await db.schema
    .createTable('voice_month_releases')
    .addColumn('organisation_id', 'text', org)
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('k', 'integer', (c) => c.notNull())
    // JSON: VoiceMonthRelease (core/schemas/voice.ts) — cells with counts or null, no post ids.
    .addColumn('release', jsonType, (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('voice_month_releases_pk', ['organisation_id', 'month'])
    .execute();

  // "I sagde — vi gør": a leader's public answer, linked to a technology and an area.
  await db.schema
    .createTable('voice_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('heard', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('technology_id', 'text', (c) => c.references('voice_technologies.id').onDelete('set null'))
    .addColumn('area_unit_id', 'text', (c) => c.references('units.id').onDelete('set null'))
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('published_at', ts, (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('voice_answers_org_idx')
    .on('voice_answers')
    .columns(['organisation_id', 'published_at'])
    .execute();

  // A theme (kind, technology and/or area — an aggregate, never a post) taken up as a topic of a
  // workshop or an action project.
  await db.schema
    .createTable('voice_topics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('kind', 'text')
    .addColumn('technology_id', 'text', (c) => c.references('voice_technologies.id').onDelete('cascade'))
    .addColumn('area_unit_id', 'text', (c) => c.references('units.id').onDelete('cascade'))
    .addColumn('activity_id', 'text', (c) => c.references('cohort_activities.id').onDelete('cascade'))
    .addColumn('action_project_id', 'text', (c) => c.references('action_projects.id').onDelete('cascade'))
    .addColumn('note', 'text')
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('voice_topics_org_idx').on('voice_topics').column('organisation_id').execute();

  await db.schema
    .createTable('voice_settings')
    .addColumn('organisation_id', 'text', (c) =>
      c.primaryKey().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('retention_months', 'integer', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'voice_settings',
    'voice_topics',
    'voice_answers',
    'voice_month_releases',
    'voice_post_counters',
    'voice_posts',
    'voice_technologies',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
