import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/dialect.js';
import { describeEachDialect, openTestDb, type TestDb } from '../../test/databases.js';
import { FakeClock } from '../clock.js';
import { enqueueJob } from './jobs.js';
import { JobRunner, type RunnerOptions } from './runner.js';

const silent = { info() {}, warn() {}, error() {}, debug() {}, child: () => silent } as never;

describeEachDialect('job runner', (dialect) => {
  let db: TestDb;
  const clock = new FakeClock();
  beforeAll(async () => {
    db = await openTestDb(dialect, { shared: true });
  });
  afterAll(() => db.drop());

  const runner = (target: Db = db, options: Partial<RunnerOptions> = {}) =>
    new JobRunner(target, clock, silent, { pollMs: 1000, instanceId: crypto.randomUUID(), ...options });
  const statusOf = (id: string) =>
    db.kysely.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('runs a due job once, and not before its time', async () => {
    const r = runner();
    const seen: unknown[] = [];
    r.register('test.once', async (payload) => {
      seen.push(payload);
    });
    const later = await enqueueJob(
      db.kysely,
      clock,
      'test.once',
      { n: 2 },
      { runAt: new Date(clock.now().getTime() + 60_000) },
    );
    const now = await enqueueJob(db.kysely, clock, 'test.once', { n: 1 });
    expect(await r.runDue()).toBe(1);
    expect(seen).toEqual([{ n: 1 }]);
    expect((await statusOf(now)).status).toBe('done');
    expect(await r.runDue()).toBe(0);
    clock.advance(60_000);
    expect(await r.runDue()).toBe(1);
    expect((await statusOf(later)).status).toBe('done');
  });

  it('retries a failing job with growing back-off, then gives up', async () => {
    const r = runner();
    let calls = 0;
    r.register('test.flaky', async () => {
      calls++;
      throw new Error('SMTP svarer ikke');
    });
    const id = await enqueueJob(db.kysely, clock, 'test.flaky', {}, { maxAttempts: 3 });
    await r.runDue();
    const first = await statusOf(id);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, last_error: 'SMTP svarer ikke' });
    expect(new Date(first.run_at).getTime() - clock.now().getTime()).toBe(10_000);
    clock.advance(10_000);
    await r.runDue();
    expect(new Date((await statusOf(id)).run_at).getTime() - clock.now().getTime()).toBe(20_000);
    clock.advance(20_000);
    await r.runDue();
    expect(await statusOf(id)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(calls).toBe(3);
  });

  it('takes over a job whose instance died once its lock has expired', async () => {
    const dead = runner(db, { lockMs: 60_000 });
    const id = await enqueueJob(db.kysely, clock, 'test.takeover', {});
    expect((await dead.claim())?.id).toBe(id); // claimed, then the instance "dies"
    const alive = runner();
    let ran = 0;
    alive.register('test.takeover', async () => {
      ran++;
    });
    expect(await alive.runDue()).toBe(0);
    clock.advance(60_001);
    expect(await alive.runDue()).toBe(1);
    expect(ran).toBe(1);
  });

  describe('several instances at once', () => {
    async function race(unsafeClaim: boolean): Promise<Map<string, number>> {
      const name = `test.race.${unsafeClaim}`;
      const ids = new Set<string>();
      for (let i = 0; i < 20; i++) ids.add(await enqueueJob(db.kysely, clock, name, {}));
      const runs = new Map<string, number>();
      // PostgreSQL: three connection pools, as three app instances have. SQLite serves one
      // instance (its file lock blocks the thread), so there three runners share one handle.
      const instances = dialect === 'postgres' ? [db.reopen(), db.reopen(), db.reopen()] : [db, db, db];
      try {
        await Promise.all(
          instances.map((instance) => {
            const r = runner(instance, { unsafeClaim });
            r.register(name, async (_payload, job) => {
              runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
              await new Promise((resolve) => setTimeout(resolve, 2));
            });
            return r.runDue();
          }),
        );
      } finally {
        if (dialect === 'postgres') await Promise.all(instances.map((i) => i.close()));
      }
      expect([...runs.keys()].sort()).toEqual([...ids].sort());
      return runs;
    }

    it('runs each job exactly once across three instances', async () => {
      const runs = await race(false);
      expect(Math.max(...runs.values())).toBe(1);
    });

    it('control: without the claim lock the same job runs twice', async () => {
      const runs = await race(true);
      expect(Math.max(...runs.values())).toBeGreaterThan(1);
    });
  });
});
