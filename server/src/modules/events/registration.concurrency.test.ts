import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EventRes } from '../../../../core/schemas/events.js';
import { type BuiltApp, buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { describeEachDialect, openTestDb, type TestDb } from '../../test/databases.js';
import { eventBody, registrationBody } from '../../test/events.js';
import { signedInUser } from '../../test/factories.js';
import { overbookingHooks } from '../../test/race-hooks.js';
import { send } from '../../test/test-app.js';

const SEATS = 5;
const ATTEMPTS = 40;

/** A listening server (real HTTP, real connections), and a published event with few seats. */
async function serverWithEvent(db: TestDb, hooks?: ReturnType<typeof overbookingHooks>) {
  const built = await buildApp(testConfig({ loginRateLimit: 0, publicRateLimit: 0 }), {
    db,
    registrationRace: hooks,
  });
  const address = await built.app.listen({ port: 0, host: '127.0.0.1' });
  const { session } = await signedInUser(built.app, db, ['admin']);
  const made = await send(built.app, session, {
    method: 'POST',
    url: '/api/events',
    payload: eventBody({ capacity: SEATS, waitingList: true }),
  });
  const event = made.json<EventRes>();
  await send(built.app, session, { method: 'POST', url: `/api/events/${event.id}/publish`, payload: {} });
  return { built, address, event };
}

async function rush(address: string, slug: string) {
  const answers = await Promise.all(
    Array.from({ length: ATTEMPTS }, async () => {
      const res = await fetch(`${address}/api/public/events/${slug}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(registrationBody()),
      });
      return { status: res.status, body: (await res.json()) as { status?: string } };
    }),
  );
  return answers;
}

const confirmedIn = async (db: TestDb, eventId: string) =>
  Number(
    (
      await db.kysely
        .selectFrom('registrations')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('event_id', '=', eventId)
        .where('status', '=', 'confirmed')
        .executeTakeFirstOrThrow()
    ).n,
  );

describeEachDialect('registration rush', (dialect) => {
  let db: TestDb;
  const servers: BuiltApp[] = [];
  beforeAll(async () => {
    db = await openTestDb(dialect);
  });
  afterAll(async () => {
    for (const s of servers) await s.app.close();
    await db.drop();
  });

  it(`${ATTEMPTS} parallel registrations for ${SEATS} seats: exactly ${SEATS} confirmed, the rest waitlisted, no error`, async () => {
    const { built, address, event } = await serverWithEvent(db);
    servers.push(built);
    const answers = await rush(address, event.slug);
    expect(answers.filter((a) => a.status !== 201)).toEqual([]);
    expect(answers.filter((a) => a.body.status === 'confirmed')).toHaveLength(SEATS);
    expect(answers.filter((a) => a.body.status === 'waitlisted')).toHaveLength(ATTEMPTS - SEATS);
    expect(await confirmedIn(db, event.id)).toBe(SEATS);
  });

  it('control: without the lock, with a pause between counting and inserting, the same rush overbooks', async () => {
    const { built, address, event } = await serverWithEvent(db, overbookingHooks(30));
    servers.push(built);
    const answers = await rush(address, event.slug);
    expect(answers.filter((a) => a.status !== 201)).toEqual([]);
    expect(await confirmedIn(db, event.id)).toBeGreaterThan(SEATS);
  });
});
