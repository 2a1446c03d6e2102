import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, openTestDb, type TestDb } from '../../test/databases.js';
import { createUser } from '../../test/factories.js';
import { FakeClock } from '../clock.js';
import { housekeeping } from './housekeeping.js';
import { JobRunner } from './runner.js';

const silent = { info() {}, warn() {}, error() {}, debug() {}, child: () => silent } as never;

describeEachDialect('housekeeping', (dialect) => {
  let db: TestDb;
  const clock = new FakeClock();
  beforeAll(async () => {
    db = await openTestDb(dialect);
  });
  afterAll(() => db.drop());

  it('removes expired sessions, old counters and used-up links, and keeps the rest', async () => {
    const user = await createUser(db);
    const at = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
    await db.kysely
      .insertInto('sessions')
      .values([
        {
          id: 'old',
          user_id: user.id,
          active_organisation_id: null,
          csrf_token: 'x',
          created_at: at(-1e9),
          last_seen_at: at(-1e9),
          expires_at: at(-1),
        },
        {
          id: 'live',
          user_id: user.id,
          active_organisation_id: null,
          csrf_token: 'x',
          created_at: at(0),
          last_seen_at: at(0),
          expires_at: at(3600_000),
        },
      ])
      .execute();
    await db.kysely
      .insertInto('rate_limit_counters')
      .values([
        { key: 'old', window_start: at(-2 * 3600_000), count: 3 },
        { key: 'now', window_start: at(0), count: 1 },
      ])
      .execute();
    const removed = await housekeeping({ db, clock, log: silent, config: {} as never, secrets: {} as never });
    expect(removed).toMatchObject({ sessions: 1, counters: 1 });
    const sessions = await db.kysely.selectFrom('sessions').select('id').execute();
    expect(sessions.map((s) => s.id)).toEqual(['live']);
  });

  it('queues a recurring job once per interval, however many instances propose it', async () => {
    const runners = [1, 2, 3].map(
      () => new JobRunner(db, clock, silent, { pollMs: 1000, instanceId: crypto.randomUUID() }),
    );
    for (const r of runners) r.every('test.hourly', 3600_000);
    await Promise.all(runners.map((r) => r.scheduleRecurring()));
    await Promise.all(runners.map((r) => r.scheduleRecurring()));
    const jobs = await db.kysely.selectFrom('jobs').select('id').where('name', '=', 'test.hourly').execute();
    expect(jobs).toHaveLength(1);
    clock.advance(3600_000);
    await runners[0]!.scheduleRecurring();
    expect(
      await db.kysely.selectFrom('jobs').select('id').where('name', '=', 'test.hourly').execute(),
    ).toHaveLength(2);
  });

  it('gives up a job whose instance died on its last attempt', async () => {
    await db.kysely.deleteFrom('jobs').execute();
    const dead = new JobRunner(db, clock, silent, { pollMs: 1000, instanceId: 'dead', lockMs: 1000 });
    const { enqueueJob } = await import('./jobs.js');
    const id = await enqueueJob(db.kysely, clock, 'test.crash', {}, { maxAttempts: 1 });
    expect((await dead.claim())?.id).toBe(id);
    clock.advance(2000);
    const alive = new JobRunner(db, clock, silent, { pollMs: 1000, instanceId: 'alive' });
    alive.register('test.crash', async () => {});
    expect(await alive.runDue()).toBe(0);
    const row = await db.kysely.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', last_error: 'the instance running it stopped' });
  });
});
