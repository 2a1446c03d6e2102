import { beforeAll, expect, it } from 'vitest';
import { INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import { scoreRespondent } from '../../../../core/assessment/scoring.js';
import type { SharedProfiles } from '../../../../core/schemas/assessment.js';
import { insertProfile, insertRound } from '../../test/assessment.js';
import { answersMeaning, placed } from '../../test/assessment-answers.js';
import { createCohort, enrolNew, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

/** An invitation row's placement columns for the person (as insertRound writes them). */
const placedRow = (personId: string) => ({
  person_id: personId,
  unit_path: '[]',
  level: 'leder',
  field_id: null,
  filter_keys: '[]',
});

describeEachDialect('profiles shared with the facilitators', (dialect) => {
  const get = useTestApp(dialect);
  let org = '';
  beforeAll(async () => {
    org = (await signedInUser(get().app, get().ctx.db)).organisationId;
  });
  const read = (who: Session | null, roundId: string) =>
    send(get().app, who, { method: 'GET', url: `/api/assessment/rounds/${roundId}/shared-profiles` });
  const names = async (who: Session, roundId: string) => {
    const res = await read(who, roundId);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<SharedProfiles>().profiles.map((p) => p.person.name);
  };
  /** A submitted profile of the person, shared with the facilitators unless `shared` is false. */
  const submitted = async (
    roundId: string,
    personId: string,
    shared = true,
    answers = answersMeaning({}, 4),
  ) => {
    return insertProfile(get().ctx.db, org, roundId, personId, answers, {
      submittedAt: new Date().toISOString(),
      scores: scoreRespondent(INSTRUMENT_V1, answers),
      sharedAt: shared ? new Date().toISOString() : null,
    });
  };
  /** A cohort with its facilitator and three participants: Anna shares, Bo does not, Cai never answers. */
  const cohortRound = async () => {
    const db = get().ctx.db;
    const facilitator = await signedInUser(get().app, db, ['facilitator'], org);
    const cohort = await createCohort(db, org, {
      endsOn: '2099-12-31',
      facilitatorUserIds: [facilitator.id],
    });
    const anna = await enrolNew(db, org, cohort.id, `Anna ${crypto.randomUUID().slice(0, 6)}`);
    const bo = await enrolNew(db, org, cohort.id, `Bo ${crypto.randomUUID().slice(0, 6)}`);
    const cai = await enrolNew(db, org, cohort.id, `Cai ${crypto.randomUUID().slice(0, 6)}`);
    const round = await insertRound(db, org, {
      cohortId: cohort.id,
      invited: [placed(anna.id), placed(bo.id), placed(cai.id)],
    });
    const annaProfile = await submitted(round.id, anna.id);
    await submitted(round.id, bo.id, false);
    return { facilitator, cohort, anna, bo, cai, round, annaProfile };
  };

  it('401 without a session, 403 for a participant, 404 for a missing round or another organisation', async () => {
    const { round, cohort } = await cohortRound();
    expect((await read(null, round.id)).statusCode).toBe(401);
    const mate = await signedInParticipant(get().app, get().ctx.db, org, cohort.id);
    expect((await read(mate.session, round.id)).statusCode).toBe(403);
    const admin = await signedInUser(get().app, get().ctx.db, ['admin', 'facilitator']);
    expect((await read(admin.session, round.id)).statusCode).toBe(404);
    const own = await signedInUser(get().app, get().ctx.db, ['admin'], org);
    expect((await read(own.session, crypto.randomUUID())).statusCode).toBe(404);
    expect((await read(own.session, 'not-an-id')).statusCode).toBe(400);
  });

  it("shows the cohort's facilitator only the profiles that were shared, and until withdrawn", async () => {
    const { facilitator, anna, round } = await cohortRound();
    const res = await read(facilitator.session, round.id);
    const body = res.json<SharedProfiles>();
    expect(body.profiles).toHaveLength(1);
    expect(body.profiles[0]?.person).toEqual({ id: anna.id, name: anna.name });
    // The band only: no score, no earlier score, no change.
    expect(body.profiles[0]?.dimensions[0]).toEqual({
      key: 'automation',
      kind: 'focus_area',
      name: INSTRUMENT_V1.dimensions[0]?.name,
      band: 'under-way',
    });
    await get()
      .ctx.db.kysely.updateTable('assessment_profiles')
      .set({ shared_with_facilitators_at: null })
      .where('person_id', '=', anna.id)
      .execute();
    expect(await names(facilitator.session, round.id)).toEqual([]);
  });

  it("gives the facilitator no number of a shared profile's scores, only bands", async () => {
    const db = get().ctx.db;
    const { facilitator, cohort, round } = await cohortRound();
    // Scores with decimals and spread over the scale, so that any of them would show if sent.
    const answers = answersMeaning(
      { automation: [5, 4, 4, 2], data: [2, 3, 1, 2], technology: [5, 5, 4] },
      2,
    );
    const dora = await enrolNew(db, org, cohort.id, `Dora ${crypto.randomUUID().slice(0, 6)}`);
    await db.kysely
      .insertInto('assessment_invitations')
      .values({ ...placedRow(dora.id), round_id: round.id, organisation_id: org })
      .execute();
    await submitted(round.id, dora.id, true, answers);
    const scores = scoreRespondent(INSTRUMENT_V1, answers).flatMap((s) =>
      s.score === null ? [] : [s.score],
    );
    expect(scores.some((s) => !Number.isInteger(s))).toBe(true);

    const res = await read(facilitator.session, round.id);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<SharedProfiles>();
    expect(body.profiles.map((p) => p.person.id)).toContain(dora.id);
    // No number anywhere in the answer, and no key that could carry one.
    const numbers: unknown[] = [];
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'number') numbers.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          keys.add(k);
          walk(x);
        }
    };
    walk(body);
    expect(numbers).toEqual([]);
    for (const k of ['score', 'previous', 'change', 'scores', 'answers']) expect(keys.has(k)).toBe(false);
    // Without the ids, names and times, not a digit is left: none of the scores, in any form.
    let rest = res.body;
    for (const p of body.profiles)
      for (const s of [p.person.id, p.person.name, p.sharedAt]) rest = rest.split(s).join('');
    expect(rest).not.toMatch(/[0-9]/);
    for (const s of scores) expect(rest).not.toContain(String(Math.round(s * 10) / 10));
  });

  it('shows administrators, observers and other facilitators an empty list', async () => {
    const { round } = await cohortRound();
    const db = get().ctx.db;
    const admin = await signedInUser(get().app, db, ['admin'], org);
    const observer = await signedInUser(get().app, db, ['observer'], org);
    expect(await names(admin.session, round.id)).toEqual([]);
    expect(await names(observer.session, round.id)).toEqual([]);
    // Another cohort's facilitator sees the round (its counts), but none of its profiles.
    const other = await signedInUser(get().app, db, ['facilitator'], org);
    await createCohort(db, org, { facilitatorUserIds: [other.id] });
    expect(await names(other.session, round.id)).toEqual([]);
  });

  it('without a cohort: the facilitators of a cohort the person takes part in now', async () => {
    const db = get().ctx.db;
    const { facilitator, cohort, anna } = await cohortRound();
    const removed = await enrolNew(db, org, cohort.id, 'Dorte Udmeldt');
    await db.kysely
      .updateTable('cohort_participants')
      .set({ removed_at: new Date().toISOString() })
      .where('person_id', '=', removed.id)
      .execute();
    const elsewhere = await enrolNew(db, org, (await createCohort(db, org)).id, 'Eva Andetsteds');
    const round = await insertRound(db, org, {
      invited: [placed(anna.id), placed(removed.id), placed(elsewhere.id)],
    });
    for (const person of [anna, removed, elsewhere]) await submitted(round.id, person.id);

    expect(await names(facilitator.session, round.id)).toEqual([anna.name]);
    // The facilitator reaches the round's page: the round itself reads 200 for them.
    const page = await send(get().app, facilitator.session, {
      method: 'GET',
      url: `/api/assessment/rounds/${round.id}`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ id: round.id, cohort: null, canManage: false });
    const admin = await signedInUser(get().app, db, ['admin'], org);
    expect(await names(admin.session, round.id)).toEqual([]);
    const other = await signedInUser(get().app, db, ['facilitator'], org);
    await createCohort(db, org, { facilitatorUserIds: [other.id] });
    expect(await names(other.session, round.id)).toEqual([]);
  });
});
