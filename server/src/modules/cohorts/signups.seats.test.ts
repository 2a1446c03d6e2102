import { beforeAll, expect, it } from 'vitest';
import type { ActivityRes } from '../../../../core/schemas/cohorts.js';
import { createCohort, planSignupDate, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const FUTURE = { startsOn: '2026-01-01', endsOn: '2099-12-31' };

describeEachDialect("a date's seats in the cohort plan", (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db, ['admin']);
    admin = a.session;
    org = a.organisationId;
  });
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who = admin) =>
    send(get().app, who, { method, url, payload });
  const patch = (id: string, payload: object) => call('PATCH', `/api/activities/${id}`, payload);
  const eventOf = (a: ActivityRes) =>
    get()
      .ctx.db.kysely.selectFrom('events')
      .selectAll()
      .where('id', '=', a.signup?.eventId ?? '')
      .executeTakeFirst();
  const signUp = async (cohortId: string, activityId: string, n: number) => {
    for (let i = 0; i < n; i++) {
      const p = await signedInParticipant(get().app, get().ctx.db, org, cohortId);
      const res = await call('POST', `/api/my/activities/${activityId}/signup`, undefined, p.session);
      expect(res.statusCode, res.body).toBe(200);
    }
  };
  const statuses = async (a: ActivityRes) =>
    (
      await get()
        .ctx.db.kysely.selectFrom('registrations')
        .select('status')
        .where('event_id', '=', a.signup?.eventId ?? '')
        .orderBy('seq')
        .execute()
    ).map((r) => r.status);

  it('makes an organisation-only, free, published event in the same transaction, audited', async () => {
    const cohort = await createCohort(get().ctx.db, org, FUTURE);
    const date = await planSignupDate(get().app, admin, cohort, {
      day: '2098-03-01',
      capacity: 12,
      waitingList: true,
    });
    expect(date).toMatchObject({
      capacity: 12,
      signup: {
        waitingList: true,
        seats: { capacity: 12, confirmed: 0, offered: 0, waitlisted: 0, seatsLeft: 12 },
      },
    });
    expect(await eventOf(date)).toMatchObject({
      organisation_id: org,
      title: date.title,
      status: 'published',
      visibility: 'organisation',
      price_ex_vat_ore: 0,
      capacity: 12,
      waiting_list: 1,
      venue_name: 'Rådhuset',
      registration_deadline: date.startsAt,
      terms_kind: 'cancellable',
      cancellable_until: date.startsAt,
      allow_duplicate_email: 0,
    });
    const audit = await get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('organisation_id', '=', org)
      .where('entity_id', 'in', [date.id, date.signup?.eventId ?? ''])
      .execute();
    expect(audit.map((r) => r.action).sort()).toEqual(['activity.created', 'event.created']);
  });

  it('refuses sign-up without seats or a place, on the field to fix, and makes nothing', async () => {
    const cohort = await createCohort(get().ctx.db, org, FUTURE);
    const base = {
      moduleId: cohort.moduleId,
      startsAt: '2098-03-01T09:00:00.000Z',
      endsAt: '2098-03-01T12:00:00.000Z',
      signup: { waitingList: false },
    };
    const noSeats = await call('POST', `/api/cohorts/${cohort.id}/activities`, { ...base, location: 'Her' });
    expect(noSeats.statusCode).toBe(400);
    expect(Object.keys(noSeats.json().error.fields)).toEqual(['capacity']);
    const noPlace = await call('POST', `/api/cohorts/${cohort.id}/activities`, { ...base, capacity: 5 });
    expect(noPlace.statusCode).toBe(400);
    expect(Object.keys(noPlace.json().error.fields)).toEqual(['location']);
    expect((await call('GET', `/api/cohorts/${cohort.id}/activities`)).json().items).toEqual([]);

    const date = await planSignupDate(get().app, admin, cohort, { capacity: 5, waitingList: false });
    const unlimited = await patch(date.id, { capacity: null });
    expect(unlimited.statusCode).toBe(400);
    expect(Object.keys(unlimited.json().error.fields)).toEqual(['capacity']);
  });

  it('keeps the event in step with the activity: title, times, place, link and seats', async () => {
    const cohort = await createCohort(get().ctx.db, org, FUTURE);
    const date = await planSignupDate(get().app, admin, cohort, { capacity: 5, waitingList: false });
    const moved = await patch(date.id, {
      title: 'Læringsgruppe, hold B',
      startsAt: '2098-04-01T08:00:00.000Z',
      endsAt: '2098-04-01T10:00:00.000Z',
      location: 'Biblioteket',
      onlineUrl: 'https://teams.example/b',
      capacity: 8,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<ActivityRes>().signup?.seats).toMatchObject({ capacity: 8, seatsLeft: 8 });
    expect(await eventOf(date)).toMatchObject({
      title: 'Læringsgruppe, hold B',
      starts_at: '2098-04-01T08:00:00.000Z',
      ends_at: '2098-04-01T10:00:00.000Z',
      registration_deadline: '2098-04-01T08:00:00.000Z',
      cancellable_until: '2098-04-01T08:00:00.000Z',
      venue_name: 'Biblioteket',
      online_url: 'https://teams.example/b',
      capacity: 8,
    });
  });

  it('never takes the seats below those taken; more seats go to the waiting list; no waiting list closes it', async () => {
    const cohort = await createCohort(get().ctx.db, org, FUTURE);
    const date = await planSignupDate(get().app, admin, cohort, { capacity: 2, waitingList: true });
    await signUp(cohort.id, date.id, 4);
    expect(await statuses(date)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);

    const below = await patch(date.id, { capacity: 1 });
    expect(below.statusCode).toBe(409);
    expect(below.json().error.reason).toBe('capacity_below_taken');
    expect((await eventOf(date))?.capacity).toBe(2);

    expect((await patch(date.id, { capacity: 3 })).statusCode).toBe(200);
    expect(await statuses(date)).toEqual(['confirmed', 'confirmed', 'offered', 'waitlisted']);

    const closed = await patch(date.id, { signup: { waitingList: false } });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<ActivityRes>().signup).toMatchObject({ waitingList: false });
    expect(await statuses(date)).toEqual(['confirmed', 'confirmed', 'offered', 'cancelled']);
  });

  it('a copy is another date with seats of its own', async () => {
    const cohort = await createCohort(get().ctx.db, org, FUTURE);
    const date = await planSignupDate(get().app, admin, cohort, { capacity: 4, waitingList: true });
    await signUp(cohort.id, date.id, 1);
    const copy = await call('POST', `/api/activities/${date.id}/duplicate`, {
      startsAt: '2098-05-01T09:00:00.000Z',
    });
    expect(copy.statusCode, copy.body).toBe(201);
    const made = copy.json<ActivityRes>();
    expect(made.signup?.eventId).not.toBe(date.signup?.eventId);
    expect(made.signup).toMatchObject({ waitingList: true, seats: { capacity: 4, confirmed: 0 } });
    expect(await eventOf(made)).toMatchObject({ starts_at: '2098-05-01T09:00:00.000Z', capacity: 4 });
  });

  it('turns sign-up on for a planned activity, and off only while nobody is signed up', async () => {
    const cohort = await createCohort(get().ctx.db, org, FUTURE);
    const planned = await call('POST', `/api/cohorts/${cohort.id}/activities`, {
      moduleId: cohort.moduleId,
      startsAt: '2098-03-01T09:00:00.000Z',
      endsAt: '2098-03-01T12:00:00.000Z',
      onlineUrl: 'https://teams.example/a',
    });
    const id = planned.json<ActivityRes>().id;
    expect(planned.json<ActivityRes>().signup).toBeNull();
    const on = await patch(id, { capacity: 1, signup: { waitingList: false } });
    expect(on.statusCode, on.body).toBe(200);
    const date = on.json<ActivityRes>();
    expect(date.signup?.seats.capacity).toBe(1);

    await signUp(cohort.id, id, 1);
    const inUse = await patch(id, { signup: null });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error).toMatchObject({ reason: 'signup_in_use' });
    expect(inUse.json().error.message).toContain('Tilmeldte lige nu: 1');

    await get()
      .ctx.db.kysely.updateTable('registrations')
      .set({ status: 'cancelled' })
      .where('event_id', '=', date.signup?.eventId ?? '')
      .execute();
    const off = await patch(id, { signup: null });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json<ActivityRes>()).toMatchObject({ signup: null, capacity: 1 });
    expect(await eventOf(date)).toBeUndefined();
  });
});
