import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ActivityRes } from '../../../../core/schemas/cohorts.js';
import { type BuiltApp, buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { createCohort, planSignupDate, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect, openTestDb, type TestDb } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import type { Session } from '../../test/test-app.js';

// Sign-up runs on the events module's registration path (group commit, seats counted under the
// event lock), whose control test in events/registration.concurrency.test.ts shows the race that
// lock prevents; these runs show the cohort's way onto that path keeps the guarantee.
const SEATS = 5;
const PARTICIPANTS = 24;

/** A listening server (real HTTP, real connections) with a cohort and its signed-in participants. */
async function serverWithCohort(db: TestDb) {
  const built = await buildApp(testConfig({ loginRateLimit: 0 }), { db });
  const address = await built.app.listen({ port: 0, host: '127.0.0.1' });
  const admin = await signedInUser(built.app, db, ['admin']);
  const cohort = await createCohort(db, admin.organisationId, {
    startsOn: '2026-01-01',
    endsOn: '2099-12-31',
  });
  const people: Session[] = [];
  for (let i = 0; i < PARTICIPANTS; i++)
    people.push((await signedInParticipant(built.app, db, admin.organisationId, cohort.id)).session);
  return { built, address, admin: admin.session, cohort, people };
}

async function rush(address: string, people: Session[], activityId: string) {
  return Promise.all(
    people.map(async (who) => {
      const res = await fetch(`${address}/api/my/activities/${activityId}/signup`, {
        method: 'POST',
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken },
      });
      const body = (await res.json()) as { status?: string; error?: { reason?: string } };
      return { status: res.status, outcome: body.status ?? body.error?.reason };
    }),
  );
}

const countIn = async (db: TestDb, date: ActivityRes, status: string) =>
  Number(
    (
      await db.kysely
        .selectFrom('registrations')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('event_id', '=', date.signup?.eventId ?? '')
        .where('status', '=', status)
        .executeTakeFirstOrThrow()
    ).n,
  );

describeEachDialect('sign-up rush', (dialect) => {
  let db: TestDb;
  const servers: BuiltApp[] = [];
  beforeAll(async () => {
    db = await openTestDb(dialect);
  });
  afterAll(async () => {
    for (const s of servers) await s.app.close();
    await db.drop();
  });

  it(`${PARTICIPANTS} parallel sign-ups over HTTP for ${SEATS} seats without a waiting list: ${SEATS} seats, the rest a clear 409`, async () => {
    const { built, address, admin, cohort, people } = await serverWithCohort(db);
    servers.push(built);
    const date = await planSignupDate(built.app, admin, cohort, { capacity: SEATS, waitingList: false });
    const answers = await rush(address, people, date.id);
    expect(answers.filter((a) => a.status === 200 && a.outcome === 'confirmed')).toHaveLength(SEATS);
    expect(answers.filter((a) => a.status === 409 && a.outcome === 'event_full')).toHaveLength(
      PARTICIPANTS - SEATS,
    );
    expect(await countIn(db, date, 'confirmed')).toBe(SEATS);
  });

  it('everyone moving to another date at once: its seats are never exceeded, and only those who got one give up the first', async () => {
    const { built, address, admin, cohort, people } = await serverWithCohort(db);
    servers.push(built);
    const first = await planSignupDate(built.app, admin, cohort, {
      day: '2098-03-01',
      capacity: PARTICIPANTS,
      waitingList: false,
    });
    const second = await planSignupDate(built.app, admin, cohort, {
      day: '2098-03-08',
      capacity: SEATS,
      waitingList: false,
    });
    expect((await rush(address, people, first.id)).every((a) => a.outcome === 'confirmed')).toBe(true);

    const answers = await rush(address, people, second.id);
    expect(answers.filter((a) => a.outcome === 'confirmed')).toHaveLength(SEATS);
    expect(answers.filter((a) => a.outcome === 'event_full')).toHaveLength(PARTICIPANTS - SEATS);
    expect(await countIn(db, second, 'confirmed')).toBe(SEATS);
    expect(await countIn(db, first, 'cancelled')).toBe(SEATS);
    expect(await countIn(db, first, 'confirmed')).toBe(PARTICIPANTS - SEATS);
  });

  it('each person signing up for two dates of a module at once keeps exactly one of them', async () => {
    const { built, address, admin, cohort, people } = await serverWithCohort(db);
    servers.push(built);
    const dates = await Promise.all(
      ['2098-03-01', '2098-03-08'].map((day) =>
        planSignupDate(built.app, admin, cohort, { day, capacity: PARTICIPANTS, waitingList: false }),
      ),
    );
    const answers = await Promise.all(dates.map((d) => rush(address, people, d.id)));
    expect(answers.flat().filter((a) => a.status !== 200)).toEqual([]);
    const held = await db.kysely
      .selectFrom('registrations')
      .select(['email', (eb) => eb.fn.countAll().as('n')])
      .where(
        'event_id',
        'in',
        dates.map((d) => d.signup?.eventId ?? ''),
      )
      .where('status', '=', 'confirmed')
      .groupBy('email')
      .execute();
    expect(held).toHaveLength(PARTICIPANTS);
    expect(held.every((h) => Number(h.n) === 1)).toBe(true);
  });
});
