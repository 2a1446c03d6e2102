import { beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import { scoreRespondent } from '../../../../core/assessment/scoring.js';
import type { MyAssessments, Profile, SharedProfiles } from '../../../../core/schemas/assessment.js';
import { insertProfile, insertRound } from '../../test/assessment.js';
import { answerAndSubmit, answersMeaning, placed, signedInLeader } from '../../test/assessment-answers.js';
import { createCohort, enrolUser } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

/** automation 100, data 0, technology 62.5, coherence 43.75, concrete-status null, the rest 75. */
const ANSWERS = {
  ...answersMeaning(
    { automation: [5, 5, 5, 5], data: [1, 1, 1, 1], technology: [3, 3, 4, 4], coherence: [2, 3, 3, 3] },
    4,
  ),
  ...Object.fromEntries(
    (INSTRUMENT_V1.dimensions.find((d) => d.key === 'concrete-status')?.items ?? []).map((i) => [
      i.key,
      'dont_know' as const,
    ]),
  ),
};

describeEachDialect('the private profile', (dialect) => {
  const get = useTestApp(dialect);
  let org = '';
  beforeAll(async () => {
    org = (await signedInUser(get().app, get().ctx.db)).organisationId;
  });
  const call = (who: Session, method: 'GET' | 'PUT', url: string, payload?: object) =>
    send(get().app, who, { method, url, payload });
  const profileOf = async (who: Session, roundId: string) => {
    const res = await call(who, 'GET', `/api/my/assessments/${roundId}/profile`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Profile>();
  };
  /** An earlier round of mine, closed, with a submitted profile scoring 25 · (value − 1) everywhere. */
  const earlier = async (personId: string, name: string, daysAgo: number, value: 1 | 2 | 3 | 4 | 5) => {
    const now = Date.now();
    const round = await insertRound(get().ctx.db, org, {
      name,
      opensAt: iso(now - daysAgo * DAY),
      closesAt: iso(now - (daysAgo - 20) * DAY),
      invited: [placed(personId)],
    });
    const answers = answersMeaning({}, value);
    await insertProfile(get().ctx.db, org, round.id, personId, answers, {
      submittedAt: iso(now - (daysAgo - 10) * DAY),
      scores: scoreRespondent(INSTRUMENT_V1, answers),
    });
    return round;
  };

  it('shows each dimension with its band and the change since my previous round', async () => {
    const me = await signedInLeader(get().app, get().ctx.db, org);
    await earlier(me.person.id, 'Første', 200, 2);
    const previous = await earlier(me.person.id, 'Baseline', 90, 3);
    const round = await insertRound(get().ctx.db, org, {
      name: 'Opfølgning',
      invited: [placed(me.person.id)],
    });
    const submitted = (await answerAndSubmit(get().app, me.session, round.id, ANSWERS)).json<Profile>();

    const profile = await profileOf(me.session, round.id);
    expect(profile).toEqual(submitted);
    expect(profile.round).toMatchObject({ id: round.id, status: 'open', state: 'submitted' });
    expect(profile.previousRound).toEqual({ id: previous.id, name: 'Baseline' });
    const row = (key: string) => profile.dimensions.find((d) => d.key === key);
    expect(row('automation')).toMatchObject({ score: 100, band: 'leading', previous: 50, change: 50 });
    expect(row('data')).toMatchObject({ score: 0, band: 'starting', previous: 50, change: -50 });
    expect(row('technology')).toMatchObject({ score: 62.5, band: 'under-way', change: 12.5 });
    expect(row('coherence')).toMatchObject({ score: 43.8, band: 'exploring', change: -6.2 });
    expect(row('concrete-status')).toMatchObject({ score: null, band: null, previous: 50, change: null });
    expect(row('own-field')).toMatchObject({ score: 75, band: 'under-way', kind: 'advice' });
    expect(profile.dimensions.map((d) => d.key)).toEqual(INSTRUMENT_V1.dimensions.map((d) => d.key));
  });

  it('gives reflection questions for the three lowest dimensions', async () => {
    const me = await signedInLeader(get().app, get().ctx.db, org);
    const round = await insertRound(get().ctx.db, org, { invited: [placed(me.person.id)] });
    const profile = (await answerAndSubmit(get().app, me.session, round.id, ANSWERS)).json<Profile>();
    expect(profile.previousRound).toBeNull();
    expect(profile.dimensions.every((d) => d.previous === null && d.change === null)).toBe(true);
    expect(profile.reflections.map((r) => r.dimension)).toEqual(['data', 'coherence', 'technology']);
    const data = INSTRUMENT_V1.dimensions.find((d) => d.key === 'data');
    expect(profile.reflections[0]).toEqual({
      dimension: 'data',
      name: data?.name,
      questions: data?.reflections,
    });
  });

  it("compares with the round's compared round when I answered it, else my latest earlier one", async () => {
    const me = await signedInLeader(get().app, get().ctx.db, org);
    const first = await earlier(me.person.id, 'Første', 200, 2);
    const latest = await earlier(me.person.id, 'Seneste', 90, 3);
    // The compared round without a submitted profile of mine: my latest earlier round instead.
    const notMine = await insertRound(get().ctx.db, org, {
      opensAt: iso(Date.now() - 300 * DAY),
      closesAt: iso(Date.now() - 280 * DAY),
    });
    const other = await signedInLeader(get().app, get().ctx.db, org);
    const round = await insertRound(get().ctx.db, org, {
      compareRoundId: notMine.id,
      invited: [placed(me.person.id), placed(other.person.id)],
    });
    await insertProfile(get().ctx.db, org, notMine.id, other.person.id, answersMeaning({}, 5), {
      submittedAt: iso(Date.now() - 290 * DAY),
      scores: scoreRespondent(INSTRUMENT_V1, answersMeaning({}, 5)),
    });
    await answerAndSubmit(get().app, me.session, round.id, answersMeaning({}, 4));
    expect((await profileOf(me.session, round.id)).previousRound?.id).toBe(latest.id);

    // My answers in the compared round win over my latest earlier round (by now the round above).
    const compared = await insertRound(get().ctx.db, org, {
      compareRoundId: first.id,
      invited: [placed(me.person.id)],
    });
    await answerAndSubmit(get().app, me.session, compared.id, answersMeaning({}, 4));
    const p1 = await profileOf(me.session, compared.id);
    expect(p1.previousRound?.id).toBe(first.id);
    expect(p1.dimensions[0]).toMatchObject({ score: 75, previous: 25, change: 50 });
  });

  it('is 409 not_submitted before I submit, and only ever mine', async () => {
    const me = await signedInLeader(get().app, get().ctx.db, org);
    const other = await signedInLeader(get().app, get().ctx.db, org);
    const round = await insertRound(get().ctx.db, org, {
      invited: [placed(me.person.id), placed(other.person.id)],
    });
    const before = await call(me.session, 'GET', `/api/my/assessments/${round.id}/profile`);
    expect(before.statusCode).toBe(409);
    expect(before.json().error).toMatchObject({ code: 'conflict', reason: 'not_submitted' });
    await answerAndSubmit(get().app, other.session, round.id, answersMeaning({}, 5));
    expect((await call(me.session, 'GET', `/api/my/assessments/${round.id}/profile`)).statusCode).toBe(409);
  });

  describe('sharing with the facilitators', () => {
    it('shares and withdraws my submitted profile; refused before submitting; the body is checked', async () => {
      const me = await signedInLeader(get().app, get().ctx.db, org);
      const round = await insertRound(get().ctx.db, org, { invited: [placed(me.person.id)] });
      const url = `/api/my/assessments/${round.id}/share`;
      const early = await call(me.session, 'PUT', url, { shared: true });
      expect(early.statusCode).toBe(409);
      expect(early.json().error.reason).toBe('not_submitted');
      await answerAndSubmit(get().app, me.session, round.id, answersMeaning({}, 4));
      expect((await call(me.session, 'PUT', url, { shared: 'yes' })).statusCode).toBe(400);
      expect((await call(me.session, 'PUT', url, {})).statusCode).toBe(400);

      const shared = await call(me.session, 'PUT', url, { shared: true });
      expect(shared.statusCode, shared.body).toBe(200);
      expect(shared.json<Profile>()).toMatchObject({
        sharedWithFacilitators: true,
        round: { sharedWithFacilitators: true },
      });
      const list = (await call(me.session, 'GET', '/api/my/assessments')).json<MyAssessments>();
      expect(list.rounds.find((r) => r.id === round.id)?.sharedWithFacilitators).toBe(true);

      const withdrawn = await call(me.session, 'PUT', url, { shared: false });
      expect(withdrawn.json<Profile>().sharedWithFacilitators).toBe(false);
      const stored = await get()
        .ctx.db.kysely.selectFrom('assessment_profiles')
        .select('shared_with_facilitators_at')
        .where('round_id', '=', round.id)
        .executeTakeFirstOrThrow();
      expect(stored.shared_with_facilitators_at).toBeNull();
    });

    it('says whether sharing reaches a facilitator (canShare): the cohort’s, or — without one — mine now', async () => {
      const db = get().ctx.db;
      const facilitator = await signedInUser(get().app, db, ['facilitator'], org);
      const addFacilitator = (cohortId: string) =>
        db.kysely
          .insertInto('cohort_facilitators')
          .values({ cohort_id: cohortId, organisation_id: org, user_id: facilitator.id })
          .execute();
      const me = await signedInLeader(get().app, db, org);
      const wide = await insertRound(db, org, { invited: [placed(me.person.id)] });
      await answerAndSubmit(get().app, me.session, wide.id, answersMeaning({}, 4));
      const canShare = async (roundId: string) => (await profileOf(me.session, roundId)).canShare;

      // A round without a cohort: in no cohort, or one without a facilitator, nobody to share with.
      expect(await canShare(wide.id)).toBe(false);
      const mine = await createCohort(db, org);
      await enrolUser(db, org, mine.id, me.id);
      expect(await canShare(wide.id)).toBe(false);
      await addFacilitator(mine.id);
      expect(await canShare(wide.id)).toBe(true);
      // Sharing then reaches exactly that facilitator.
      await call(me.session, 'PUT', `/api/my/assessments/${wide.id}/share`, { shared: true });
      const read = await call(
        facilitator.session,
        'GET',
        `/api/assessment/rounds/${wide.id}/shared-profiles`,
      );
      expect(read.json<SharedProfiles>().profiles.map((p) => p.person.id)).toEqual([me.person.id]);
      // Removed from the cohort: nobody again (and the shared profile is no longer read).
      await db.kysely
        .updateTable('cohort_participants')
        .set({ removed_at: new Date().toISOString() })
        .where('cohort_id', '=', mine.id)
        .where('person_id', '=', me.person.id)
        .execute();
      const after = await profileOf(me.session, wide.id);
      expect(after).toMatchObject({ canShare: false, sharedWithFacilitators: true });

      // A cohort's round: whether that cohort has a facilitator, wherever else I take part.
      const other = await createCohort(db, org);
      const cohortRound = await insertRound(db, org, { cohortId: other.id, invited: [placed(me.person.id)] });
      await answerAndSubmit(get().app, me.session, cohortRound.id, answersMeaning({}, 4));
      expect(await canShare(cohortRound.id)).toBe(false);
      await addFacilitator(other.id);
      expect(await canShare(cohortRound.id)).toBe(true);
    });
  });
});
