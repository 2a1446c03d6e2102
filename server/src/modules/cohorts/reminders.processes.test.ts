import { afterAll, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/dialect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { HOUR } from '../../lib/clock.js';
import { createActivity, createCohort, enrolNew } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { createOrganisation } from '../../test/factories.js';
import { type ServerProcess, scratchDatabaseUrl, startServerProcess } from '../../test/server-process.js';

const PARTICIPANTS = 12;
const WAVES = 4;
const PER_WAVE = 3;

/** Fast polling and a reminder scan every 100 ms, so the instances overlap many times. */
const RUNNER = { AKTION_RUN_JOBS: '1', AKTION_JOB_POLL_MS: '20', AKTION_REMINDER_SCAN_MS: '100' };

async function planWave(db: Db, org: string, cohort: { id: string; moduleId: string }, wave: number) {
  for (let i = 0; i < PER_WAVE; i++) {
    const a = await createActivity(db, org, cohort, { title: `Bølge ${wave} aktivitet ${i}` });
    const startsAt = Date.now() + (2 + i) * HOUR;
    await db.kysely
      .updateTable('cohort_activities')
      .set({ starts_at: new Date(startsAt).toISOString(), ends_at: new Date(startsAt + HOUR).toISOString() })
      .where('id', '=', a.id)
      .execute();
  }
}

async function remindedCount(db: Db) {
  const r = await db.kysely
    .selectFrom('cohort_activities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('reminder_sent_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function waitFor(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeEachDialect('reminders with two app instances as separate processes', (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('sends each reminder exactly once, and one instance dying loses none', async () => {
    const url = await scratchDatabaseUrl(dialect, cleanups);
    const db = createDb(url);
    cleanups.push(() => db.close());
    await migrateToLatest(db);
    const org = (await createOrganisation(db)).id;
    const cohort = await createCohort(db, org, { reminderHours: 48 });
    for (let i = 0; i < PARTICIPANTS; i++) await enrolNew(db, org, cohort.id);
    await planWave(db, org, cohort, 0);

    const servers: ServerProcess[] = [];
    cleanups.push(async () => {
      for (const s of servers) await s.stop();
    });
    servers.push(await startServerProcess(url, RUNNER), await startServerProcess(url, RUNNER));
    for (let wave = 1; wave < WAVES; wave++) {
      await waitFor(async () => (await remindedCount(db)) === wave * PER_WAVE, `wave ${wave - 1}`);
      await planWave(db, org, cohort, wave);
      // Halfway, one instance dies without warning; the other carries on alone.
      if (wave === 2) servers[0]?.child.kill('SIGKILL');
    }
    await waitFor(async () => (await remindedCount(db)) === WAVES * PER_WAVE, 'the last wave');
    await Promise.all(servers.map((s) => s.stop()));

    const mails = await db.kysely.selectFrom('mail_outbox').select(['to_address', 'subject']).execute();
    const perReminder = new Map<string, number>();
    for (const m of mails) {
      const key = `${m.to_address} ${m.subject}`;
      perReminder.set(key, (perReminder.get(key) ?? 0) + 1);
    }
    expect(perReminder.size).toBe(WAVES * PER_WAVE * PARTICIPANTS);
    expect([...perReminder.values()].every((n) => n === 1)).toBe(true);
  }, 120_000);
});
