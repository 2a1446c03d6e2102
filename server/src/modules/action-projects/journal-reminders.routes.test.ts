import { beforeAll, expect, it } from 'vitest';
import { setParticipation } from '../../test/action-learning.js';
import { createCohort, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('my journal reminder', (dialect) => {
  const get = useTestApp(dialect);
  const db = () => get().ctx.db;
  let org = '';
  let cohortId = '';
  let me: Awaited<ReturnType<typeof signedInParticipant>>;
  beforeAll(async () => {
    org = (await signedInUser(get().app, db(), ['admin'])).organisationId;
    cohortId = (await createCohort(db(), org, { endsOn: '2099-12-31' })).id;
    me = await signedInParticipant(get().app, db(), org, cohortId);
    await setParticipation(db(), cohortId, me.person.id, { reminderDays: 14 });
  });
  const url = (id = cohortId) => `/api/my/cohorts/${id}/journal-reminder`;
  const put = (payload: unknown, who: Session | null = me.session, id = cohortId) =>
    send(get().app, who, { method: 'PUT', url: url(id), payload: payload as object });
  const read = (who: Session | null = me.session, id = cohortId) =>
    send(get().app, who, { method: 'GET', url: url(id) });
  const stored = async () =>
    (
      await db()
        .kysely.selectFrom('cohort_participants')
        .select('journal_reminder_days')
        .where('cohort_id', '=', cohortId)
        .where('person_id', '=', me.person.id)
        .executeTakeFirstOrThrow()
    ).journal_reminder_days;

  it('answers 401 without a session', async () => {
    expect((await read(null)).statusCode).toBe(401);
    expect((await put({ days: 7 }, null)).statusCode).toBe(401);
  });

  it('answers 404 to anyone who is not a current participant of the cohort, and in another organisation', async () => {
    const admin = await signedInUser(get().app, db(), ['admin', 'facilitator'], org);
    expect((await read(admin.session)).statusCode).toBe(404);
    expect((await put({ days: 7 }, admin.session)).statusCode).toBe(404);
    expect((await read(me.session, crypto.randomUUID())).statusCode).toBe(404);
    const stranger = await signedInUser(get().app, db(), ['participant']);
    expect((await put({ days: 7 }, stranger.session)).statusCode).toBe(404);
    const theirs = await createCohort(db(), stranger.organisationId, { endsOn: '2099-12-31' });
    expect((await put({ days: 7 }, me.session, theirs.id)).statusCode).toBe(404);

    const removed = await signedInParticipant(get().app, db(), org, cohortId);
    await db()
      .kysely.updateTable('cohort_participants')
      .set({ removed_at: new Date().toISOString() })
      .where('person_id', '=', removed.person.id)
      .execute();
    expect((await read(removed.session)).statusCode).toBe(404);
    expect(await stored()).toBe(14);
  });

  it('refuses anything but 7, 14, 21, 30 or null', async () => {
    for (const payload of [{ days: 10 }, { days: '7' }, {}, { days: 7, extra: true }]) {
      const res = await put(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect((await put({ days: 10 })).json().error.fields.days).toContain('7, 14, 21, 30');
    expect(await stored()).toBe(14);
  });

  it('shows, changes and turns off the reminder, audited', async () => {
    expect((await read()).json()).toEqual({ days: 14 });
    const changed = await put({ days: 7 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ days: 7 });
    expect(await stored()).toBe(7);
    expect((await put({ days: null })).json()).toEqual({ days: null });
    expect((await read()).json()).toEqual({ days: null });
    expect(await stored()).toBeNull();
    const audit = await db()
      .kysely.selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'changes'])
      .where('entity_id', '=', cohortId)
      .where('action', '=', 'journal_reminder.changed')
      .orderBy('created_at')
      .execute();
    expect(audit.map((a) => JSON.parse(a.changes ?? '{}'))).toEqual([
      { days: { from: 14, to: 7 } },
      { days: { from: 7, to: null } },
    ]);
    expect(audit.every((a) => a.actor_user_id === me.id)).toBe(true);
  });
});
