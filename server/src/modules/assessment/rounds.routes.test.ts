import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundList, RoundSummary } from '../../../../core/schemas/assessment.js';
import { DAY } from '../../lib/clock.js';
import { auditOf, cohortWithPeople, createRoundVia, roundBody } from '../../test/assessment-rounds.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('assessment rounds: who may, settings, dates, reading', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Awaited<ReturnType<typeof signedInUser>>;
  let org = '';
  beforeAll(async () => {
    admin = await signedInUser(get().app, get().ctx.db, ['admin']);
    org = admin.organisationId;
  });
  const db = () => get().ctx.db;
  const now = () => get().clock.now();
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, who?: Session) =>
    send(get().app, who ?? admin.session, { method, url, payload });
  const user = async (roles: Parameters<typeof signedInUser>[2]) => signedInUser(get().app, db(), roles, org);

  describe('who may', () => {
    it('needs a session (401) on every route', async () => {
      const id = crypto.randomUUID();
      for (const [method, url] of [
        ['GET', '/api/assessment/settings'],
        ['PUT', '/api/assessment/settings'],
        ['GET', '/api/assessment/rounds'],
        ['POST', '/api/assessment/rounds'],
        ['GET', `/api/assessment/rounds/${id}`],
        ['PATCH', `/api/assessment/rounds/${id}`],
        ['DELETE', `/api/assessment/rounds/${id}`],
        ['POST', `/api/assessment/rounds/${id}/close`],
        ['POST', `/api/assessment/rounds/${id}/reminders`],
        ['GET', `/api/assessment/rounds/${id}/responses`],
      ] as const) {
        const res = await get().app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
        expect(res.statusCode, `${method} ${url}`).toBe(401);
      }
    });

    it('refuses employees and participants (403); observers look but open nothing', async () => {
      for (const roles of [['employee'], ['participant']] as const) {
        const u = await user([...roles]);
        expect((await call('GET', '/api/assessment/rounds', undefined, u.session)).statusCode).toBe(403);
        expect((await call('GET', '/api/assessment/settings', undefined, u.session)).statusCode).toBe(403);
      }
      const observer = await user(['observer']);
      const list = await call('GET', '/api/assessment/rounds', undefined, observer.session);
      expect(list.statusCode).toBe(200);
      expect(list.json<RoundList>().canCreate).toBe(false);
      const { cohort } = await cohortWithPeople(db(), org, 5);
      const made = await call(
        'POST',
        '/api/assessment/rounds',
        roundBody(now(), { cohortId: cohort.id }),
        observer.session,
      );
      expect(made.statusCode).toBe(403);
      expect((await call('PUT', '/api/assessment/settings', { k: 6 }, observer.session)).statusCode).toBe(
        403,
      );
    });
  });

  describe('settings (k)', () => {
    it('starts at the default and refuses a k outside 3–50 with a message naming the bounds', async () => {
      const own = await signedInUser(get().app, db(), ['admin']);
      const read = await call('GET', '/api/assessment/settings', undefined, own.session);
      expect(read.json()).toEqual({ k: 5, defaultK: 5, minK: 3, maxK: 50 });
      for (const k of [2, 0, 51, 4.5]) {
        const res = await call('PUT', '/api/assessment/settings', { k }, own.session);
        expect(res.statusCode, String(k)).toBe(400);
        expect(res.json().error.fields.k).toBeTruthy();
      }
      const low = await call('PUT', '/api/assessment/settings', { k: 2 }, own.session);
      expect(low.json().error.fields.k).toBe('Vælg et helt tal fra 3 til 50.');
      const set = await call('PUT', '/api/assessment/settings', { k: 7 }, own.session);
      expect(set.statusCode).toBe(200);
      expect(set.json().k).toBe(7);
      expect((await call('GET', '/api/assessment/settings', undefined, own.session)).json().k).toBe(7);
      const audit = await auditOf(db(), own.organisationId);
      expect(audit.map((a) => a.action)).toContain('assessment_settings.updated');
      expect(audit.find((a) => a.action === 'assessment_settings.updated')?.changes).toEqual({
        k: { before: 5, after: 7 },
      });
      const other = await signedInUser(get().app, db(), ['admin']);
      expect((await call('GET', '/api/assessment/settings', undefined, other.session)).json().k).toBe(5);
    });
  });

  describe('dates', () => {
    it('needs a close date in the future, after the open date, at most 120 days after it', async () => {
      const { cohort } = await cohortWithPeople(db(), org, 5);
      const t = now().getTime();
      const at = (days: number) => new Date(t + days * DAY).toISOString();
      for (const [opensAt, closesAt] of [
        [at(-10), at(-1)],
        [at(5), at(4)],
        [at(1), at(122)],
        [at(2), at(2)],
      ] as const) {
        const res = await call(
          'POST',
          '/api/assessment/rounds',
          roundBody(now(), { cohortId: cohort.id, opensAt, closesAt }),
        );
        expect(res.statusCode, `${opensAt} → ${closesAt}`).toBe(400);
        expect(res.json().error.fields.closesAt).toBeTruthy();
      }
      const ok = await call(
        'POST',
        '/api/assessment/rounds',
        roundBody(now(), { cohortId: cohort.id, closesAt: at(119) }),
      );
      expect(ok.statusCode).toBe(201);
    });
  });

  describe('reading', () => {
    it('lists newest first with counts only, and keeps other organisations out (404)', async () => {
      const own = await signedInUser(get().app, db(), ['admin']);
      const o = own.organisationId;
      const { cohort, people } = await cohortWithPeople(db(), o, 6);
      const t = now().getTime();
      const older = await createRoundVia(
        get().app,
        own.session,
        roundBody(now(), { cohortId: cohort.id, name: 'Først' }),
      );
      const newer = await createRoundVia(
        get().app,
        own.session,
        roundBody(now(), {
          cohortId: cohort.id,
          name: 'Så',
          opensAt: new Date(t + DAY).toISOString(),
          compareRoundId: older.id,
        }),
      );
      const submitted = new Date(t).toISOString();
      for (const [i, p] of people.slice(0, 3).entries()) {
        await db()
          .kysely.insertInto('assessment_profiles')
          .values({
            id: crypto.randomUUID(),
            organisation_id: o,
            round_id: older.id,
            person_id: p.id,
            answers: '{}',
            scores: null,
            submitted_at: i < 2 ? submitted : null,
            shared_with_facilitators_at: null,
            created_at: submitted,
            updated_at: submitted,
          })
          .execute();
      }
      const list = (await call('GET', '/api/assessment/rounds', undefined, own.session)).json<RoundList>();
      expect(list.canCreate).toBe(true);
      expect(list.rounds.map((r) => r.name)).toEqual(['Så', 'Først']);
      expect(list.rounds[0]?.compareRound).toEqual({ id: older.id, name: 'Først' });
      expect(list.rounds[1]).toMatchObject({ invited: 6, answered: 2 });
      expect(JSON.stringify(list)).not.toContain(people[0]?.id);

      const observer = await signedInUser(get().app, db(), ['observer'], o);
      const seen = (
        await call('GET', '/api/assessment/rounds', undefined, observer.session)
      ).json<RoundList>();
      expect(seen.rounds.map((r) => [r.id, r.canManage])).toEqual([
        [newer.id, false],
        [older.id, false],
      ]);
      const one = await call('GET', `/api/assessment/rounds/${older.id}`, undefined, observer.session);
      expect(one.json<RoundSummary>()).toMatchObject({ id: older.id, answered: 2 });

      const stranger = await signedInUser(get().app, db(), ['admin']);
      expect(
        (await call('GET', `/api/assessment/rounds/${older.id}`, undefined, stranger.session)).statusCode,
      ).toBe(404);
      const theirs = (
        await call('GET', '/api/assessment/rounds', undefined, stranger.session)
      ).json<RoundList>();
      expect(theirs.rounds).toEqual([]);
    });
  });
});
