import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundSummary } from '../../../../core/schemas/assessment.js';
import { DAY, HOUR } from '../../lib/clock.js';
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
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('assessment rounds: change, delete, remind, refuse', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Awaited<ReturnType<typeof signedInUser>>;
  let org = '';
  beforeAll(async () => {
    admin = await signedInUser(get().app, get().ctx.db, ['admin']);
    org = admin.organisationId;
  });
  const db = () => get().ctx.db;
  const now = () => get().clock.now();
  const at = (days: number) => new Date(now().getTime() + days * DAY).toISOString();
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who?: Session) =>
    send(get().app, who ?? admin.session, { method, url, payload });
  const openRound = async (n = 5, overrides: Record<string, unknown> = {}) => {
    const { cohort, people } = await cohortWithPeople(db(), org, n);
    const round = await createRoundVia(
      get().app,
      admin.session,
      roundBody(now(), { cohortId: cohort.id, ...overrides }),
    );
    return { round, cohort, people };
  };

  describe('changing', () => {
    it('changes name and close date of an open round, not its open date (409 round_open)', async () => {
      const { round } = await openRound();
      const url = `/api/assessment/rounds/${round.id}`;
      const res = await call('PATCH', url, { name: 'Baseline, forår', closesAt: at(20) });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<RoundSummary>()).toMatchObject({ name: 'Baseline, forår', closesAt: at(20) });
      const moved = await call('PATCH', url, { opensAt: at(1) });
      expect(moved.statusCode).toBe(409);
      expect(moved.json().error.reason).toBe('round_open');
      const past = await call('PATCH', url, { closesAt: at(-1) });
      expect(past.statusCode).toBe(400);
      expect(past.json().error.fields.closesAt).toBeTruthy();
      const audit = await auditOf(db(), round.id);
      expect(audit.map((a) => a.action)).toEqual(['assessment_round.created', 'assessment_round.updated']);
      expect(Object.keys(audit[1]?.changes ?? {}).sort()).toEqual(['closes_at', 'name']);
    });

    it('moves the open date of a scheduled round; moved to now, the invitations go at once', async () => {
      const { round } = await openRound(5, { opensAt: at(3) });
      const url = `/api/assessment/rounds/${round.id}`;
      expect((await call('PATCH', url, { opensAt: at(13), closesAt: at(12) })).statusCode).toBe(400);
      expect((await call('PATCH', url, { opensAt: at(200) })).statusCode).toBe(400);
      expect(await roundMails(db(), round.id)).toHaveLength(0);
      const res = await call('PATCH', url, { opensAt: now().toISOString() });
      expect(res.json<RoundSummary>().status).toBe('open');
      expect(await roundMails(db(), round.id)).toHaveLength(5);
    });

    it('refuses any change to a closed round (409 round_closed)', async () => {
      const { round } = await openRound();
      expect((await call('POST', `/api/assessment/rounds/${round.id}/close`)).statusCode).toBe(200);
      const res = await call('PATCH', `/api/assessment/rounds/${round.id}`, { name: 'Senere' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.reason).toBe('round_closed');
      expect(res.json().error.message).toContain('lukket');
    });

    it('lets only those who manage the round change it; other facilitators read it but get 403', async () => {
      const { round } = await openRound();
      const observer = await signedInUser(get().app, db(), ['observer'], org);
      const facilitator = await signedInUser(get().app, db(), ['facilitator'], org);
      const both = await signedInUser(get().app, db(), ['facilitator', 'observer'], org);
      const url = `/api/assessment/rounds/${round.id}`;
      expect((await call('PATCH', url, { name: 'x' }, observer.session)).statusCode).toBe(403);
      for (const who of [facilitator, both]) {
        const read = await call('GET', url, undefined, who.session);
        expect(read.statusCode).toBe(200);
        expect(read.json().canManage).toBe(false);
        for (const [method, path, body] of [
          ['PATCH', url, { name: 'x' }],
          ['POST', `${url}/close`, undefined],
          ['POST', `${url}/reminders`, undefined],
          ['DELETE', url, undefined],
        ] as const) {
          const res = await call(method, path, body, who.session);
          expect(res.statusCode, `${method} ${path}`).toBe(403);
          expect(res.json().error.reason).toBe('not_round_manager');
          expect(res.json().error.message).toBe(
            'Du kan se målingen, men ikke ændre, lukke, slette eller sende påmindelser. Det kan kun en administrator og facilitatorerne på målingens hold.',
          );
        }
      }
      const unchanged = await call('GET', url);
      expect(unchanged.json()).toMatchObject({ name: round.name, status: 'open', closedAt: null });
    });
  });

  describe('deleting', () => {
    it('deletes a scheduled round with its invitations; an opened one is 409 round_not_scheduled', async () => {
      const { round } = await openRound(5, { opensAt: at(2) });
      expect((await call('DELETE', `/api/assessment/rounds/${round.id}`)).statusCode).toBe(204);
      expect((await call('GET', `/api/assessment/rounds/${round.id}`)).statusCode).toBe(404);
      const left = await db()
        .kysely.selectFrom('assessment_invitations')
        .select('person_id')
        .where('round_id', '=', round.id)
        .execute();
      expect(left).toEqual([]);
      expect((await auditOf(db(), round.id)).map((a) => a.action)).toContain('assessment_round.deleted');

      const { round: open } = await openRound();
      const res = await call('DELETE', `/api/assessment/rounds/${open.id}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.reason).toBe('round_not_scheduled');
    });
  });

  describe('reminders', () => {
    it('mails everyone invited, answered or not, once a day at most, and records a count only', async () => {
      const { round, people } = await openRound(6);
      const [a, b, c] = people;
      await insertProfile(db(), org, round.id, a?.id ?? '', uniformAnswers(4), {
        submittedAt: now().toISOString(),
      });
      await insertProfile(db(), org, round.id, b?.id ?? '', uniformAnswers(2), {
        submittedAt: now().toISOString(),
      });
      await insertProfile(db(), org, round.id, c?.id ?? '', uniformAnswers(3));
      const invitations = () =>
        db()
          .kysely.selectFrom('assessment_invitations')
          .selectAll()
          .where('round_id', '=', round.id)
          .orderBy('person_id')
          .execute();
      const invitedBefore = await invitations();
      const addresses = await db()
        .kysely.selectFrom('persons')
        .select('email')
        .where(
          'id',
          'in',
          people.map((p) => p.id),
        )
        .execute();
      const url = `/api/assessment/rounds/${round.id}/reminders`;
      const res = await call('POST', url);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ sent: 6 });
      // Everyone gets it, those who answered too: the outbox says nothing about who did not answer.
      const reminders = (await roundMails(db(), round.id)).filter((m) => m.subject.startsWith('Påmindelse'));
      expect(reminders.map((m) => m.to_address).sort()).toEqual(addresses.map((a) => a.email).sort());
      for (const m of reminders) {
        expect(m.text_body).toContain('Hvis du allerede har svaret, så tak – du kan se bort fra denne mail.');
        expect(m.text_body).toContain(`/selvvurdering/${round.id}`);
        expect(m.text_body).toContain('Den lukker ');
        expect(m.text_body).toContain('grupper på mindst 5 personer');
      }
      // Nothing is noted per person: the invitations are as they were.
      expect(await invitations()).toEqual(invitedBefore);
      const again = await call('POST', url);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.reason).toBe('reminder_too_soon');
      get().clock.advance(AssessmentGap + HOUR);
      // A day later the session has gone idle: sign in again.
      admin = { ...admin, session: await loginAs(get().app, admin.email) };
      expect((await call('POST', url)).json()).toEqual({ sent: 6 });
      const audit = (await auditOf(db(), round.id)).filter((x) => x.action === 'assessment_round.reminded');
      expect(audit.map((x) => x.changes)).toEqual([{ sent: 6 }, { sent: 6 }]);
    });

    it('reminds only while the round is open (409 round_not_open)', async () => {
      const { round } = await openRound(5, { opensAt: at(1) });
      const res = await call('POST', `/api/assessment/rounds/${round.id}/reminders`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.reason).toBe('round_not_open');
    });
  });

  describe('raw answers', () => {
    it('always refuses them with a plain message (403 raw_answers_refused); 404 for another organisation', async () => {
      const { round, people } = await openRound();
      await insertProfile(db(), org, round.id, people[0]?.id ?? '', uniformAnswers(5), {
        submittedAt: now().toISOString(),
      });
      const url = `/api/assessment/rounds/${round.id}/responses`;
      for (const state of ['open', 'closed']) {
        const res = await call('GET', url);
        expect(res.statusCode, state).toBe(403);
        expect(res.json().error.reason).toBe('raw_answers_refused');
        expect(res.json().error.message).toBe(
          'Enkeltpersoners svar udleveres aldrig. Se resultaterne for grupper på mindst 5 personer under målingens resultater.',
        );
        await call('POST', `/api/assessment/rounds/${round.id}/close`);
      }
      const stranger = await signedInUser(get().app, db(), ['admin']);
      expect((await call('GET', url, undefined, stranger.session)).statusCode).toBe(404);
      expect((await get().app.inject({ method: 'GET', url })).statusCode).toBe(401);
    });
  });

  describe('another organisation', () => {
    it('gets 404 for every round route', async () => {
      const { round } = await openRound();
      const stranger = await signedInUser(get().app, db(), ['admin']);
      const url = `/api/assessment/rounds/${round.id}`;
      for (const [method, path, payload] of [
        ['GET', url, undefined],
        ['PATCH', url, { name: 'Fremmed' }],
        ['DELETE', url, undefined],
        ['POST', `${url}/close`, undefined],
        ['POST', `${url}/reminders`, undefined],
        ['GET', `${url}/responses`, undefined],
      ] as const) {
        const res = await call(method, path, payload, stranger.session);
        expect(res.statusCode, `${method} ${path}`).toBe(404);
      }
      expect((await call('GET', url)).json<RoundSummary>()).toMatchObject({
        name: 'Baseline 2027',
        status: 'open',
      });
    });
  });
});

const AssessmentGap = 24 * HOUR;
