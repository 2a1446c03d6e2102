import { beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../lib/clock.js';
import { createEntry, setParticipation } from '../../test/action-learning.js';
import { createCohort, enrolNew } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { createOrganisation, createUser } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { sendJournalReminders } from './journal-reminders.js';

describeEachDialect('journal reminders', (dialect) => {
  const get = useTestApp(dialect);
  let org = '';
  beforeAll(async () => {
    org = (await createOrganisation(get().ctx.db, 'Viborg Kommune')).id;
  });
  const db = () => get().ctx.db;
  const ago = (days: number) => new Date(get().clock.now().getTime() - days * DAY).toISOString();

  /** A running cohort and a participant enrolled `enrolledDaysAgo` days ago with the given interval. */
  async function participant(enrolledDaysAgo: number, reminderDays: number | null = 14) {
    const cohort = await createCohort(db(), org, { startsOn: '2020-01-06', endsOn: '2099-12-31' });
    const person = await enrolNew(db(), org, cohort.id);
    await setParticipation(db(), cohort.id, person.id, { addedAt: ago(enrolledDaysAgo), reminderDays });
    return { cohort, person };
  }
  async function mailsTo(personId: string) {
    const p = await db()
      .kysely.selectFrom('persons')
      .select('email')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    return db()
      .kysely.selectFrom('mail_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', p.email ?? '')
      .orderBy('created_at')
      .execute();
  }

  it('reminds a silent participant once, in Danish, with the journal link and how to turn it off', async () => {
    const { cohort, person } = await participant(15);
    await sendJournalReminders(get().ctx);
    await sendJournalReminders(get().ctx);
    const mails = await mailsTo(person.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Et par linjer i din dagbog?');
    expect(mails[0]?.text_body).toContain(`Hej ${person.name}`);
    expect(mails[0]?.text_body).toContain(`på ${cohort.name} i 15 dage`);
    expect(mails[0]?.text_body).toContain('/mit-program/aktionslaering');
    expect(mails[0]?.text_body).toContain('slå dem fra');
    expect(mails[0]?.text_body).toContain('Viborg Kommune');
  });

  it('reminds again only when the interval has passed since the last reminder', async () => {
    const { person } = await participant(20, 7);
    await sendJournalReminders(get().ctx);
    get().clock.advance(7 * DAY - HOUR);
    await sendJournalReminders(get().ctx);
    expect(await mailsTo(person.id)).toHaveLength(1);
    get().clock.advance(HOUR);
    await sendJournalReminders(get().ctx);
    expect(await mailsTo(person.id)).toHaveLength(2);
  });

  it('counts from the last entry, of any kind', async () => {
    const { cohort, person } = await participant(60);
    await createEntry(db(), org, cohort.id, person.id, { at: ago(10) });
    await sendJournalReminders(get().ctx);
    expect(await mailsTo(person.id)).toHaveLength(0);
    get().clock.advance(4 * DAY);
    await sendJournalReminders(get().ctx);
    const mails = await mailsTo(person.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toContain('i 14 dage');
  });

  it('writes in the language of the participant’s account', async () => {
    const { cohort, person } = await participant(30);
    const user = await createUser(db(), { organisationId: org, roles: ['participant'] });
    await db().kysely.updateTable('users').set({ locale: 'en' }).where('id', '=', user.id).execute();
    await db().kysely.updateTable('persons').set({ user_id: user.id }).where('id', '=', person.id).execute();
    await sendJournalReminders(get().ctx);
    const mails = await mailsTo(person.id);
    expect(mails[0]?.subject).toBe('A few lines in your journal?');
    expect(mails[0]?.text_body).toContain(`for ${cohort.name} for 30 days`);
  });

  it('sends nothing when turned off, too early, removed, departed, or outside the cohort’s period', async () => {
    const off = await participant(60, null);
    const early = await participant(13);
    const removed = await participant(60);
    await db()
      .kysely.updateTable('cohort_participants')
      .set({ removed_at: ago(1) })
      .where('person_id', '=', removed.person.id)
      .execute();
    const departed = await participant(60);
    await db()
      .kysely.updateTable('persons')
      .set({ left_at: ago(1) })
      .where('id', '=', departed.person.id)
      .execute();
    const over = await createCohort(db(), org, { startsOn: '2020-01-06', endsOn: '2020-06-30' });
    const notBegun = await createCohort(db(), org, { startsOn: '2099-01-04', endsOn: '2099-06-30' });
    const others = [];
    for (const c of [over, notBegun]) {
      const p = await enrolNew(db(), org, c.id);
      await setParticipation(db(), c.id, p.id, { addedAt: ago(60), reminderDays: 14 });
      others.push(p);
    }
    // Enrolled long before a start 10 days ago: counted from the start.
    const started = await createCohort(db(), org, { startsOn: ago(10).slice(0, 10), endsOn: '2099-06-30' });
    const waiting = await enrolNew(db(), org, started.id);
    await setParticipation(db(), started.id, waiting.id, { addedAt: ago(90), reminderDays: 14 });

    await sendJournalReminders(get().ctx);
    for (const p of [off.person, early.person, removed.person, departed.person, ...others, waiting]) {
      expect(await mailsTo(p.id)).toHaveLength(0);
    }
  });

  describe('two instances at once', () => {
    async function race(unsafe: boolean) {
      const { person } = await participant(20);
      let waiting = 0;
      let release: () => void = () => {};
      const bothRead = new Promise<void>((r) => {
        release = r;
      });
      const between = async () => {
        // The first to get here waits for the second, as two busy servers would overlap.
        waiting++;
        if (waiting >= 2) release();
        await Promise.race([bothRead, new Promise((r) => setTimeout(r, 200))]);
      };
      const options = unsafe ? { unsafeWithoutGuard: { between } } : {};
      await Promise.all([sendJournalReminders(get().ctx, options), sendJournalReminders(get().ctx, options)]);
      return (await mailsTo(person.id)).length;
    }

    it('queues each reminder exactly once', async () => {
      expect(await race(false)).toBe(1);
    });

    it('control: without the guard the same reminder goes out twice', async () => {
      expect(await race(true)).toBe(2);
    });
  });
});
