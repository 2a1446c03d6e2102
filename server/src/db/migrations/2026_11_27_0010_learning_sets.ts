import type { ColumnDefinitionBuilder } from 'kysely';
import type { AnyDb } from './helpers.js';
import { timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organisations.id').onDelete('cascade');

  // A cohort's split into learning sets can be locked once agreed; null: still open to change.
  await db.schema.alterTable('cohorts').addColumn('learning_sets_locked_at', ts).execute();

  await db.schema
    .createTable('learning_sets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('facilitator_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('learning_sets_cohort_idx')
    .on('learning_sets')
    .columns(['cohort_id', 'position'])
    .execute();
  await db.schema
    .createIndex('learning_sets_facilitator_idx')
    .on('learning_sets')
    .columns(['facilitator_user_id'])
    .execute();

  await db.schema
    .createTable('learning_set_members')
    .addColumn('set_id', 'text', (c) => c.notNull().references('learning_sets.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', org)
    // Repeats the set's cohort so the database itself keeps a person in at most one set per cohort.
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addPrimaryKeyConstraint('learning_set_members_pk', ['set_id', 'person_id'])
    .addUniqueConstraint('learning_set_members_cohort_person_uq', ['cohort_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('learning_set_members_person_idx')
    .on('learning_set_members')
    .columns(['person_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('learning_set_members').execute();
  await db.schema.dropTable('learning_sets').execute();
  await db.schema.alterTable('cohorts').dropColumn('learning_sets_locked_at').execute();
}
