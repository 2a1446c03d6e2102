import type { ColumnDefinitionBuilder } from 'kysely';
import type { AnyDb } from './helpers.js';
import { jsonType, timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organisations.id').onDelete('cascade');

  await db.schema
    .createTable('focus_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    // The built-in four carry a key, so templates find them after a rename.
    .addColumn('key', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('colour', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('archived_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('focus_areas_name_uq', ['organisation_id', 'name'])
    .execute();

  await db.schema
    .createTable('programmes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', org)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('owners', jsonType, (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('programmes_org_idx').on('programmes').columns(['organisation_id']).execute();

  await db.schema
    .createTable('programme_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', org)
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('based_on_version_id', 'text', (c) =>
      c.references('programme_versions.id').onDelete('set null'),
    )
    .addColumn('target_levels', jsonType, (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('published_at', ts)
    .addColumn('archived_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('programme_versions_number_uq', ['programme_id', 'number'])
    .execute();

  await db.schema
    .createTable('programme_tracks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) =>
      c.notNull().references('programme_versions.id').onDelete('cascade'),
    )
    .addColumn('lineage_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addUniqueConstraint('programme_tracks_lineage_uq', ['version_id', 'lineage_id'])
    .execute();

  await db.schema
    .createTable('programme_modules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) =>
      c.notNull().references('programme_versions.id').onDelete('cascade'),
    )
    .addColumn('track_id', 'text', (c) => c.notNull().references('programme_tracks.id').onDelete('cascade'))
    // The same module across versions: what the comparison of two versions follows.
    .addColumn('lineage_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('objectives', jsonType, (c) => c.notNull())
    .addColumn('focus_area_ids', jsonType, (c) => c.notNull())
    .addColumn('materials', jsonType, (c) => c.notNull())
    .addUniqueConstraint('programme_modules_lineage_uq', ['version_id', 'lineage_id'])
    .execute();
  await db.schema
    .createIndex('programme_modules_track_idx')
    .on('programme_modules')
    .columns(['track_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'programme_modules',
    'programme_tracks',
    'programme_versions',
    'programmes',
    'focus_areas',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
