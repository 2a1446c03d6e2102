import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, openTestDb, type TestDb } from '../test/databases.js';
import { migrateDown, migrateToLatest } from './migrate.js';
import { DEMO_USERS, demoId, isDatabaseEmpty, seedDemo } from './seed/demo.js';

describeEachDialect('migrations and demo seed', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(dialect);
  });
  afterAll(() => db.drop());

  it('migrates down and up again cleanly', async () => {
    expect(await migrateToLatest(db)).toEqual([]);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0002_organisation']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0001_foundation']);
    expect(await migrateToLatest(db)).toEqual(['2026_11_27_0001_foundation', '2026_11_27_0002_organisation']);
  });

  it('seeds Demo Kommune with the fixed logins and ids', async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    await seedDemo(db);
    expect(await isDatabaseEmpty(db)).toBe(false);
    const users = await db.kysely
      .selectFrom('users')
      .select(['id', 'email', 'is_demo'])
      .orderBy('email')
      .execute();
    expect(users.map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email).sort());
    expect(users.every((u) => u.is_demo === 1)).toBe(true);
    expect(users.find((u) => u.email === 'admin@demo.aktion.dk')?.id).toBe(
      demoId('user:admin@demo.aktion.dk'),
    );
    const org = await db.kysely.selectFrom('organisations').selectAll().executeTakeFirstOrThrow();
    expect(org).toMatchObject({ id: demoId('organisation'), name: 'Demo Kommune', slug: 'demo-kommune' });
  });
});
