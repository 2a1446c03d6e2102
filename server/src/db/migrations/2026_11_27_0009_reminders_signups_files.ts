import type { AnyDb } from './helpers.js';
import { isPostgres, timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);

  // Reminders before a cohort's activities: how long before (null: none), and per activity when
  // the reminder went out, so several app instances and restarts send it exactly once.
  await db.schema.alterTable('cohorts').addColumn('reminder_hours', 'integer').execute();
  // Cohorts started before reminders existed get the default a new cohort gets (two days).
  await db.updateTable('cohorts').set({ reminder_hours: 48 }).execute();
  await db.schema.alterTable('cohort_activities').addColumn('reminder_sent_at', ts).execute();
  await db.schema
    .createIndex('cohort_activities_reminder_idx')
    .on('cohort_activities')
    .columns(['reminder_sent_at', 'starts_at'])
    .execute();

  // An activity with limited seats that participants sign up for runs its seats and waiting list
  // through an organisation-only event: one capacity engine in the product.
  await db.schema
    .alterTable('cohort_activities')
    .addColumn('signup_event_id', 'text', (c) => c.references('events.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('cohort_activities_signup_event_idx')
    .on('cohort_activities')
    .columns(['signup_event_id'])
    .execute();

  // Uploaded files (module materials). Never changed after upload: a published programme version
  // that points at a file always shows the same file.
  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('files_organisation_idx').on('files').columns(['organisation_id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('files').execute();
  // The seat events would otherwise turn up as ordinary events once the link is gone.
  await db
    .deleteFrom('events')
    .where(
      'id',
      'in',
      db.selectFrom('cohort_activities').select('signup_event_id').where('signup_event_id', 'is not', null),
    )
    .execute();
  await db.schema.dropIndex('cohort_activities_signup_event_idx').execute();
  await db.schema.alterTable('cohort_activities').dropColumn('signup_event_id').execute();
  await db.schema.dropIndex('cohort_activities_reminder_idx').execute();
  await db.schema.alterTable('cohort_activities').dropColumn('reminder_sent_at').execute();
  await db.schema.alterTable('cohorts').dropColumn('reminder_hours').execute();
}
