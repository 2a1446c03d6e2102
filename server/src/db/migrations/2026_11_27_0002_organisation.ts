import { sql } from 'kysely';
import type { AnyDb } from './helpers.js';
import { jsonType, timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);

  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('external_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('units.id').onDelete('restrict'))
    // No foreign key: persons reference units, so the manager is checked by the service.
    .addColumn('manager_person_id', 'text')
    .addColumn('ended_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('units_org_parent_idx')
    .on('units')
    .columns(['organisation_id', 'parent_id'])
    .execute();
  await db.schema
    .createIndex('units_org_external_uq')
    .on('units')
    .columns(['organisation_id', 'external_id'])
    .unique()
    .where(sql.ref('external_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('professional_fields')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('archived_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addUniqueConstraint('professional_fields_org_key_uq', ['organisation_id', 'key'])
    .execute();

  await db.schema
    .createTable('persons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('external_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    // Name and e-mail in lower case (Unicode-aware, done in code): SQLite's lower() knows only ASCII.
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('job_title', 'text')
    .addColumn('unit_id', 'text', (c) => c.references('units.id').onDelete('set null'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('field_id', 'text', (c) => c.references('professional_fields.id').onDelete('set null'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('left_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('persons_org_unit_idx')
    .on('persons')
    .columns(['organisation_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('persons_org_level_idx')
    .on('persons')
    .columns(['organisation_id', 'level'])
    .execute();
  await db.schema
    .createIndex('persons_org_name_idx')
    .on('persons')
    .columns(['organisation_id', 'name'])
    .execute();
  await db.schema
    .createIndex('persons_org_external_uq')
    .on('persons')
    .columns(['organisation_id', 'external_id'])
    .unique()
    .where(sql.ref('external_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('persons_org_user_uq')
    .on('persons')
    .columns(['organisation_id', 'user_id'])
    .unique()
    .where(sql.ref('user_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('import_mappings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mapping', jsonType, (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('import_mappings_org_kind_name_uq', ['organisation_id', 'kind', 'name'])
    .execute();

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('plan', jsonType, (c) => c.notNull())
    .addColumn('summary', jsonType, (c) => c.notNull())
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('applied_at', ts)
    .execute();
  await db.schema
    .createIndex('import_batches_org_time_idx')
    .on('import_batches')
    .columns(['organisation_id', 'created_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['import_batches', 'import_mappings', 'persons', 'professional_fields', 'units']) {
    await db.schema.dropTable(table).execute();
  }
}
