import { afterAll, beforeAll, expect, it } from 'vitest';
import { type BuiltApp, buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import type { OrgActor } from '../../lib/policy.js';
import { insertProfile, insertRound, uniformAnswers } from '../../test/assessment.js';
import { placed, signedInLeader } from '../../test/assessment-answers.js';
import { describeEachDialect, openTestDb, type TestDb } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { closeRound } from './close.js';
import { submit } from './my-assessments.service.js';

const OTHERS = 5;

/** A round with five submitted profiles and one leader whose complete draft is not yet submitted. */
async function roundWithLastLeader(built: BuiltApp, db: TestDb) {
  const admin = await signedInUser(built.app, db, ['admin']);
  const org = admin.organisationId;
  const leader = await signedInLeader(built.app, db, org);
  const others = await Promise.all(Array.from({ length: OTHERS }, () => signedInLeader(built.app, db, org)));
  const round = await insertRound(db, org, {
    invited: [leader, ...others].map((p) => placed(p.person.id)),
  });
  const at = new Date().toISOString();
  for (const o of others)
    await insertProfile(db, org, round.id, o.person.id, uniformAnswers(4), { submittedAt: at });
  await insertProfile(db, org, round.id, leader.person.id, uniformAnswers(2));
  const actor = { userId: leader.id, organisationId: org, roles: ['participant'] } as OrgActor;
  return { org, roundId: round.id, actor };
}

const responses = async (db: TestDb, roundId: string) =>
  (await db.kysely.selectFrom('assessment_responses').select('id').where('round_id', '=', roundId).execute())
    .length;

/**
 * A submission and a close that overlap: the submission has checked that the round is open and
 * is about to write when the close starts. Whatever order they end in, a submission that
 * succeeded must be among the anonymous responses — else the leader sees a profile whose answers
 * the results never counted.
 */
describeEachDialect('submitting while the round is being closed', (dialect) => {
  let db: TestDb;
  let built: BuiltApp;
  beforeAll(async () => {
    db = await openTestDb(dialect);
    built = await buildApp(testConfig({ loginRateLimit: 0 }), { db });
  });
  afterAll(async () => {
    await built.app.close();
    await db.drop();
  });

  async function overlap(unsafeWithoutRoundHold: boolean) {
    const { org, roundId, actor } = await roundWithLastLeader(built, db);
    let closing: Promise<boolean> = Promise.resolve(false);
    const submitted = submit(built.ctx, actor, roundId, {
      unsafeWithoutRoundHold,
      between: async () => {
        closing = closeRound(built.ctx, org, roundId, null);
        // Long enough for the close to claim the round and read the profiles, when it can.
        await new Promise((r) => setTimeout(r, 400));
      },
    }).then(
      () => true,
      () => false,
    );
    const [ok, closed] = [await submitted, await closing];
    return { ok, closed, counted: await responses(db, roundId) };
  }

  it('with the hold on the round, a submission that succeeds is counted by the close', async () => {
    const { ok, closed, counted } = await overlap(false);
    expect(closed).toBe(true);
    expect(ok).toBe(true);
    expect(counted).toBe(OTHERS + 1);
  });

  it('control: without the hold, PostgreSQL lets the close miss the submission (SQLite serialises the two anyway)', async () => {
    const { ok, closed, counted } = await overlap(true);
    expect(closed).toBe(true);
    expect(ok).toBe(true);
    // SQLite: BEGIN IMMEDIATE makes the close wait for the submitting transaction.
    expect(counted).toBe(dialect === 'postgres' ? OTHERS : OTHERS + 1);
  });
});
