import type { ColumnDefinitionBuilder } from 'kysely';
import type { AnyDb } from './helpers.js';
import { timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organisations.id').onDelete('cascade');
  const cohort = (c: ColumnDefinitionBuilder) => c.notNull().references('cohorts.id').onDelete('cascade');

  // A nudge by e-mail when a participant has not written in the journal for this many days
  // (null: the participant turned it off), and when the last nudge went out.
  await db.schema.alterTable('cohort_participants').addColumn('journal_reminder_days', 'integer').execute();
  await db.updateTable('cohort_participants').set({ journal_reminder_days: 14 }).execute();
  await db.schema.alterTable('cohort_participants').addColumn('journal_reminded_at', ts).execute();

  // A participant's action project in a cohort: a practice problem from their own core task.
  await db.schema
    .createTable('action_projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('cohort_id', 'text', cohort)
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('challenge', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('attempt', 'text', (c) => c.notNull())
    .addColumn('involve', 'text', (c) => c.notNull())
    .addColumn('success_measure', 'text', (c) => c.notNull())
    // idea | in_progress | evaluated | shared
    .addColumn('status', 'text', (c) => c.notNull())
    // private | set: with the learning set, its facilitator and the cohort's facilitators.
    .addColumn('share', 'text', (c) => c.notNull())
    // Counts edits, so a stale edit is refused instead of overwriting.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('action_projects_cohort_person_uq', ['cohort_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('action_projects_person_idx')
    .on('action_projects')
    .columns(['organisation_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('action_project_focus_areas')
    .addColumn('project_id', 'text', (c) => c.notNull().references('action_projects.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', org)
    .addColumn('focus_area_id', 'text', (c) => c.notNull().references('focus_areas.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('action_project_focus_areas_pk', ['project_id', 'focus_area_id'])
    .execute();

  // Journal entries in cycles of plan, act, observe and reflect. Private unless the author shares.
  await db.schema
    .createTable('journal_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('cohort_id', 'text', cohort)
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('project_id', 'text', (c) => c.references('action_projects.id').onDelete('set null'))
    // plan | act | observe | reflect
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // private | facilitator | set
    .addColumn('share', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('journal_entries_author_idx')
    .on('journal_entries')
    .columns(['cohort_id', 'person_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('journal_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('entry_id', 'text', (c) => c.notNull().references('journal_entries.id').onDelete('cascade'))
    .addColumn('author_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('journal_comments_entry_idx')
    .on('journal_comments')
    .columns(['entry_id', 'created_at'])
    .execute();

  // Learning-set meetings: who was there, whose projects, the questions asked, next steps.
  await db.schema
    .createTable('learning_set_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('cohort_id', 'text', cohort)
    .addColumn('set_id', 'text', (c) => c.notNull().references('learning_sets.id').onDelete('cascade'))
    .addColumn('activity_id', 'text', (c) => c.references('cohort_activities.id').onDelete('set null'))
    .addColumn('starts_at', ts, (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('next_steps', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('learning_set_meetings_set_idx')
    .on('learning_set_meetings')
    .columns(['set_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('learning_set_meeting_attendees')
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('learning_set_meetings.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'text', org)
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addPrimaryKeyConstraint('learning_set_meeting_attendees_pk', ['meeting_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('learning_set_meeting_projects')
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('learning_set_meetings.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'text', org)
    .addColumn('project_id', 'text', (c) => c.notNull().references('action_projects.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('learning_set_meeting_projects_pk', ['meeting_id', 'project_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('learning_set_meeting_projects').execute();
  await db.schema.dropTable('learning_set_meeting_attendees').execute();
  await db.schema.dropTable('learning_set_meetings').execute();
  await db.schema.dropTable('journal_comments').execute();
  await db.schema.dropTable('journal_entries').execute();
  await db.schema.dropTable('action_project_focus_areas').execute();
  await db.schema.dropTable('action_projects').execute();
  await db.schema.alterTable('cohort_participants').dropColumn('journal_reminded_at').execute();
  await db.schema.alterTable('cohort_participants').dropColumn('journal_reminder_days').execute();
}
