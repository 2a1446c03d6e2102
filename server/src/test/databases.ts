import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { createDb, type Db, type DialectName } from '../db/dialect.js';
import { migrateToLatest } from '../db/migrate.js';

const pgUrl = process.env.TEST_DATABASE_URL;

if (process.env.CI === 'true' && !pgUrl) {
  throw new Error('CI=true but TEST_DATABASE_URL is unset: the PostgreSQL data-layer tests must run in CI.');
}

export type TestDb = Db & {
  /** Another connection to the same database, as a second app instance would have. */
  reopen(): Db;
  drop(): Promise<void>;
};

/**
 * A fresh, migrated database: SQLite in memory (or in a temp file, when `shared` connections are
 * wanted), or a schema of its own on PostgreSQL.
 */
export async function openTestDb(dialect: DialectName, options: { shared?: boolean } = {}): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = options.shared ? mkdtempSync(join(tmpdir(), 'aktion-test-')) : null;
    const url = dir ? `sqlite:${join(dir, 'test.sqlite')}` : 'sqlite::memory:';
    const db = createDb(url);
    await migrateToLatest(db);
    return {
      ...db,
      reopen: () => {
        if (!dir) throw new Error('open the test database with { shared: true } to reopen it');
        return createDb(url);
      },
      drop: async () => {
        await db.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!pgUrl) throw new Error('TEST_DATABASE_URL is unset');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = createDb(pgUrl, { searchPath: schema, poolSize: 5 });
  await migrateToLatest(db);
  return {
    ...db,
    reopen: () => createDb(pgUrl, { searchPath: schema, poolSize: 5 }),
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/**
 * Runs a suite on SQLite always and on PostgreSQL whenever TEST_DATABASE_URL is set. Without it
 * the PostgreSQL run is announced as a
 * skipped suite (one of the two skips the architecture allows; CI=true refuses it above).
 */
export function describeEachDialect(name: string, suite: (dialect: DialectName) => void): void {
  describe(`${name} [sqlite]`, () => suite('sqlite'));
  const note = pgUrl ? '' : ' — skipped: set TEST_DATABASE_URL to run it';
  describe.skipIf(!pgUrl)(`${name} [postgres]${note}`, () => suite('postgres'));
}
