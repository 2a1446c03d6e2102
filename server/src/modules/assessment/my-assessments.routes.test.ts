import { beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import type { MyAnswering, MyAssessments, Profile } from '../../../../core/schemas/assessment.js';
import { insertProfile, insertRound, uniformAnswers } from '../../test/assessment.js';
import { placed, signedInLeader } from '../../test/assessment-answers.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const DAY = 86_400_000;
const ITEMS = INSTRUMENT_V1.dimensions.flatMap((d) => d.items.map((i) => i.key));
const [FIRST, SECOND, THIRD] = ITEMS as [string, string, string];

describeEachDialect('a leader answering a round', (dialect) => {
  const get = useTestApp(dialect);
  let org = '';
  beforeAll(async () => {
    org = (await signedInUser(get().app, get().ctx.db)).organisationId;
  });
  const call = (who: Session | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    send(get().app, who, { method, url, payload });
  const url = (roundId: string, rest = '') => `/api/my/assessments/${roundId}${rest}`;
  const save = (who: Session, roundId: string, answers: Record<string, unknown>) =>
    call(who, 'PUT', url(roundId, '/answers'), { answers });
  const submit = (who: Session, roundId: string) => call(who, 'POST', url(roundId, '/submit'));
  /** A leader invited to a new round (open unless dates are given). */
  const invited = async (options: Parameters<typeof insertRound>[2] = {}) => {
    const me = await signedInLeader(get().app, get().ctx.db, org);
    const round = await insertRound(get().ctx.db, org, { ...options, invited: [placed(me.person.id)] });
    return { me, round };
  };

  describe('refusals first', () => {
    it('401 without a session on every route', async () => {
      const { round } = await invited();
      for (const [method, path] of [
        ['GET', '/api/my/assessments'],
        ['GET', url(round.id)],
        ['PUT', url(round.id, '/answers')],
        ['POST', url(round.id, '/submit')],
        ['GET', url(round.id, '/profile')],
        ['PUT', url(round.id, '/share')],
      ] as const) {
        const res = await call(null, method, path, method === 'GET' ? undefined : { answers: {} });
        expect(res.statusCode, `${method} ${path}`).toBe(401);
      }
    });

    it('403 for a change without the CSRF token', async () => {
      const { me, round } = await invited();
      const res = await send(get().app, me.session, {
        method: 'PUT',
        url: url(round.id, '/answers'),
        payload: { answers: { [FIRST]: 3 } },
        headers: { 'x-csrf-token': 'wrong' },
      });
      expect(res.statusCode).toBe(403);
    });

    it('404 for a round I am not invited to, one of another organisation, or none at all', async () => {
      const { round } = await invited();
      const colleague = await signedInLeader(get().app, get().ctx.db, org, [
        'admin',
        'facilitator',
        'observer',
      ]);
      const stranger = await signedInLeader(
        get().app,
        get().ctx.db,
        (await signedInUser(get().app, get().ctx.db)).organisationId,
      );
      for (const who of [colleague.session, stranger.session]) {
        for (const [method, path] of [
          ['GET', url(round.id)],
          ['PUT', url(round.id, '/answers')],
          ['POST', url(round.id, '/submit')],
          ['GET', url(round.id, '/profile')],
          ['PUT', url(round.id, '/share')],
        ] as const) {
          const body = path.endsWith('/share') ? { shared: true } : { answers: { [FIRST]: 3 } };
          const res = await call(who, method, path, method === 'GET' ? undefined : body);
          expect(res.statusCode, `${method} ${path}`).toBe(404);
          expect(res.json().error.code).toBe('not_found');
        }
      }
      const none = await call(colleague.session, 'GET', url(crypto.randomUUID()));
      expect(none.statusCode).toBe(404);
      const list = (await call(colleague.session, 'GET', '/api/my/assessments')).json<MyAssessments>();
      expect(list.rounds.map((r) => r.id)).not.toContain(round.id);
    });

    it('400 for an answer outside the scale, with a message naming the scale', async () => {
      const { me, round } = await invited();
      for (const value of [0, 6, 2.5, '3', 'maybe']) {
        const res = await save(me.session, round.id, { [FIRST]: value });
        expect(res.statusCode, String(value)).toBe(400);
        const error = res.json().error;
        expect(error.code).toBe('validation_failed');
        expect(error.fields[`answers.${FIRST}`]).toBe(
          'Svaret skal være et tal fra 1 til 5 eller "ved ikke".',
        );
      }
      expect((await call(me.session, 'GET', url(round.id))).json<MyAnswering>().round.state).toBe(
        'not_started',
      );
    });

    it('400 for an unknown statement, naming it; nothing is saved', async () => {
      const { me, round } = await invited();
      const res = await save(me.session, round.id, { [FIRST]: 4, 'automation.not-a-statement': 2 });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['answers.automation.not-a-statement']);
      expect(res.json().error.fields['answers.automation.not-a-statement']).toContain('findes ikke');
      const unknownBody = await call(me.session, 'PUT', url(round.id, '/answers'), { answers: {}, extra: 1 });
      expect(unknownBody.statusCode).toBe(400);
      expect((await call(me.session, 'GET', url(round.id))).json<MyAnswering>().answers).toEqual({});
    });
  });

  it('lists my rounds newest first with my progress, and nobody else’s', async () => {
    const me = await signedInLeader(get().app, get().ctx.db, org);
    const db = get().ctx.db;
    const now = Date.now();
    const iso = (t: number) => new Date(t).toISOString();
    const old = await insertRound(db, org, {
      name: 'Baseline',
      opensAt: iso(now - 90 * DAY),
      closesAt: iso(now - 60 * DAY),
      invited: [placed(me.person.id)],
    });
    const open = await insertRound(db, org, { name: 'Opfølgning', invited: [placed(me.person.id)] });
    const later = await insertRound(db, org, {
      name: 'Senere',
      opensAt: iso(now + 10 * DAY),
      closesAt: iso(now + 20 * DAY),
      invited: [placed(me.person.id)],
    });
    await insertRound(db, org, { name: 'Ikke min' });
    await insertProfile(db, org, old.id, me.person.id, uniformAnswers(4), {
      submittedAt: iso(now - 70 * DAY),
    });
    expect((await save(me.session, open.id, { [FIRST]: 'dont_know', [SECOND]: 5 })).statusCode).toBe(200);

    const list = (await call(me.session, 'GET', '/api/my/assessments')).json<MyAssessments>();
    expect(list.rounds.map((r) => [r.name, r.status, r.state, r.answeredItems])).toEqual([
      ['Senere', 'scheduled', 'not_started', 0],
      ['Opfølgning', 'open', 'draft', 2],
      ['Baseline', 'closed', 'submitted', ITEMS.length],
    ]);
    expect(list.rounds.every((r) => r.totalItems === ITEMS.length && !r.sharedWithFacilitators)).toBe(true);
    expect(list.rounds.map((r) => r.id)).toEqual([later.id, open.id, old.id]);
  });

  it('saves and continues, clears with null, then submits and shows the profile', async () => {
    const { me, round } = await invited();
    const first = await save(me.session, round.id, { [FIRST]: 4, [SECOND]: 'dont_know' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<MyAnswering>()).toMatchObject({
      round: { state: 'draft', answeredItems: 2 },
      answers: { [FIRST]: 4, [SECOND]: 'dont_know' },
      submittedAt: null,
    });
    const second = await save(me.session, round.id, { [SECOND]: null, [THIRD]: 1 });
    expect(second.json<MyAnswering>().answers).toEqual({ [FIRST]: 4, [THIRD]: 1 });

    const read = (await call(me.session, 'GET', url(round.id))).json<MyAnswering>();
    expect(read.answers).toEqual({ [FIRST]: 4, [THIRD]: 1 });
    expect(read.instrument.dimensions).toHaveLength(INSTRUMENT_V1.dimensions.length);
    expect(JSON.stringify(read.instrument)).not.toMatch(/reverse|reflections/);

    const early = await submit(me.session, round.id);
    expect(early.statusCode).toBe(400);
    expect(early.json().error.reason).toBe('unanswered');
    const missing = ITEMS.length - 2;
    expect(Object.keys(early.json().error.fields)).toHaveLength(missing);
    expect(early.json().error.fields[`answers.${SECOND}`]).toBeDefined();
    expect(early.json().error.message).toContain(`${missing} spørgsmål`);
    expect((await call(me.session, 'GET', url(round.id, '/profile'))).json().error.reason).toBe(
      'not_submitted',
    );

    const rest = Object.fromEntries(
      ITEMS.filter((k) => k !== FIRST && k !== THIRD).map((k) => [k, 'dont_know']),
    );
    expect((await save(me.session, round.id, rest)).statusCode).toBe(200);
    const done = await submit(me.session, round.id);
    expect(done.statusCode, done.body).toBe(200);
    const profile = done.json<Profile>();
    expect(profile.round.state).toBe('submitted');
    expect(profile.submittedAt).toBeTruthy();
    expect((await call(me.session, 'GET', url(round.id))).json<MyAnswering>().submittedAt).toBe(
      profile.submittedAt,
    );
  });

  it('refuses answering twice: saving or submitting after submit is 409 already_submitted', async () => {
    const { me, round } = await invited();
    await save(me.session, round.id, uniformAnswers(2));
    expect((await submit(me.session, round.id)).statusCode).toBe(200);
    for (const res of [
      await save(me.session, round.id, { [FIRST]: 5 }),
      await submit(me.session, round.id),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.reason).toBe('already_submitted');
      expect(res.json().error.message).toContain('allerede sendt');
    }
    expect((await call(me.session, 'GET', url(round.id))).json<MyAnswering>().answers[FIRST]).toBe(2);
  });

  it('refuses a round that is not open: closed by date, by hand, or not yet opened', async () => {
    const now = Date.now();
    const iso = (t: number) => new Date(t).toISOString();
    for (const dates of [
      { opensAt: iso(now - 9 * DAY), closesAt: iso(now - DAY) },
      { closedAt: iso(now - 1000) },
      { opensAt: iso(now + DAY), closesAt: iso(now + 9 * DAY) },
    ]) {
      const { me, round } = await invited(dates);
      await insertProfile(get().ctx.db, org, round.id, me.person.id, uniformAnswers(3));
      for (const res of [
        await save(me.session, round.id, { [FIRST]: 5 }),
        await submit(me.session, round.id),
      ]) {
        expect(res.statusCode, JSON.stringify(dates)).toBe(409);
        expect(res.json().error.reason).toBe('round_not_open');
      }
    }
  });

  it('parallel first saves all land, merged into one draft', async () => {
    const { me, round } = await invited();
    const keys = ITEMS.slice(0, 6);
    const results = await Promise.all(keys.map((key) => save(me.session, round.id, { [key]: 4 })));
    expect(results.map((r) => r.statusCode)).toEqual(keys.map(() => 200));
    const read = (await call(me.session, 'GET', url(round.id))).json<MyAnswering>();
    expect(Object.keys(read.answers).sort()).toEqual([...keys].sort());
    const rows = await get()
      .ctx.db.kysely.selectFrom('assessment_profiles')
      .select('id')
      .where('round_id', '=', round.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('parallel submits: one succeeds, the other is 409 already_submitted', async () => {
    const { me, round } = await invited();
    await save(me.session, round.id, uniformAnswers(4));
    const results = await Promise.all([submit(me.session, round.id), submit(me.session, round.id)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const refused = results.find((r) => r.statusCode === 409);
    expect(refused?.json().error.reason).toBe('already_submitted');
  });

  it('writes nothing to the audit log when saving, submitting or sharing', async () => {
    const { me, round } = await invited();
    const audit = () =>
      get().ctx.db.kysely.selectFrom('audit_log').select('id').where('organisation_id', '=', org).execute();
    const before = (await audit()).length;
    await save(me.session, round.id, uniformAnswers(5));
    await submit(me.session, round.id);
    expect((await call(me.session, 'PUT', url(round.id, '/share'), { shared: true })).statusCode).toBe(200);
    expect((await audit()).length).toBe(before);
  });
});
