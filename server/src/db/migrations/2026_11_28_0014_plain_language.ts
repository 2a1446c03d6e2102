import type { ColumnDefinitionBuilder } from 'kysely';
import type { AnyDb } from './helpers.js';
import { jsonType, timestampType } from './helpers.js';

/**
 * Issue 9: the responsibility matrix (RACI) in versions, the base narrative in versions with
 * leaders' questions, the organisation's glossary, and its LIX targets per kind of text.
 */
export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organisations.id').onDelete('cascade');

  // Glossary: one row per term. `term_key` is the term in lower case with spaces collapsed, so
  // "API" and "api " are the same term.
  await db.schema
    .createTable('glossary_terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('term_key', 'text', (c) => c.notNull())
    // JSON: string[] — other forms and synonyms that count as the same term ("AI" for "kunstig intelligens").
    .addColumn('variants', jsonType, (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('glossary_terms_key_uq', ['organisation_id', 'term_key'])
    .execute();

  // The organisation's LIX target per kind of text; no row: the default (core/plain-language).
  await db.schema
    .createTable('readability_targets')
    .addColumn('organisation_id', 'text', org)
    .addColumn('text_type', 'text', (c) => c.notNull())
    .addColumn('target', 'integer', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('readability_targets_pk', ['organisation_id', 'text_type'])
    .execute();

  // Named groups a matrix column can stand for (for example the MED committee), with members.
  await db.schema
    .createTable('responsibility_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('responsibility_groups_name_uq', ['organisation_id', 'name'])
    .execute();
  await db.schema
    .createTable('responsibility_group_members')
    .addColumn('group_id', 'text', (c) =>
      c.notNull().references('responsibility_groups.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', org)
    .addPrimaryKeyConstraint('responsibility_group_members_pk', ['group_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('responsibility_group_members_person_idx')
    .on('responsibility_group_members')
    .column('person_id')
    .execute();

  // Versioned documents: the matrix and the narrative. One draft at a time per organisation;
  // a published version is read-only. `revision` counts saves of a draft (a stale save is 409).
  for (const table of ['responsibility_matrices', 'narrative_versions']) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', org)
      .addColumn('version', 'integer', (c) => c.notNull())
      // draft | published
      .addColumn('status', 'text', (c) => c.notNull())
      // JSON: MatrixDocument or NarrativeDocument (core/schemas).
      .addColumn('document', jsonType, (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('published_at', ts)
      .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', ts, (c) => c.notNull())
      .addColumn('updated_at', ts, (c) => c.notNull())
      .addUniqueConstraint(`${table}_version_uq`, ['organisation_id', 'version'])
      .execute();
  }

  // A leader's question on a part of the narrative (by the part's key, which stays across
  // versions). The asker is kept so they see their own question before it is answered; others
  // see answered questions without a name.
  await db.schema
    .createTable('narrative_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('part_key', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('asked_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('answer', 'text')
    .addColumn('answered_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('answered_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('narrative_questions_org_idx')
    .on('narrative_questions')
    .columns(['organisation_id', 'part_key'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'narrative_questions',
    'narrative_versions',
    'responsibility_matrices',
    'responsibility_group_members',
    'responsibility_groups',
    'readability_targets',
    'glossary_terms',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
