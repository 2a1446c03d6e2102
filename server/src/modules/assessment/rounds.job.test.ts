import { expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../lib/clock.js';
import { insertProfile, uniformAnswers } from '../../test/assessment.js';
import {
  auditOf,
  cohortWithPeople,
  createRoundVia,
  roundBody,
  roundMails,
} from '../../test/assessment-rounds.js';
import { describeEachDialect } from '../../test/databases.js';
import { loginAs, signedInUser } from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';
import { AUTO_REMINDER_DAYS, runAssessmentRounds } from './rounds.job.js';

describeEachDialect('the rounds job', (dialect) => {
  const get = useTestApp(dialect);
  const db = () => get().ctx.db;
  const at = (ms: number) => new Date(get().clock.now().getTime() + ms).toISOString();
  /** Two instances at once, then one more run: each thing must still happen once. */
  const runs = async () => {
    await Promise.all([runAssessmentRounds(get().ctx), runAssessmentRounds(get().ctx)]);
    await runAssessmentRounds(get().ctx);
  };
  const actions = async (roundId: string) => (await auditOf(db(), roundId)).map((a) => a.action);
  async function scheduled(opensIn: number, closesIn: number, n = 6) {
    const admin = await signedInUser(get().app, db(), ['admin']);
    const org = admin.organisationId;
    const { cohort, people } = await cohortWithPeople(db(), org, n);
    const round = await createRoundVia(
      get().app,
      admin.session,
      roundBody(get().clock.now(), { cohortId: cohort.id, opensAt: at(opensIn), closesAt: at(closesIn) }),
    );
    return { admin, org, people, round };
  }

  it('invites when the round opens, reminds once three days before it closes, and closes it once', async () => {
    const { org, people, round } = await scheduled(DAY, 10 * DAY);
    await runs();
    expect(await roundMails(db(), round.id)).toHaveLength(0);

    get().clock.advance(DAY + MINUTE);
    await runs();
    const invitations = await roundMails(db(), round.id);
    expect(invitations).toHaveLength(6);
    expect(invitations.every((m) => m.subject === 'Selvvurdering: Baseline 2027')).toBe(true);
    expect(await actions(round.id)).toEqual([
      'assessment_round.created',
      'assessment_round.invitations_sent',
    ]);

    const now = get().clock.now().toISOString();
    for (const p of people.slice(0, 2))
      await insertProfile(db(), org, round.id, p.id, uniformAnswers(4), { submittedAt: now });
    await insertProfile(db(), org, round.id, people[2]?.id ?? '', uniformAnswers(1));

    get().clock.advance((9 - AUTO_REMINDER_DAYS) * DAY - 2 * HOUR);
    await runs();
    expect(await roundMails(db(), round.id)).toHaveLength(6);
    get().clock.advance(3 * HOUR);
    await runs();
    const reminders = (await roundMails(db(), round.id)).filter((m) => m.subject.startsWith('Påmindelse'));
    // Everyone invited, the two who answered too: the outbox does not list who did not answer.
    expect(reminders.map((m) => m.to_address).sort()).toEqual(invitations.map((m) => m.to_address).sort());
    expect(reminders.every((m) => m.text_body.includes('Hvis du allerede har svaret, så tak'))).toBe(true);
    const reminded = (await auditOf(db(), round.id)).filter((a) => a.action === 'assessment_round.reminded');
    expect(reminded.map((a) => [a.actor_user_id, a.changes])).toEqual([[null, { sent: 6, automatic: true }]]);
    get().clock.advance(DAY + HOUR);
    await runs();
    expect(await roundMails(db(), round.id)).toHaveLength(12);

    get().clock.advance(2 * DAY);
    await runs();
    const closed = await db()
      .kysely.selectFrom('assessment_rounds')
      .select(['closed_at', 'k', 'release'])
      .where('id', '=', round.id)
      .executeTakeFirstOrThrow();
    expect(closed.closed_at).not.toBeNull();
    expect(closed.k).toBe(5);
    expect(JSON.parse(closed.release ?? 'null').populations[0].breakdowns.total[0]).toMatchObject({
      released: false,
      reason: 'too_few',
    });
    const responses = await db()
      .kysely.selectFrom('assessment_responses')
      .select('id')
      .where('round_id', '=', round.id)
      .execute();
    expect(responses).toHaveLength(2);
    const closings = (await auditOf(db(), round.id)).filter((a) => a.action === 'assessment_round.closed');
    expect(closings.map((a) => [a.actor_user_id, a.changes])).toEqual([
      [null, { respondents: 2, k: 5, closedBy: 'schedule' }],
    ]);
    const drafts = await db()
      .kysely.selectFrom('assessment_profiles')
      .select('id')
      .where('round_id', '=', round.id)
      .where('submitted_at', 'is', null)
      .execute();
    expect(drafts).toEqual([]);
  });

  it('sends no automatic reminder after a reminder by hand in the last days, nor on the day of the invitations', async () => {
    const byHand = await scheduled(-MINUTE, 5 * DAY);
    const late = await scheduled(2 * DAY, 4 * DAY);
    get().clock.advance(2 * DAY + HOUR);
    // Two days on, the session has gone idle: sign in again.
    const session = await loginAs(get().app, byHand.admin.email);
    const url = `/api/assessment/rounds/${byHand.round.id}/reminders`;
    const res = await send(get().app, session, { method: 'POST', url });
    expect(res.statusCode, res.body).toBe(200);
    await runs();
    const reminded = async (roundId: string) =>
      (await auditOf(db(), roundId)).filter((a) => a.action === 'assessment_round.reminded').length;
    expect(await actions(late.round.id)).toEqual([
      'assessment_round.created',
      'assessment_round.invitations_sent',
    ]);
    expect(await reminded(late.round.id)).toBe(0);
    expect(await reminded(byHand.round.id)).toBe(1);
    get().clock.advance(DAY + 2 * HOUR);
    await runs();
    expect(await reminded(late.round.id)).toBe(1);
    expect(await reminded(byHand.round.id)).toBe(1);
    expect(await actions(byHand.round.id)).not.toContain('assessment_round.invitations_sent');
  });

  it('closes a round whose date passed before anyone was invited, without inviting', async () => {
    const { round } = await scheduled(DAY, 2 * DAY);
    get().clock.advance(3 * DAY);
    await runs();
    expect(await roundMails(db(), round.id)).toHaveLength(0);
    expect(await actions(round.id)).toEqual(['assessment_round.created', 'assessment_round.closed']);
  });
});
