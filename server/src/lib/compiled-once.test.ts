import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, openTestDb, type TestDb } from '../test/databases.js';
import { createOrganisation } from '../test/factories.js';
import { compiledOnce } from './compiled-once.js';
import type { Executor } from './context.js';

describeEachDialect('compiledOnce', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(dialect);
  });
  afterAll(() => db.drop());

  it('runs the one compiled query with each call’s parameters', async () => {
    const a = await createOrganisation(db, 'Alfa Kommune');
    const b = await createOrganisation(db, 'Beta Kommune');
    const byId = compiledOnce(
      (exec: Executor, id: string) => exec.selectFrom('organisations').select('name').where('id', '=', id),
      [''],
    );
    expect(await byId(db.kysely, a.id)).toEqual([{ name: 'Alfa Kommune' }]);
    expect(await byId(db.kysely, b.id)).toEqual([{ name: 'Beta Kommune' }]);
  });

  it('refuses a build whose placeholders do not match its parameters', async () => {
    const wrong = compiledOnce(
      (exec: Executor, id: string) =>
        exec.selectFrom('organisations').select('name').where('id', '=', id).where('name', '=', 'x'),
      [''],
    );
    await expect(wrong(db.kysely, 'id')).rejects.toThrow(/2 parameters, not 1/);
  });
});
