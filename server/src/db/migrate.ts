import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely';
import type { Db } from './dialect.js';
import * as m0001 from './migrations/2026_11_27_0001_foundation.js';
import * as m0002 from './migrations/2026_11_27_0002_organisation.js';
import * as m0003 from './migrations/2026_11_27_0003_sso_second_factor.js';
import * as m0004 from './migrations/2026_11_27_0004_events.js';
import * as m0005 from './migrations/2026_11_27_0005_mail_attachments_embedding.js';
import * as m0006 from './migrations/2026_11_27_0006_programmes.js';
import * as m0007 from './migrations/2026_11_27_0007_cohorts.js';
import * as m0008 from './migrations/2026_11_27_0008_calendar_tokens.js';
import * as m0009 from './migrations/2026_11_27_0009_reminders_signups_files.js';
import * as m0010 from './migrations/2026_11_27_0010_learning_sets.js';
import * as m0011 from './migrations/2026_11_27_0011_action_projects_journal.js';
import * as m0012 from './migrations/2026_11_27_0012_insights.js';
import * as m0013 from './migrations/2026_11_27_0013_assessment.js';
import * as m0014 from './migrations/2026_11_28_0014_plain_language.js';
import * as m0015 from './migrations/2026_11_28_0015_employee_voice.js';

/** Migrations in order. A new migration is a new file, added here; old ones never change. */
const MIGRATIONS: Record<string, Migration> = {
  '2026_11_27_0001_foundation': m0001,
  '2026_11_27_0002_organisation': m0002,
  '2026_11_27_0003_sso_second_factor': m0003,
  '2026_11_27_0004_events': m0004,
  '2026_11_27_0005_mail_attachments_embedding': m0005,
  '2026_11_27_0006_programmes': m0006,
  '2026_11_27_0007_cohorts': m0007,
  '2026_11_27_0008_calendar_tokens': m0008,
  '2026_11_27_0009_reminders_signups_files': m0009,
  '2026_11_27_0010_learning_sets': m0010,
  '2026_11_27_0011_action_projects_journal': m0011,
  '2026_11_27_0012_insights': m0012,
  '2026_11_27_0013_assessment': m0013,
  '2026_11_28_0014_plain_language': m0014,
  '2026_11_28_0015_employee_voice': m0015,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

/**
 * With a schema of its own (a PostgreSQL test database), the migration tables are looked for in
 * that schema only: Kysely otherwise counts another schema's `kysely_migration_lock` as its own,
 * and files migrating side by side then fail at random.
 */
function migrator(db: Db): Migrator {
  return new Migrator({
    db: db.kysely,
    provider: new StaticProvider(),
    ...(db.schema ? { migrationTableSchema: db.schema } : {}),
  });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '?'} failed: ${String(result.error)}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** Brings the schema to the newest version; returns the names of migrations that ran. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  return check(await migrator(db).migrateToLatest());
}

export async function migrateDown(db: Db): Promise<string[]> {
  return check(await migrator(db).migrateDown());
}
