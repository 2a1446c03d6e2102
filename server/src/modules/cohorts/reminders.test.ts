import { beforeAll, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../lib/clock.js';
import { createActivity, createCohort, enrolNew } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { eventRow } from '../../test/events.js';
import { createOrganisation, signedInUser } from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';
import { sendDueReminders } from './reminders.js';

describeEachDialect('reminders before activities', (dialect) => {
  const get = useTestApp(dialect);
  let org = '';
  beforeAll(async () => {
    org = (await createOrganisation(get().ctx.db)).id;
  });
  const db = () => get().ctx.db;
  const inHours = (h: number) => new Date(get().clock.now().getTime() + h * HOUR).toISOString();

  /** A cohort with reminders `reminderHours` before, two participants and one activity `startsIn` hours ahead. */
  async function planned(startsIn: number, reminderHours: number | null = 48) {
    const cohort = await createCohort(db(), org, { reminderHours });
    const people = [await enrolNew(db(), org, cohort.id), await enrolNew(db(), org, cohort.id)];
    const activity = await createActivity(db(), org, cohort);
    await moveTo(activity.id, startsIn);
    return { cohort, people, activity };
  }
  async function moveTo(activityId: string, startsIn: number) {
    await db()
      .kysely.updateTable('cohort_activities')
      .set({ starts_at: inHours(startsIn), ends_at: inHours(startsIn + 3) })
      .where('id', '=', activityId)
      .execute();
  }
  async function emailOf(personId: string) {
    const p = await db()
      .kysely.selectFrom('persons')
      .select('email')
      .where('id', '=', personId)
      .executeTakeFirst();
    return p?.email ?? '';
  }
  async function mailsTo(personId: string) {
    return db()
      .kysely.selectFrom('mail_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', await emailOf(personId))
      .execute();
  }

  it('reminds each current participant once, when the cohort reminder time has come', async () => {
    const { people, activity } = await planned(50);
    await sendDueReminders(get().ctx);
    expect(await mailsTo(people[0]!.id)).toHaveLength(0); // 50 h ahead, reminders at 48 h
    get().clock.advance(2 * HOUR + MINUTE);
    await sendDueReminders(get().ctx);
    await sendDueReminders(get().ctx);
    for (const p of people) {
      const mails = await mailsTo(p.id);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toContain(activity.title);
      expect(mails[0]?.text_body).toContain(p.name);
      expect(mails[0]?.text_body).toContain(`/mit-program#aktivitet-${activity.id}`);
    }
  });

  it('sends nothing for cohorts without reminders, begun activities, removed or departed people', async () => {
    const off = await planned(5, null);
    const begun = await planned(-1);
    const { cohort, people } = await planned(5);
    await db()
      .kysely.updateTable('cohort_participants')
      .set({ removed_at: inHours(0) })
      .where('cohort_id', '=', cohort.id)
      .where('person_id', '=', people[0]!.id)
      .execute();
    await db()
      .kysely.updateTable('persons')
      .set({ left_at: inHours(0) })
      .where('id', '=', people[1]!.id)
      .execute();
    await sendDueReminders(get().ctx);
    for (const p of [...off.people, ...begun.people, ...people]) expect(await mailsTo(p.id)).toHaveLength(0);
  });

  it('reminds again at the new time when the activity is moved through the API', async () => {
    const admin = await signedInUser(get().app, db(), ['admin']);
    const own = admin.organisationId;
    const cohort = await createCohort(db(), own, { reminderHours: 24 });
    const person = await enrolNew(db(), own, cohort.id);
    const activity = await createActivity(db(), own, cohort);
    await moveTo(activity.id, 10);
    await sendDueReminders(get().ctx);
    expect(await mailsTo(person.id)).toHaveLength(1);
    const res = await send(get().app, admin.session, {
      method: 'PATCH',
      url: `/api/activities/${activity.id}`,
      payload: { startsAt: inHours(20), endsAt: inHours(22) },
    });
    expect(res.statusCode, res.body).toBe(200);
    await sendDueReminders(get().ctx);
    expect(await mailsTo(person.id)).toHaveLength(2);
  });

  it('reminds only the people holding a seat when participants sign up', async () => {
    const { cohort, people, activity } = await planned(5);
    const event = eventRow(org, { status: 'published', slug: `s-${activity.id}` });
    await db().kysely.insertInto('events').values(event).execute();
    await db()
      .kysely.updateTable('cohort_activities')
      .set({ signup_event_id: event.id })
      .where('id', '=', activity.id)
      .execute();
    const seated = await emailOf(people[0]!.id);
    const now = inHours(0);
    await db()
      .kysely.insertInto('registrations')
      .values({
        id: crypto.randomUUID(),
        event_id: event.id as string,
        organisation_id: org,
        status: 'confirmed',
        seq: 1,
        name: people[0]!.name,
        email: seated,
        price_ex_vat_ore: 0,
        vat_ore: 0,
        manage_token_hash: crypto.randomUUID(),
        ticket_version: 1,
        ticket_token_hash: crypto.randomUUID(),
        ticket_code: 'ABC123',
        created_at: now,
        updated_at: now,
      })
      .execute();
    expect(cohort.id).toBeTruthy();
    await sendDueReminders(get().ctx);
    expect(await mailsTo(people[0]!.id)).toHaveLength(1);
    expect(await mailsTo(people[1]!.id)).toHaveLength(0);
  });

  describe('two instances at once', () => {
    async function race(unsafe: boolean) {
      const { people } = await planned(3);
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
      await Promise.all([sendDueReminders(get().ctx, options), sendDueReminders(get().ctx, options)]);
      return (await mailsTo(people[0]!.id)).length;
    }

    it('queues each reminder exactly once', async () => {
      expect(await race(false)).toBe(1);
    });

    it('control: without the guard the same reminder goes out twice', async () => {
      expect(await race(true)).toBe(2);
    });
  });
});
