import { beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import type { RoundList } from '../../../../core/schemas/assessment.js';
import { DAY } from '../../lib/clock.js';
import {
  auditOf,
  cohortWithPeople,
  createPeople,
  createRoundVia,
  enrol,
  roundBody,
  roundMails,
} from '../../test/assessment-rounds.js';
import { describeEachDialect } from '../../test/databases.js';
import { createField, createUnit, signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('assessment rounds: a round for a cohort', (dialect) => {
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

  describe('a round for a cohort', () => {
    it('invites the current participants, fixes where they stand, and mails them when it opens now', async () => {
      const top = await createUnit(db(), org, { name: 'Direktion' });
      const mid = await createUnit(db(), org, { name: 'Skole', parentId: top.id });
      const field = await createField(db(), org);
      const { cohort, people } = await cohortWithPeople(db(), org, 5);
      const [placed] = await createPeople(db(), org, 1, {
        unitId: mid.id,
        level: 'teamleder',
        fieldId: field.id,
      });
      const [removed] = await createPeople(db(), org, 1);
      const [left] = await createPeople(db(), org, 1, { left: true });
      const [noMail] = await createPeople(db(), org, 1, { email: null, level: 'chef' });
      await enrol(db(), org, cohort.id, [placed?.id ?? '', left?.id ?? '', noMail?.id ?? '']);
      await enrol(db(), org, cohort.id, [removed?.id ?? ''], true);

      const round = await createRoundVia(get().app, admin.session, roundBody(now(), { cohortId: cohort.id }));
      expect(round).toMatchObject({
        status: 'open',
        cohort: { id: cohort.id, name: cohort.name },
        population: null,
        invited: 7,
        answered: 0,
        k: 5,
        canManage: true,
        instrumentVersion: INSTRUMENT_V1.version,
      });
      const invitations = await db()
        .kysely.selectFrom('assessment_invitations')
        .selectAll()
        .where('round_id', '=', round.id)
        .execute();
      expect(invitations.map((i) => i.person_id).sort()).toEqual(
        [...people.map((p) => p.id), placed?.id, noMail?.id].sort(),
      );
      const mine = invitations.find((i) => i.person_id === placed?.id);
      expect(JSON.parse(mine?.unit_path ?? '')).toEqual([top.id, mid.id]);
      expect(mine).toMatchObject({ level: 'teamleder', field_id: field.id, filter_keys: '[]' });
      expect(JSON.parse(invitations.find((i) => i.person_id === noMail?.id)?.unit_path ?? '')).toEqual([]);

      const stored = await db()
        .kysely.selectFrom('assessment_rounds')
        .selectAll()
        .where('id', '=', round.id)
        .executeTakeFirstOrThrow();
      expect(stored.filters).toBe('[]');
      expect(stored.invitations_sent_at).not.toBeNull();
      expect(JSON.parse(stored.instrument)).toEqual(INSTRUMENT_V1);

      const mails = await roundMails(db(), round.id);
      expect(mails).toHaveLength(6);
      expect(mails[0]?.subject).toBe('Selvvurdering: Baseline 2027');
      expect(mails[0]?.text_body).toContain('Dine svar er private');
      expect(mails[0]?.text_body).toContain('grupper på mindst 5 personer');
      expect(mails[0]?.text_body).toContain(`/selvvurdering/${round.id}`);

      const audit = await auditOf(db(), round.id);
      expect(audit.map((a) => a.action)).toEqual(['assessment_round.created']);
      expect(audit[0]?.changes).toMatchObject({ invited: 7, cohortId: cohort.id });
    });

    it('waits for the open date: no mails before the round opens', async () => {
      const { cohort } = await cohortWithPeople(db(), org, 5);
      const opensAt = new Date(now().getTime() + 2 * DAY).toISOString();
      const round = await createRoundVia(
        get().app,
        admin.session,
        roundBody(now(), { cohortId: cohort.id, opensAt }),
      );
      expect(round.status).toBe('scheduled');
      expect(await roundMails(db(), round.id)).toHaveLength(0);
    });

    it('refuses fewer than k invited (409 too_few_invited, saying how many are needed)', async () => {
      const { cohort } = await cohortWithPeople(db(), org, 4);
      const res = await call('POST', '/api/assessment/rounds', roundBody(now(), { cohortId: cohort.id }));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.reason).toBe('too_few_invited');
      expect(res.json().error.message).toContain('mindst 5 personer');
      expect(res.json().error.message).toContain('giver 4');
    });

    it('lets a facilitator open rounds for their own cohorts only, and never for a population; they read all', async () => {
      const facilitator = await user(['facilitator']);
      const own = await cohortWithPeople(db(), org, 5, { facilitatorUserIds: [facilitator.id] });
      const other = await cohortWithPeople(db(), org, 5);
      const s = facilitator.session;
      const mine = await createRoundVia(get().app, s, roundBody(now(), { cohortId: own.cohort.id }));
      expect(mine.canManage).toBe(true);
      const foreign = await call(
        'POST',
        '/api/assessment/rounds',
        roundBody(now(), { cohortId: other.cohort.id }),
        s,
      );
      expect(foreign.statusCode).toBe(404);
      const population = { unitId: null, levels: ['leder'], fieldId: null };
      const wide = await call('POST', '/api/assessment/rounds', roundBody(now(), { population }), s);
      expect(wide.statusCode).toBe(403);

      const theirs = await createRoundVia(
        get().app,
        admin.session,
        roundBody(now(), { cohortId: other.cohort.id }),
      );
      // They read every round of the organisation, and manage only their own cohort's.
      const list = (await call('GET', '/api/assessment/rounds', undefined, s)).json<RoundList>();
      expect(list.canCreate).toBe(true);
      const listed = new Map(list.rounds.map((r) => [r.id, r.canManage]));
      expect(listed.get(mine.id)).toBe(true);
      expect(listed.get(theirs.id)).toBe(false);
      const read = await call('GET', `/api/assessment/rounds/${theirs.id}`, undefined, s);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ id: theirs.id, canManage: false });
      // …and may compare a round of their own cohort with another cohort's.
      const compared = await createRoundVia(
        get().app,
        s,
        roundBody(now(), { cohortId: own.cohort.id, compareRoundId: theirs.id }),
      );
      expect(compared.compareRound).toEqual({ id: theirs.id, name: theirs.name });
      const lonely = await user(['facilitator']);
      expect((await call('GET', '/api/assessment/rounds', undefined, lonely.session)).json().canCreate).toBe(
        false,
      );
    });
  });
});
