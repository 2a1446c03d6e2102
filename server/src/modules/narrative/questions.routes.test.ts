import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { NarrativeQuestionRes, NarrativeReadingRes } from '../../../../core/schemas/narrative.js';
import { MINUTE } from '../../lib/clock.js';
import { describeEachDialect } from '../../test/databases.js';
import { createUser, loginAs, signedInUser } from '../../test/factories.js';
import { insertNarrativeVersion, narrativeDocument, narrativePart } from '../../test/narrative.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';
import { OPEN_QUESTIONS_PER_PERSON } from './questions.service.js';

const BASE = '/api/narrative';
const QUESTIONS = `${BASE}/questions`;

describeEachDialect('base narrative: questions', (dialect) => {
  const get = useTestApp(dialect);
  /** An organisation with a published narrative (parts `first`, `second`), its admin and three askers. */
  async function world() {
    const { app, ctx } = get();
    const admin = await signedInUser(app, ctx.db);
    const org = admin.organisationId;
    await insertNarrativeVersion(ctx.db, org, {
      status: 'published',
      document: narrativeDocument([narrativePart('first'), narrativePart('second')]),
    });
    const person = async (name: string, roles: Array<'participant' | 'employee' | 'observer'>) => {
      const user = await createUser(ctx.db, { organisationId: org, roles, name });
      return { ...user, name, session: await loginAs(app, user.email) };
    };
    const lene = await person('Lene Spørgelyst', ['participant']);
    const mads = await person('Mads Nysgerrig', ['employee']);
    const dorthe = await person('Dorthe Undrende', ['observer']);
    const askers = [lene, mads, dorthe];
    const responses: LightMyRequestResponse[] = [];
    const call = async (
      who: Session,
      method: 'GET' | 'POST' | 'PUT' | 'DELETE',
      url: string,
      payload?: object,
    ) => {
      const res = await send(app, who, { method, url, payload });
      responses.push(res);
      return res;
    };
    const ask = (who: Session, partKey: string, question: string) =>
      call(who, 'POST', QUESTIONS, { partKey, question });
    const reading = async (who: Session) => (await call(who, 'GET', BASE)).json<NarrativeReadingRes>();
    /** No answer ever names who asked: not their id, name or e-mail. */
    const noAskerIn = () => {
      for (const res of responses)
        for (const a of askers) for (const s of [a.id, a.name, a.email]) expect(res.body).not.toContain(s);
    };
    return { org, admin: admin.session, lene, mads, dorthe, call, ask, reading, noAskerIn };
  }
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world();
  });
  const auditOf = (org: string) =>
    get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('organisation_id', '=', org)
      .where('entity_type', '=', 'narrative_question')
      .execute();

  it('shows answered questions to all, open ones to their asker and to administrators, in reading order, never who asked', async () => {
    const { ask, reading, call, lene, mads, dorthe, admin } = w;
    const clock = get().clock;
    const leneSecond = (
      await ask(lene.session, 'second', 'Hvad betyder det for mit team?')
    ).json<NarrativeQuestionRes>();
    clock.advance(MINUTE);
    const madsFirst = (
      await ask(mads.session, 'first', 'Skal vi bruge nye systemer?')
    ).json<NarrativeQuestionRes>();
    clock.advance(MINUTE);
    const dortheFirst = (
      await ask(dorthe.session, 'first', 'Hvem betaler for det nye?')
    ).json<NarrativeQuestionRes>();
    expect(leneSecond).toMatchObject({ partKey: 'second', answer: null, answeredAt: null, mine: true });

    const answered = await call(admin, 'PUT', `${QUESTIONS}/${madsFirst.id}/answer`, {
      answer: 'Kun hvis det hjælper.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      answer: 'Kun hvis det hjælper.',
      answeredAt: expect.any(String),
      mine: false,
    });

    const ids = (r: NarrativeReadingRes) => r.questions.map((q) => q.id);
    const forLene = await reading(lene.session);
    expect(ids(forLene)).toEqual([madsFirst.id, leneSecond.id]);
    expect(forLene.questions.map((q) => q.mine)).toEqual([false, true]);
    expect(forLene.openQuestions).toBe(0);
    expect(ids(await reading(mads.session))).toEqual([madsFirst.id]);
    expect((await reading(mads.session)).questions[0]?.mine).toBe(true);
    expect(ids(await reading(dorthe.session))).toEqual([madsFirst.id, dortheFirst.id]);
    const forAdmin = await reading(admin);
    // Part order of the published narrative first, then the oldest question first.
    expect(ids(forAdmin)).toEqual([madsFirst.id, dortheFirst.id, leneSecond.id]);
    expect(forAdmin.openQuestions).toBe(2);
    expect(forAdmin.questions.every((q) => !q.mine)).toBe(true);
    w.noAskerIn();
  });

  it('refuses a part the published narrative does not have (400 partKey), and asks nothing before one is published', async () => {
    const { ask, lene } = w;
    const unknown = await ask(lene.session, 'third', 'Hvad med den del?');
    expect(unknown.statusCode).toBe(400);
    expect(Object.keys(unknown.json().error.fields)).toEqual(['partKey']);
    const elsewhere = await signedInUser(get().app, get().ctx.db, ['employee']);
    await insertNarrativeVersion(get().ctx.db, elsewhere.organisationId); // a draft only
    const noneYet = await send(get().app, elsewhere.session, {
      method: 'POST',
      url: QUESTIONS,
      payload: { partKey: 'del-1', question: 'Hvad står der i kladden?' },
    });
    expect(Object.keys(noneYet.json().error.fields)).toEqual(['partKey']);
  });

  it(`lets a person have at most ${OPEN_QUESTIONS_PER_PERSON} open questions, and writes no audit entry for asking`, async () => {
    const { app, ctx } = get();
    const { ask, call, admin, org } = w;
    const user = await createUser(ctx.db, { organisationId: org, roles: ['participant'] });
    const who = await loginAs(app, user.email);
    const asked: string[] = [];
    for (let i = 0; i < OPEN_QUESTIONS_PER_PERSON; i++) {
      const res = await ask(who, 'first', `Spørgsmål nummer ${i + 1}?`);
      expect(res.statusCode, res.body).toBe(201);
      asked.push(res.json().id);
    }
    const refused = await ask(who, 'second', 'Og et sjette spørgsmål?');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'conflict', reason: 'too_many_open_questions' });
    expect(refused.json().error.message).toContain(`${OPEN_QUESTIONS_PER_PERSON} spørgsmål`);
    // An answer frees a place; a colleague was never limited by this person's questions.
    await call(admin, 'PUT', `${QUESTIONS}/${asked[0]}/answer`, { answer: 'Godt spørgsmål.' });
    expect((await ask(who, 'second', 'Og et sjette spørgsmål?')).statusCode).toBe(201);
    expect((await ask(w.mads.session, 'second', 'Må jeg også spørge?')).statusCode).toBe(201);
    const stored = await ctx.db.kysely
      .selectFrom('narrative_questions')
      .select('asked_by_user_id')
      .where('organisation_id', '=', org)
      .where('asked_by_user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(OPEN_QUESTIONS_PER_PERSON + 1);
    // Asked all at once (two tabs, a double click): the cap still holds.
    const eager = await createUser(ctx.db, { organisationId: org, roles: ['participant'] });
    const eagerSession = await loginAs(app, eager.email);
    const burst = await Promise.all(
      Array.from({ length: OPEN_QUESTIONS_PER_PERSON + 2 }, (_, i) =>
        ask(eagerSession, 'first', `Hurtigt spørgsmål ${i}?`),
      ),
    );
    expect(burst.map((r) => r.statusCode).sort()).toEqual([
      ...Array(OPEN_QUESTIONS_PER_PERSON).fill(201),
      409,
      409,
    ]);
    const actions = (await auditOf(org)).map((a) => a.action);
    expect(actions.every((a) => a === 'narrative_question.answered')).toBe(true);
  });

  it('e-mails the asker once, in their language, when a question is answered; answering again edits the answer', async () => {
    const { ctx } = get();
    const { ask, call, admin, lene, dorthe, org } = w;
    await ctx.db.kysely.updateTable('users').set({ locale: 'en' }).where('id', '=', dorthe.id).execute();
    const mailsTo = (to: string) =>
      ctx.db.kysely.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).execute();
    const before = { lene: (await mailsTo(lene.email)).length, dorthe: (await mailsTo(dorthe.email)).length };

    const q = (await ask(lene.session, 'second', 'Hvornår starter vi?')).json<NarrativeQuestionRes>();
    const first = (
      await call(admin, 'PUT', `${QUESTIONS}/${q.id}/answer`, { answer: 'Til foråret.' })
    ).json();
    get().clock.advance(MINUTE);
    const edited = await call(admin, 'PUT', `${QUESTIONS}/${q.id}/answer`, { answer: 'I marts.' });
    expect(edited.json()).toMatchObject({ answer: 'I marts.', answeredAt: first.answeredAt });
    const leneMails = await mailsTo(lene.email);
    expect(leneMails).toHaveLength(before.lene + 1);
    const mail = leneMails.at(-1)!;
    expect(mail).toMatchObject({
      subject: 'Dit spørgsmål til fortællingen er besvaret',
      status: 'queued',
      organisation_id: org,
    });
    expect(mail.text_body).toContain('Hej Lene Spørgelyst');
    expect(mail.text_body).toContain(`${ctx.config.publicUrl}/fortaelling`);
    expect(mail.text_body).toContain(`"${narrativePart('second').headline}"`);
    // The truth, no more: the page shows questions without names (the outbox holds the address).
    expect(mail.text_body).toContain(
      'På siden står spørgsmålene uden navn, så de andre ledere kan ikke se, at det var dig, der spurgte.',
    );
    expect(mail.text_body).not.toContain('ingen kan se');
    const job = await ctx.db.kysely
      .selectFrom('jobs')
      .select('payload')
      .where('name', '=', 'mail.send')
      .where('payload', 'like', `%${mail.id}%`)
      .executeTakeFirst();
    expect(job).toBeDefined();

    const dq = (await ask(dorthe.session, 'first', 'Who decides this?')).json<NarrativeQuestionRes>();
    await call(admin, 'PUT', `${QUESTIONS}/${dq.id}/answer`, { answer: 'We do, together.' });
    expect((await mailsTo(dorthe.email)).at(-1)?.subject).toBe(
      'Your question about the narrative has been answered',
    );
    expect(await mailsTo(dorthe.email)).toHaveLength(before.dorthe + 1);

    const audit = (await auditOf(org)).filter((a) => a.action === 'narrative_question.answered');
    expect(audit.map((a) => JSON.parse(a.changes ?? '{}'))).toContainEqual({
      partKey: 'second',
      edited: true,
    });
    expect(audit.map((a) => a.changes).join(' ')).not.toContain('starter');
    w.noAskerIn();
  });

  it('writes to nobody when the asker has left: account gone or membership deactivated', async () => {
    const { app, ctx } = get();
    const { ask, call, admin, org } = w;
    const leaving = await createUser(ctx.db, { organisationId: org, roles: ['employee'] });
    const gone = await createUser(ctx.db, { organisationId: org, roles: ['employee'] });
    const a = (await ask(await loginAs(app, leaving.email), 'first', 'Hvad nu med mig?')).json();
    const b = (await ask(await loginAs(app, gone.email), 'first', 'Og hvad med mig?')).json();
    await ctx.db.kysely
      .updateTable('memberships')
      .set({ deactivated_at: new Date().toISOString() })
      .where('user_id', '=', leaving.id)
      .execute();
    await ctx.db.kysely.deleteFrom('sessions').where('user_id', '=', gone.id).execute();
    await ctx.db.kysely.deleteFrom('memberships').where('user_id', '=', gone.id).execute();
    await ctx.db.kysely.deleteFrom('users').where('id', '=', gone.id).execute();
    for (const id of [a.id, b.id])
      expect(
        (await call(admin, 'PUT', `${QUESTIONS}/${id}/answer`, { answer: 'Svar til alle.' })).statusCode,
      ).toBe(200);
    const mails = await ctx.db.kysely
      .selectFrom('mail_outbox')
      .select('id')
      .where('to_address', 'in', [leaving.email, gone.email])
      .execute();
    expect(mails).toEqual([]);
  });

  it('lets the asker take back an open question, administrators remove any (audited), and nobody else', async () => {
    const { ask, call, admin, lene, mads, org, reading } = w;
    const open = (await ask(lene.session, 'first', 'Kan jeg fortryde?')).json<NarrativeQuestionRes>();
    const answered = (await ask(lene.session, 'first', 'Er det her besvaret?')).json<NarrativeQuestionRes>();
    await call(admin, 'PUT', `${QUESTIONS}/${answered.id}/answer`, { answer: 'Ja.' });
    const del = (who: Session, id: string) => call(who, 'DELETE', `${QUESTIONS}/${id}`);
    const auditCount = async () =>
      (await auditOf(org)).filter((a) => a.action === 'narrative_question.deleted').length;
    const deletedBefore = await auditCount();

    // Someone else's open question does not exist for Mads; an answered one is not his to remove.
    expect((await del(mads.session, open.id)).statusCode).toBe(404);
    const notHis = await del(mads.session, answered.id);
    expect([notHis.statusCode, notHis.json().error.code]).toEqual([403, 'forbidden']);
    // Once answered, the question belongs to everybody's page: the asker cannot remove it.
    expect((await del(lene.session, answered.id)).statusCode).toBe(403);
    expect((await del(lene.session, open.id)).statusCode).toBe(204);
    expect(await auditCount()).toBe(deletedBefore);
    expect((await del(lene.session, open.id)).statusCode).toBe(404);

    expect((await del(admin, answered.id)).statusCode).toBe(204);
    expect(await auditCount()).toBe(deletedBefore + 1);
    const left = (await reading(admin)).questions.map((q) => q.id);
    expect(left).not.toContain(open.id);
    expect(left).not.toContain(answered.id);
    w.noAskerIn();
  });
});
