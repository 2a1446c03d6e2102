import { afterAll, beforeAll, expect, it } from 'vitest';
import { type BuiltApp, buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { insertProfile, insertRound, uniformAnswers } from '../../test/assessment.js';
import { createPeople } from '../../test/assessment-rounds.js';
import { describeEachDialect, openTestDb, type TestDb } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { closeRound } from './close.js';

const CLICKS = 12;
const SUBMITTED = 6;

/** A listening server (real HTTP, real connections) and an open round with answers to close. */
async function serverWithRound(db: TestDb) {
  const built = await buildApp(testConfig({ loginRateLimit: 0 }), { db });
  const address = await built.app.listen({ port: 0, host: '127.0.0.1' });
  const admin = await signedInUser(built.app, db, ['admin']);
  const org = admin.organisationId;
  const people = await createPeople(db, org, SUBMITTED + 2, { level: 'leder' });
  const round = await insertRound(db, org, {
    invited: people.map((p) => ({ personId: p.id, unitPath: [], level: 'leder', fieldId: null })),
  });
  const at = new Date().toISOString();
  for (const p of people.slice(0, SUBMITTED))
    await insertProfile(db, org, round.id, p.id, uniformAnswers(4), { submittedAt: at });
  return { built, address, admin, org, roundId: round.id };
}

const responses = async (db: TestDb, roundId: string) =>
  (await db.kysely.selectFrom('assessment_responses').select('id').where('round_id', '=', roundId).execute())
    .length;

const closeAudits = async (db: TestDb, roundId: string) =>
  (
    await db.kysely
      .selectFrom('audit_log')
      .select('id')
      .where('entity_id', '=', roundId)
      .where('action', '=', 'assessment_round.closed')
      .execute()
  ).length;

describeEachDialect('closing a round twice at once', (dialect) => {
  let db: TestDb;
  const servers: BuiltApp[] = [];
  beforeAll(async () => {
    db = await openTestDb(dialect);
  });
  afterAll(async () => {
    for (const s of servers) await s.app.close();
    await db.drop();
  });

  it(`${CLICKS} parallel close requests close it once: one 200, one release, each response written once`, async () => {
    const { built, address, admin, roundId } = await serverWithRound(db);
    servers.push(built);
    const answers = await Promise.all(
      Array.from({ length: CLICKS }, async () => {
        const res = await fetch(`${address}/api/assessment/rounds/${roundId}/close`, {
          method: 'POST',
          headers: { cookie: admin.session.cookie, 'x-csrf-token': admin.session.csrfToken },
        });
        return { status: res.status, body: (await res.json()) as { error?: { reason?: string } } };
      }),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 200).map((a) => [a.status, a.body.error?.reason])).toEqual(
      Array.from({ length: CLICKS - 1 }, () => [409, 'round_closed']),
    );
    expect(await responses(db, roundId)).toBe(SUBMITTED);
    expect(await closeAudits(db, roundId)).toBe(1);
    const round = await db.kysely
      .selectFrom('assessment_rounds')
      .select(['release', 'closed_at'])
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(round.release ?? 'null').populations[0].breakdowns.total[0].count).toBe(SUBMITTED);
  });

  it('control: without the claim, two closes that overlap write every response twice', async () => {
    const { built, org, roundId } = await serverWithRound(db);
    servers.push(built);
    let waiting = 0;
    let release: () => void = () => {};
    const bothChecked = new Promise<void>((r) => {
      release = r;
    });
    const between = async () => {
      // The first to have checked waits for the second, as two busy instances would overlap.
      waiting++;
      if (waiting >= 2) release();
      await Promise.race([bothChecked, new Promise((r) => setTimeout(r, 500))]);
    };
    const options = { unsafeWithoutClaim: { between } };
    const closed = await Promise.all([
      closeRound(built.ctx, org, roundId, null, options),
      closeRound(built.ctx, org, roundId, null, options),
    ]);
    expect(closed).toEqual([true, true]);
    expect(await responses(db, roundId)).toBe(2 * SUBMITTED);
  });
});
