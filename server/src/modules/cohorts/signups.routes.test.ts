import { beforeAll, describe, expect, it } from 'vitest';
import type { MyProgrammeRes, MySignupRes } from '../../../../core/schemas/my-programme.js';
import { HOUR } from '../../lib/clock.js';
import {
  addModule,
  createActivity,
  createCohort,
  planSignupDate,
  signedInParticipant,
} from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';
import * as repo from './signups.repository.js';

const FUTURE = { startsOn: '2026-01-01', endsOn: '2099-12-31' };

describeEachDialect('signing up for a date of a cohort', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Awaited<ReturnType<typeof signedInUser>>;
  let org = '';
  beforeAll(async () => {
    admin = await signedInUser(get().app, get().ctx.db, ['admin']);
    org = admin.organisationId;
  });
  const signup = (who: Session, activityId: string, method: 'POST' | 'DELETE' = 'POST') =>
    send(get().app, who, { method, url: `/api/my/activities/${activityId}/signup` });
  const signedUp = async (who: Session, activityId: string) => {
    const res = await signup(who, activityId);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<MySignupRes>();
  };
  const programme = async (who: Session) =>
    (await send(get().app, who, { method: 'GET', url: '/api/my/programme' })).json<MyProgrammeRes>();
  const signupIn = (p: MyProgrammeRes, activityId: string) =>
    p.cohorts.flatMap((c) => c.upcoming).find((a) => a.id === activityId)?.signup;
  const participants = async (cohortId: string, n: number) => {
    const list = [];
    for (let i = 0; i < n; i++) list.push(await signedInParticipant(get().app, get().ctx.db, org, cohortId));
    return list;
  };

  describe('who may sign up', () => {
    it('is 404 for a colleague who is no participant, a removed one and another organisation', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org, FUTURE);
      const date = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-01',
        capacity: 5,
        waitingList: false,
      });
      const colleague = await signedInUser(get().app, db, ['participant'], org);
      const stranger = await signedInUser(get().app, db, ['admin']);
      const [removed] = await participants(cohort.id, 1);
      await db.kysely
        .updateTable('cohort_participants')
        .set({ removed_at: new Date().toISOString() })
        .where('person_id', '=', removed!.person.id)
        .execute();
      for (const who of [colleague.session, stranger.session, removed!.session, admin.session]) {
        for (const method of ['POST', 'DELETE'] as const) {
          const res = await signup(who, date.id, method);
          expect(res.statusCode, `${method} ${res.body}`).toBe(404);
          expect(res.json().error.code).toBe('not_found');
        }
      }
      expect((await signup(colleague.session, crypto.randomUUID())).statusCode).toBe(404);
    });

    it('says so when the activity has no sign-up, or the participant has no e-mail', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org, FUTURE);
      const open = await createActivity(db, org, cohort, { day: '2098-03-01' });
      const [p] = await participants(cohort.id, 1);
      const res = await signup(p!.session, open.id);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.reason).toBe('signup_not_used');

      const date = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-02',
        capacity: 5,
        waitingList: false,
      });
      await db.kysely.updateTable('persons').set({ email: null }).where('id', '=', p!.person.id).execute();
      const noEmail = await signup(p!.session, date.id);
      expect(noEmail.statusCode).toBe(409);
      expect(noEmail.json().error).toMatchObject({ reason: 'no_email' });
      expect(noEmail.json().error.message).toContain('e-mailadresse');
    });
  });

  describe('seats and the waiting list', () => {
    it('confirms up to the capacity, then puts on the waiting list in order; twice is a clear 409', async () => {
      const cohort = await createCohort(get().ctx.db, org, FUTURE);
      const date = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-01',
        capacity: 2,
        waitingList: true,
      });
      const [a, b, c, d] = await participants(cohort.id, 4);
      expect(await signedUp(a!.session, date.id)).toMatchObject({ status: 'confirmed', seatsLeft: 1 });
      expect(await signedUp(b!.session, date.id)).toMatchObject({ status: 'confirmed', seatsLeft: 0 });
      expect(await signedUp(c!.session, date.id)).toMatchObject({ status: 'waitlisted', waitingPosition: 1 });
      expect(await signedUp(d!.session, date.id)).toMatchObject({ status: 'waitlisted', waitingPosition: 2 });

      const again = await signup(a!.session, date.id);
      expect(again.statusCode).toBe(409);
      expect(again.json().error).toMatchObject({ code: 'conflict', reason: 'already_signed_up' });
      expect(again.json().error.message).toBe('Du er allerede tilmeldt denne dato.');

      const plan = await send(get().app, admin.session, { method: 'GET', url: `/api/activities/${date.id}` });
      expect(plan.json().signup.seats).toMatchObject({
        capacity: 2,
        confirmed: 2,
        waitlisted: 2,
        seatsLeft: 0,
      });
      expect(signupIn(await programme(c!.session), date.id)).toMatchObject({
        status: 'waitlisted',
        waitingPosition: 1,
        capacity: 2,
        seatsLeft: 0,
        waitingList: true,
        open: true,
      });

      // The registration is the participant's, audited as them.
      const audit = await get()
        .ctx.db.kysely.selectFrom('audit_log')
        .select(['actor_user_id'])
        .where('organisation_id', '=', org)
        .where('action', '=', 'registration.created')
        .where('actor_user_id', '=', a!.id)
        .execute();
      expect(audit).toHaveLength(1);
    });

    it('is a clear 409 when the date is full and has no waiting list', async () => {
      const cohort = await createCohort(get().ctx.db, org, FUTURE);
      const date = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-01',
        capacity: 1,
        waitingList: false,
      });
      const [a, b] = await participants(cohort.id, 2);
      await signedUp(a!.session, date.id);
      const full = await signup(b!.session, date.id);
      expect(full.statusCode).toBe(409);
      expect(full.json().error).toMatchObject({ reason: 'event_full' });
      expect(full.json().error.message).toContain('ingen venteliste');
      expect(signupIn(await programme(b!.session), date.id)).toMatchObject({ status: 'none', seatsLeft: 0 });
    });

    it('cancelling gives the seat to the next in line, who can take it', async () => {
      const cohort = await createCohort(get().ctx.db, org, FUTURE);
      const date = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-01',
        capacity: 1,
        waitingList: true,
      });
      const [a, b] = await participants(cohort.id, 2);
      await signedUp(a!.session, date.id);
      await signedUp(b!.session, date.id);
      const cancelled = await signup(a!.session, date.id, 'DELETE');
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      expect(cancelled.json<MySignupRes>()).toMatchObject({ status: 'none', seatsLeft: 0 });
      expect((await signup(a!.session, date.id, 'DELETE')).json().error.reason).toBe('not_signed_up');

      const offered = signupIn(await programme(b!.session), date.id);
      expect(offered).toMatchObject({ status: 'offered' });
      expect(offered?.offeredUntil).not.toBeNull();
      const accept = await send(get().app, b!.session, {
        method: 'POST',
        url: `/api/my/activities/${date.id}/signup/accept`,
      });
      expect(accept.statusCode, accept.body).toBe(200);
      expect(accept.json<MySignupRes>()).toMatchObject({ status: 'confirmed', offeredUntil: null });
      const again = await send(get().app, b!.session, {
        method: 'POST',
        url: `/api/my/activities/${date.id}/signup/accept`,
      });
      expect(again.json().error.reason).toBe('offer_gone');
    });
  });

  describe('one date per module', () => {
    it('switching date moves the seat, and the freed seat is offered to the next in line', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org, FUTURE);
      const first = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-01',
        capacity: 1,
        waitingList: true,
      });
      const second = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-08',
        capacity: 5,
        waitingList: true,
      });
      const otherModule = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-09',
        capacity: 5,
        waitingList: false,
        moduleId: await addModule(db, cohort),
      });
      const [mover, waiting] = await participants(cohort.id, 2);
      await signedUp(mover!.session, first.id);
      await signedUp(mover!.session, otherModule.id);
      await signedUp(waiting!.session, first.id);
      expect(signupIn(await programme(mover!.session), second.id)?.heldElsewhere).toEqual({
        activityId: first.id,
        startsAt: first.startsAt,
      });

      const moved = await signedUp(mover!.session, second.id);
      expect(moved).toMatchObject({ status: 'confirmed', heldElsewhere: null });
      const mine = await programme(mover!.session);
      expect(signupIn(mine, first.id)).toMatchObject({ status: 'none' });
      // Another module's date is not one of the several dates: it stays.
      expect(signupIn(mine, otherModule.id)).toMatchObject({ status: 'confirmed' });
      expect(signupIn(await programme(waiting!.session), first.id)).toMatchObject({ status: 'offered' });

      const cancelledBy = await db.kysely
        .selectFrom('audit_log')
        .select('actor_user_id')
        .where('organisation_id', '=', org)
        .where('action', '=', 'registration.cancelled')
        .execute();
      expect(cancelledBy.map((r) => r.actor_user_id)).toContain(mover!.id);
      const mails = await db.kysely
        .selectFrom('mail_outbox')
        .select(['subject'])
        .where('organisation_id', '=', org)
        .where('subject', 'like', 'Der er en plads til dig%')
        .execute();
      expect(mails.length).toBeGreaterThanOrEqual(1);
    });

    it('a waiting place on another date keeps the seat; taking the seat offered there gives it up to its waiting list', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org, FUTURE);
      const dateA = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-01',
        capacity: 1,
        waitingList: true,
      });
      const dateB = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-08',
        capacity: 1,
        waitingList: true,
      });
      const [mover, waitingOnA, holderOfB] = await participants(cohort.id, 3);
      await signedUp(mover!.session, dateA.id);
      expect(await signedUp(waitingOnA!.session, dateA.id)).toMatchObject({ status: 'waitlisted' });
      await signedUp(holderOfB!.session, dateB.id);

      // On B's waiting list, the mover keeps the seat on A.
      const waiting = await signedUp(mover!.session, dateB.id);
      expect(waiting).toMatchObject({
        status: 'waitlisted',
        waitingPosition: 1,
        heldElsewhere: { activityId: dateA.id, startsAt: dateA.startsAt },
      });
      const meanwhile = await programme(mover!.session);
      expect(signupIn(meanwhile, dateA.id)).toMatchObject({ status: 'confirmed', seatsLeft: 0 });
      expect(signupIn(await programme(waitingOnA!.session), dateA.id)).toMatchObject({
        status: 'waitlisted',
      });

      // B's seat is freed and offered to the mover; taking it gives up A, whose seat is offered on.
      expect((await signup(holderOfB!.session, dateB.id, 'DELETE')).statusCode).toBe(200);
      expect(signupIn(await programme(mover!.session), dateB.id)).toMatchObject({
        status: 'offered',
        heldElsewhere: { activityId: dateA.id },
      });
      expect(signupIn(await programme(mover!.session), dateA.id)).toMatchObject({ status: 'confirmed' });
      const accept = await send(get().app, mover!.session, {
        method: 'POST',
        url: `/api/my/activities/${dateB.id}/signup/accept`,
      });
      expect(accept.statusCode, accept.body).toBe(200);
      expect(accept.json<MySignupRes>()).toMatchObject({ status: 'confirmed', heldElsewhere: null });
      expect(signupIn(await programme(mover!.session), dateA.id)).toMatchObject({ status: 'none' });
      expect(signupIn(await programme(waitingOnA!.session), dateA.id)).toMatchObject({ status: 'offered' });
      const cancelled = await db.kysely
        .selectFrom('audit_log')
        .select('actor_user_id')
        .where('organisation_id', '=', org)
        .where('action', '=', 'registration.cancelled')
        .where('actor_user_id', '=', mover!.id)
        .execute();
      expect(cancelled).toHaveLength(1);
    });

    it('a waiting place on another date is given up too once a seat is taken', async () => {
      const cohort = await createCohort(get().ctx.db, org, FUTURE);
      const full = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-01',
        capacity: 1,
        waitingList: true,
      });
      const free = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-08',
        capacity: 3,
        waitingList: true,
      });
      const [holder, p] = await participants(cohort.id, 2);
      await signedUp(holder!.session, full.id);
      expect(await signedUp(p!.session, full.id)).toMatchObject({ status: 'waitlisted' });
      expect(await signedUp(p!.session, free.id)).toMatchObject({ status: 'confirmed', heldElsewhere: null });
      expect(signupIn(await programme(p!.session), full.id)).toMatchObject({ status: 'none' });
    });

    it('a date that has begun is kept, and can no longer be signed up for or cancelled', async () => {
      const { app, ctx, clock } = get();
      const soon = new Date(clock.now().getTime() + 2 * HOUR).toISOString();
      const cohort = await createCohort(ctx.db, org, FUTURE);
      const early = await planSignupDate(app, admin.session, cohort, {
        startsAt: soon,
        capacity: 3,
        waitingList: false,
      });
      const late = await planSignupDate(app, admin.session, cohort, {
        day: '2098-03-01',
        capacity: 3,
        waitingList: false,
      });
      const [a, b] = await participants(cohort.id, 2);
      await signedUp(a!.session, early.id);
      clock.advance(3 * HOUR);
      try {
        const closed = await signup(b!.session, early.id);
        expect(closed.json().error).toMatchObject({ code: 'conflict', reason: 'registration_closed' });
        const binding = await signup(a!.session, early.id, 'DELETE');
        expect(binding.json().error).toMatchObject({ code: 'conflict', reason: 'cancel_closed' });
        await signedUp(a!.session, late.id);
        const held = await ctx.db.kysely
          .selectFrom('registrations')
          .select('status')
          .where('event_id', '=', early.signup?.eventId ?? '')
          .execute();
        expect(held.map((r) => r.status)).toEqual(['confirmed']);
      } finally {
        clock.advance(-3 * HOUR);
      }
    });
  });

  describe('tenancy', () => {
    it('reads seats events and places only in the organisation it is given', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org, FUTURE);
      const date = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-01',
        capacity: 3,
        waitingList: false,
      });
      const [p] = await participants(cohort.id, 1);
      await signedUp(p!.session, date.id);
      const eventId = date.signup?.eventId ?? '';
      const { email } = await db.kysely
        .selectFrom('registrations')
        .select('email')
        .where('event_id', '=', eventId)
        .executeTakeFirstOrThrow();
      const other = (await signedInUser(get().app, db, ['admin'])).organisationId;

      expect(await repo.seatEventsOf(db.kysely, org, [eventId])).toHaveLength(1);
      expect(await repo.heldByEmail(db.kysely, org, [eventId], email)).toMatchObject([
        { status: 'confirmed' },
      ]);
      expect(await repo.seatEventsOf(db.kysely, other, [eventId])).toEqual([]);
      expect(await repo.heldByEmail(db.kysely, other, [eventId], email)).toEqual([]);
    });
  });

  describe('the events module keeps the seats to itself', () => {
    it("leaves the seats events out of the organisation's lists and refuses them on member routes", async () => {
      const cohort = await createCohort(get().ctx.db, org, FUTURE);
      const date = await planSignupDate(get().app, admin.session, cohort, {
        day: '2098-03-01',
        capacity: 3,
        waitingList: false,
        title: `Intern dato ${crypto.randomUUID()}`,
      });
      const eventId = date.signup?.eventId ?? '';
      const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
        send(get().app, admin.session, { method, url, payload });
      expect((await call('GET', '/api/events')).body).not.toContain(date.title);
      expect((await call('GET', '/api/my/events')).body).not.toContain(date.title);
      const event = (await call('GET', `/api/events/${eventId}`)).json();
      expect(event).toMatchObject({ status: 'published', visibility: 'organisation', title: date.title });
      expect((await call('GET', `/api/my/events/${event.slug}`)).statusCode).toBe(404);
      expect((await call('GET', `/api/public/events/${event.slug}`)).statusCode).toBe(404);
      const register = await call('POST', `/api/my/events/${event.slug}/registrations`, {
        name: 'Udefra',
        email: 'udefra@test.aktion.dk',
        jobTitle: null,
        organisation: null,
        ean: null,
        cvr: null,
        orderReference: null,
        invoiceContact: null,
        dietaryNeeds: null,
        acceptTerms: true,
      });
      expect(register.statusCode).toBe(404);
      const {
        seats: _s,
        id: _i,
        slug: _l,
        status: _t,
        price: _p,
        publishedAt: _a,
        createdAt: _c,
        updatedAt: _u,
        ...body
      } = event;
      const edit = await call('PUT', `/api/events/${eventId}`, { ...body, capacity: 99 });
      expect(edit.statusCode, edit.body).toBe(409);
      expect(edit.json().error.reason).toBe('held_by_activity');
    });
  });
});
