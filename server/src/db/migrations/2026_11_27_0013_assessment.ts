import type { ColumnDefinitionBuilder } from 'kysely';
import type { AnyDb } from './helpers.js';
import { jsonType, timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organisations.id').onDelete('cascade');

  // The organisation's k for assessment aggregates (3–50); no row: the default, 5.
  await db.schema
    .createTable('assessment_settings')
    .addColumn('organisation_id', 'text', (c) =>
      c.primaryKey().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('k', 'integer', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  // An organisation's versions of the instrument: the built-in one plus its own items. Published
  // versions are read-only; a round keeps a copy of the definition it was run with.
  await db.schema
    .createTable('assessment_instruments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('version', 'integer', (c) => c.notNull())
    // draft | published
    .addColumn('status', 'text', (c) => c.notNull())
    // The built-in version it extends (core/assessment INSTRUMENT_V1.version).
    .addColumn('base_version', 'integer', (c) => c.notNull())
    // JSON: OrganisationItems (core/assessment/instrument.ts).
    .addColumn('own_items', jsonType, (c) => c.notNull())
    .addColumn('published_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('assessment_instruments_version_uq', ['organisation_id', 'version'])
    .execute();

  // A round: one run of the instrument for a cohort or a filtered group of leaders.
  await db.schema
    .createTable('assessment_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('name', 'text', (c) => c.notNull())
    // baseline | follow_up | other
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('cohort_id', 'text', (c) => c.references('cohorts.id').onDelete('set null'))
    // JSON: the filter that chose the invited leaders when there is no cohort ({unitId, levels, fieldId}).
    .addColumn('population', jsonType)
    .addColumn('instrument_id', 'text', (c) => c.references('assessment_instruments.id').onDelete('set null'))
    // JSON: the Instrument the round runs (a copy, so scoring never changes under it).
    .addColumn('instrument', jsonType, (c) => c.notNull())
    // The earlier round that change is shown against by default.
    .addColumn('compare_round_id', 'text', (c) => c.references('assessment_rounds.id').onDelete('set null'))
    .addColumn('opens_at', ts, (c) => c.notNull())
    .addColumn('closes_at', ts, (c) => c.notNull())
    // The organisation's k when the round was made (what its invitations promise); at close the
    // larger of it and the organisation's k then, which the release was computed with.
    .addColumn('k', 'integer')
    .addColumn('invitations_sent_at', ts)
    .addColumn('reminder_sent_at', ts)
    .addColumn('closed_at', ts)
    // JSON: the round's fixed filter list [{key, label}], set when invitations are made.
    .addColumn('filters', jsonType, (c) => c.notNull())
    // JSON: the stored release (StoredRelease), computed once at close. No respondent ids.
    .addColumn('release', jsonType)
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('assessment_rounds_org_idx')
    .on('assessment_rounds')
    .columns(['organisation_id', 'opens_at'])
    .execute();
  await db.schema
    .createIndex('assessment_rounds_cohort_idx')
    .on('assessment_rounds')
    .column('cohort_id')
    .execute();

  // Who was invited, and where they stood then: the round's population for change between rounds.
  // Says nothing about whether or what they answered.
  await db.schema
    .createTable('assessment_invitations')
    .addColumn('round_id', 'text', (c) => c.notNull().references('assessment_rounds.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', org)
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    // JSON: unit ids from the top of the organisation down to the person's unit.
    .addColumn('unit_path', jsonType, (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('field_id', 'text')
    // JSON: keys of the round's filters the person belongs to.
    .addColumn('filter_keys', jsonType, (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_invitations_pk', ['round_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('assessment_invitations_person_idx')
    .on('assessment_invitations')
    .columns(['organisation_id', 'person_id'])
    .execute();

  // The person's own answers and profile: read by the person, and by the facilitators only when
  // shared. Deleting the person deletes it. Aggregates never read this table after close.
  await db.schema
    .createTable('assessment_profiles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('round_id', 'text', (c) => c.notNull().references('assessment_rounds.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    // JSON: answers by item key (1–5 or "dont_know").
    .addColumn('answers', jsonType, (c) => c.notNull())
    // JSON: DimensionScore[] once submitted.
    .addColumn('scores', jsonType)
    .addColumn('submitted_at', ts)
    .addColumn('shared_with_facilitators_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('assessment_profiles_round_person_uq', ['round_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('assessment_profiles_person_idx')
    .on('assessment_profiles')
    .columns(['organisation_id', 'person_id'])
    .execute();

  // Anonymous answers, written at close in random order from the submitted profiles: where the
  // respondent stood (as invited) and their answers. No person, no account, no time, random id.
  await db.schema
    .createTable('assessment_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('round_id', 'text', (c) => c.notNull().references('assessment_rounds.id').onDelete('cascade'))
    .addColumn('unit_path', jsonType, (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('field_id', 'text')
    .addColumn('filter_keys', jsonType, (c) => c.notNull())
    // JSON: answers by item key (1–5 or "dont_know"), as in the profile.
    .addColumn('answers', jsonType, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('assessment_responses_round_idx')
    .on('assessment_responses')
    .columns(['round_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'assessment_responses',
    'assessment_profiles',
    'assessment_invitations',
    'assessment_rounds',
    'assessment_instruments',
    'assessment_settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
