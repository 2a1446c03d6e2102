import { beforeAll, describe, expect, it } from 'vitest';
import type { LearningSetProposalRes, LearningSetsRes } from '../../../../core/schemas/learning-sets.js';
import { createCohort, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { createPerson, createUser, signedInUser } from '../../test/factories.js';
import { enrolPerson, setUnitManager, splittableCohort } from '../../test/learning-sets.js';
import { createMeeting } from '../../test/set-meetings.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('learning sets', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    admin = a.session;
    org = a.organisationId;
  });
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, who = admin) =>
    send(get().app, who, { method, url, payload });
  const path = (cohortId: string, rest = '') => `/api/cohorts/${cohortId}/learning-sets${rest}`;
  const setsRows = (cohortId: string) =>
    get().ctx.db.kysely.selectFrom('learning_sets').select('id').where('cohort_id', '=', cohortId).execute();
  const auditActions = async (entityId: string) =>
    (
      await get()
        .ctx.db.kysely.selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', entityId)
        .orderBy('created_at')
        .execute()
    ).map((r) => r.action);

  describe('proposal', () => {
    it('splits everyone once, keeps each manager apart from their reports, and writes nothing', async () => {
      const cohort = await createCohort(get().ctx.db, org);
      const { manager, reports, everyone } = await splittableCohort(get().ctx.db, org, cohort.id);
      const res = await call('POST', path(cohort.id, '/proposal'), { size: 4, seed: 7 });
      expect(res.statusCode, res.body).toBe(200);
      const proposal = res.json<LearningSetProposalRes>();
      const placed = proposal.sets.flatMap((s) => s.members.map((m) => m.personId));
      expect([...placed].sort()).toEqual(everyone.map((p) => p.id).sort());
      for (const set of proposal.sets) {
        expect(set.members.length).toBeGreaterThanOrEqual(3);
        expect(set.members.length).toBeLessThanOrEqual(4);
        const ids = set.members.map((m) => m.personId);
        if (ids.includes(manager.id)) for (const r of reports) expect(ids).not.toContain(r.id);
      }
      expect(proposal.sets[0]?.name).toBe('Sæt 1');
      expect(proposal.constraints).toContainEqual({ kind: 'manager_apart', pairs: reports.length });
      const report = proposal.sets.flatMap((s) => s.members).find((m) => m.personId === reports[0]!.id);
      expect(report?.managerIds).toEqual([manager.id]);
      expect(report?.areaName).toMatch(/^Forvaltning 1/);
      expect(proposal.overall.total).toBeGreaterThan(0);
      // The same seed gives the same sets.
      const again = (await call('POST', path(cohort.id, '/proposal'), { size: 4, seed: 7 })).json();
      expect(again).toEqual(proposal);
      expect(await setsRows(cohort.id)).toEqual([]);
      expect(await auditActions(cohort.id)).toEqual([]);
    });

    it('says which rule makes it impossible, and for whom', async () => {
      const small = await createCohort(get().ctx.db, org);
      for (let i = 0; i < 2; i++)
        await enrolPerson(get().ctx.db, org, small.id, (await createPerson(get().ctx.db, org)).id);
      const few = await call('POST', path(small.id, '/proposal'), { size: 4 });
      expect(few.statusCode).toBe(409);
      expect(few.json().error.reason).toBe('too_few');

      // One boss over everyone else: whatever set they sit in holds one of their reports.
      const cohort = await createCohort(get().ctx.db, org);
      const { manager, areas } = await splittableCohort(get().ctx.db, org, cohort.id, {
        perArea: 5,
        areas: 1,
      });
      await setUnitManager(get().ctx.db, areas[0]!.id, manager.id);
      const res = await call('POST', path(cohort.id, '/proposal'), { size: 3 });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.reason).toBe('manager_conflict');
      expect(res.json().error.message).toContain(manager.name);
    });

    it('refuses a size outside 3–12', async () => {
      const cohort = await createCohort(get().ctx.db, org);
      expect((await call('POST', path(cohort.id, '/proposal'), { size: 2 })).statusCode).toBe(400);
      expect((await call('POST', path(cohort.id, '/proposal'), { size: 13 })).statusCode).toBe(400);
    });
  });

  describe('saving', () => {
    it('saves the whole split, shows it with scores and those left out, replaces it, and audits it', async () => {
      const cohort = await createCohort(get().ctx.db, org);
      const { areas, everyone } = await splittableCohort(get().ctx.db, org, cohort.id);
      const facilitator = await createUser(get().ctx.db, {
        organisationId: org,
        roles: ['facilitator'],
        name: 'Fie Facilitator',
      });
      const [a, b, c] = areas.map((x) => x.people);
      const first = [a![1]!.id, b![0]!.id, c![0]!.id];
      const second = [a![2]!.id, b![1]!.id, c![1]!.id];
      const res = await call('PUT', path(cohort.id), {
        sets: [
          { name: 'Sæt 1', facilitatorUserId: facilitator.id, personIds: first },
          { name: 'Sæt 2', facilitatorUserId: null, personIds: second },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      const saved = res.json<LearningSetsRes>();
      expect(saved.sets.map((s) => s.name)).toEqual(['Sæt 1', 'Sæt 2']);
      expect(saved.sets[0]?.facilitator).toEqual({ id: facilitator.id, name: 'Fie Facilitator' });
      expect(saved.sets[0]?.members.map((m) => m.personId).sort()).toEqual([...first].sort());
      expect(saved.sets[0]?.score.areas).toBe(1);
      expect(saved.unassigned.length).toBe(everyone.length - 6);
      expect(saved.lockedAt).toBeNull();
      expect(saved.overall?.total).toBeGreaterThan(0);
      expect((await call('GET', path(cohort.id))).json()).toEqual(saved);

      const replaced = await call('PUT', path(cohort.id), {
        sets: [{ name: 'Alle', facilitatorUserId: null, personIds: everyone.slice(1).map((p) => p.id) }],
      });
      expect(replaced.statusCode, replaced.body).toBe(200);
      expect(replaced.json<LearningSetsRes>().sets.map((s) => s.name)).toEqual(['Alle']);
      expect(await setsRows(cohort.id)).toHaveLength(1);
      expect(await auditActions(cohort.id)).toEqual(['learning_sets.saved', 'learning_sets.saved']);
    });

    it('keeps each set’s id by position, so its meetings stay; removing a set with meetings is refused', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org);
      const { areas } = await splittableCohort(db, org, cohort.id);
      const [a, b, c] = areas.map((x) => x.people.map((p) => p.id));
      const put = (sets: string[][]) =>
        call('PUT', path(cohort.id), {
          sets: sets.map((personIds, i) => ({ name: `Sæt ${i + 1}`, facilitatorUserId: null, personIds })),
        });
      const first = await put([
        [a![1]!, b![0]!],
        [a![2]!, b![1]!],
        [c![0]!, c![1]!],
      ]);
      const ids = first.json<LearningSetsRes>().sets.map((s) => s.id);
      const meeting = await createMeeting(db, org, { cohortId: cohort.id, setId: ids[0]! });

      // One more set: the three keep their ids (and new members), the fourth is new.
      const more = await put([
        [a![1]!, c![0]!],
        [a![2]!, b![1]!],
        [b![0]!, c![1]!],
        [c![2]!, a![3]!],
      ]);
      expect(more.statusCode, more.body).toBe(200);
      const four = more.json<LearningSetsRes>().sets;
      expect(four.slice(0, 3).map((s) => s.id)).toEqual(ids);
      expect(four[0]!.members.map((m) => m.personId).sort()).toEqual([a![1]!, c![0]!].sort());
      expect(ids).not.toContain(four[3]!.id);

      // Fewer: the sets beyond the new last position go, when they have no meetings.
      const fewer = await put([[a![1]!, c![0]!], [a![2]!]]);
      expect(fewer.statusCode, fewer.body).toBe(200);
      expect(fewer.json<LearningSetsRes>().sets.map((s) => s.id)).toEqual(ids.slice(0, 2));
      expect(await setsRows(cohort.id)).toHaveLength(2);

      await createMeeting(db, org, { cohortId: cohort.id, setId: ids[1]! });
      const refused = await put([[a![1]!]]);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.reason).toBe('has_meetings');
      expect(refused.json().error.message).toContain('Sæt 2');
      expect(refused.json().error.message).toMatch(/Flyt møderne/);
      expect(await setsRows(cohort.id)).toHaveLength(2);
      const kept = await db.kysely
        .selectFrom('learning_set_meetings')
        .select('set_id')
        .where('id', '=', meeting.id)
        .executeTakeFirst();
      expect(kept?.set_id).toBe(ids[0]);
    });

    it('keeps a set named by id with its meetings when a set before it is dropped, and refuses an unknown id', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org);
      const { areas } = await splittableCohort(db, org, cohort.id);
      const [a, b, c] = areas.map((x) => x.people.map((p) => p.id));
      const first = await call('PUT', path(cohort.id), {
        sets: [
          [a![0]!, b![0]!],
          [a![1]!, b![1]!],
          [c![0]!, c![1]!],
        ].map((personIds, i) => ({
          name: `Sæt ${i + 1}`,
          facilitatorUserId: null,
          personIds,
        })),
      });
      const ids = first.json<LearningSetsRes>().sets.map((s) => s.id);
      const meeting = await createMeeting(db, org, { cohortId: cohort.id, setId: ids[2]! });

      // The editor emptied set 2 and leaves it out; set 3 names its id and keeps its meeting.
      const saved = await call('PUT', path(cohort.id), {
        sets: [
          { id: ids[0], name: 'Sæt 1', facilitatorUserId: null, personIds: [a![1]!, b![0]!, a![2]!] },
          { id: ids[2], name: 'Sæt 3', facilitatorUserId: null, personIds: [c![0]!, c![1]!, b![1]!] },
        ],
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json<LearningSetsRes>().sets.map((s) => s.id)).toEqual([ids[0], ids[2]]);
      const kept = await db.kysely
        .selectFrom('learning_set_meetings')
        .select('set_id')
        .where('id', '=', meeting.id)
        .executeTakeFirst();
      expect(kept?.set_id).toBe(ids[2]);

      for (const id of [crypto.randomUUID(), ids[0]]) {
        const res = await call('PUT', path(cohort.id), {
          sets: [
            { id: ids[0], name: 'Sæt 1', facilitatorUserId: null, personIds: [a![1]!] },
            { id, name: 'Sæt 2', facilitatorUserId: null, personIds: [c![0]!] },
          ],
        });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.fields.sets).toMatch(/Genindlæs/);
      }
    });

    it('refuses a foreign person, someone twice, a manager with their report, and a non-facilitator', async () => {
      const cohort = await createCohort(get().ctx.db, org);
      const { manager, reports, areas } = await splittableCohort(get().ctx.db, org, cohort.id);
      const b = areas[1]!.people;
      const notEnrolled = await createPerson(get().ctx.db, org);
      const put = (sets: Array<{ personIds: string[]; facilitatorUserId?: string | null }>) =>
        call('PUT', path(cohort.id), {
          sets: sets.map((s, i) => ({ name: `Sæt ${i + 1}`, facilitatorUserId: null, ...s })),
        });

      const foreign = await put([{ personIds: [b[0]!.id, notEnrolled.id] }]);
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().error.fields).toHaveProperty('sets');

      const twice = await put([{ personIds: [b[0]!.id, b[1]!.id] }, { personIds: [b[1]!.id, b[2]!.id] }]);
      expect(twice.statusCode).toBe(400);
      expect(twice.json().error.fields.sets).toContain(b[1]!.name);

      const pair = await put([{ personIds: [manager.id, b[0]!.id, reports[0]!.id] }]);
      expect(pair.statusCode).toBe(409);
      expect(pair.json().error.reason).toBe('manager_pair');
      expect(pair.json().error.message).toContain(manager.name);
      expect(pair.json().error.message).toContain(reports[0]!.name);

      const employee = await createUser(get().ctx.db, { organisationId: org, roles: ['employee'] });
      const notFacilitator = await put([{ personIds: [b[0]!.id], facilitatorUserId: employee.id }]);
      expect(notFacilitator.statusCode).toBe(400);
      expect(notFacilitator.json().error.fields).toHaveProperty('sets');

      expect(await setsRows(cohort.id)).toEqual([]);
    });

    it('locks: saves are refused until unlocked; locking needs saved sets', async () => {
      const cohort = await createCohort(get().ctx.db, org);
      const { areas } = await splittableCohort(get().ctx.db, org, cohort.id);
      const nothing = await call('POST', path(cohort.id, '/lock'));
      expect(nothing.statusCode).toBe(409);
      expect(nothing.json().error.reason).toBe('nothing_to_lock');
      const body = {
        sets: [{ name: 'Sæt 1', facilitatorUserId: null, personIds: areas.map((a) => a.people[1]!.id) }],
      };
      expect((await call('PUT', path(cohort.id), body)).statusCode).toBe(200);
      const locked = await call('POST', path(cohort.id, '/lock'));
      expect(locked.statusCode).toBe(200);
      expect(locked.json<LearningSetsRes>().lockedAt).not.toBeNull();
      const refused = await call('PUT', path(cohort.id), body);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.reason).toBe('locked');
      // Locking again changes nothing and writes no second entry.
      expect((await call('POST', path(cohort.id, '/lock'))).statusCode).toBe(200);
      const unlocked = await call('POST', path(cohort.id, '/unlock'));
      expect(unlocked.json<LearningSetsRes>().lockedAt).toBeNull();
      expect((await call('PUT', path(cohort.id), body)).statusCode).toBe(200);
      expect(await auditActions(cohort.id)).toEqual([
        'learning_sets.saved',
        'learning_sets.locked',
        'learning_sets.unlocked',
        'learning_sets.saved',
      ]);
    });
  });

  describe('who may', () => {
    it('the cohort’s facilitator may; a facilitator of another cohort gets 404; observers and participants 403', async () => {
      const facilitator = await signedInUser(get().app, get().ctx.db, ['facilitator'], org);
      const mine = await createCohort(get().ctx.db, org, { facilitatorUserIds: [facilitator.id] });
      const other = await createCohort(get().ctx.db, org);
      await splittableCohort(get().ctx.db, org, mine.id);
      await splittableCohort(get().ctx.db, org, other.id);
      expect((await call('GET', path(mine.id), undefined, facilitator.session)).statusCode).toBe(200);
      expect(
        (await call('POST', path(mine.id, '/proposal'), { size: 4 }, facilitator.session)).statusCode,
      ).toBe(200);
      for (const [method, rest, payload] of [
        ['GET', '', undefined],
        ['POST', '/proposal', { size: 4 }],
        ['PUT', '', { sets: [] }],
        ['POST', '/lock', undefined],
        ['POST', '/unlock', undefined],
      ] as const) {
        const res = await call(method, path(other.id, rest), payload, facilitator.session);
        expect(res.statusCode, `${method} ${rest}`).toBe(404);
      }
      const observer = await signedInUser(get().app, get().ctx.db, ['observer'], org);
      expect((await call('GET', path(mine.id), undefined, observer.session)).statusCode).toBe(403);
      const participant = await signedInParticipant(get().app, get().ctx.db, org, mine.id);
      expect((await call('GET', path(mine.id), undefined, participant.session)).statusCode).toBe(403);
      expect(
        (await call('POST', path(mine.id, '/proposal'), { size: 4 }, participant.session)).statusCode,
      ).toBe(403);
    });

    it('another organisation’s administrator gets 404, and a person of theirs cannot be placed', async () => {
      const cohort = await createCohort(get().ctx.db, org);
      const { everyone } = await splittableCohort(get().ctx.db, org, cohort.id);
      const stranger = await signedInUser(get().app, get().ctx.db);
      expect((await call('GET', path(cohort.id), undefined, stranger.session)).statusCode).toBe(404);
      const theirs = await createCohort(get().ctx.db, stranger.organisationId);
      const res = await call(
        'PUT',
        path(theirs.id),
        { sets: [{ name: 'Sæt 1', facilitatorUserId: null, personIds: [everyone[0]!.id] }] },
        stranger.session,
      );
      expect(res.statusCode).toBe(400);
    });
  });
});
