import type { ColumnDefinitionBuilder } from 'kysely';
import type { AnyDb } from './helpers.js';
import { timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organisations.id').onDelete('cascade');
  const cohort = (c: ColumnDefinitionBuilder) => c.notNull().references('cohorts.id').onDelete('cascade');

  await db.schema
    .createTable('cohorts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    // A cohort points at the published version it was started from, for good: no cascade.
    .addColumn('version_id', 'text', (c) => c.notNull().references('programme_versions.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // Copenhagen calendar dates, YYYY-MM-DD: text on both databases, compared as text.
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cohorts_org_idx').on('cohorts').columns(['organisation_id']).execute();

  await db.schema
    .createTable('cohort_facilitators')
    .addColumn('cohort_id', 'text', cohort)
    .addColumn('organisation_id', 'text', org)
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('cohort_facilitators_pk', ['cohort_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('cohort_facilitators_user_idx')
    .on('cohort_facilitators')
    .columns(['user_id'])
    .execute();

  await db.schema
    .createTable('cohort_participants')
    .addColumn('cohort_id', 'text', cohort)
    .addColumn('organisation_id', 'text', org)
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('added_at', ts, (c) => c.notNull())
    // Removing keeps the row (and the person's attendance); adding again clears it.
    .addColumn('removed_at', ts)
    .addPrimaryKeyConstraint('cohort_participants_pk', ['cohort_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('cohort_participants_person_idx')
    .on('cohort_participants')
    .columns(['person_id'])
    .execute();

  await db.schema
    .createTable('cohort_activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('cohort_id', 'text', cohort)
    .addColumn('module_id', 'text', (c) => c.notNull().references('programme_modules.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', ts, (c) => c.notNull())
    .addColumn('ends_at', ts, (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('online_url', 'text')
    .addColumn('capacity', 'integer')
    .addColumn('facilitator_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cohort_activities_plan_idx')
    .on('cohort_activities')
    .columns(['cohort_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('activity_attendance')
    .addColumn('activity_id', 'text', (c) =>
      c.notNull().references('cohort_activities.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'text', org)
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('marked_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('marked_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_attendance_pk', ['activity_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('activity_attendance_person_idx')
    .on('activity_attendance')
    .columns(['person_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'activity_attendance',
    'cohort_activities',
    'cohort_participants',
    'cohort_facilitators',
    'cohorts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
