import { beforeAll, describe, expect, it } from 'vitest';
import type { ActivityRes, CohortAttendanceRes } from '../../../../core/schemas/cohorts.js';
import { copenhagenInstant } from '../../../../core/time.js';
import { addModule, createActivity, createCohort, enrolNew } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { createUser, signedInUser } from '../../test/factories.js';
import { createProgrammeVersion } from '../../test/programmes.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const at = (date: string, time: string) => copenhagenInstant(date, time).toISOString();

describeEachDialect('cohort activities and attendance', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    admin = a.session;
    org = a.organisationId;
  });
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object, who = admin) =>
    send(get().app, who, { method, url, payload });
  const plan = (cohortId: string, payload: object) =>
    call('POST', `/api/cohorts/${cohortId}/activities`, payload);

  describe('the plan', () => {
    it("plans a module's activity with the module's title, and lists the plan in order of start", async () => {
      const cohort = await createCohort(get().ctx.db, org);
      const facilitator = await createUser(get().ctx.db, { organisationId: org, roles: ['facilitator'] });
      const late = await plan(cohort.id, {
        moduleId: cohort.moduleId,
        title: 'Kick-off, del 2',
        startsAt: '2027-03-01T13:00:00+01:00',
        endsAt: '2027-03-01T16:00:00+01:00',
        location: 'Rådhuset, mødesal 1',
        capacity: 25,
        facilitatorUserId: facilitator.id,
      });
      expect(late.statusCode, late.body).toBe(201);
      expect(late.json<ActivityRes>()).toMatchObject({
        title: 'Kick-off, del 2',
        startsAt: '2027-03-01T12:00:00.000Z',
        endsAt: '2027-03-01T15:00:00.000Z',
        location: 'Rådhuset, mødesal 1',
        onlineUrl: null,
        capacity: 25,
        facilitator: { id: facilitator.id },
        module: { id: cohort.moduleId, kind: 'session' },
        warnings: [],
      });
      const early = await plan(cohort.id, {
        moduleId: cohort.moduleId,
        startsAt: at('2027-02-01', '09:00'),
        endsAt: at('2027-02-01', '12:00'),
        onlineUrl: 'https://teams.example/kickoff',
      });
      expect(early.json<ActivityRes>().title).toBe(cohort.moduleTitle);
      const list = (await call('GET', `/api/cohorts/${cohort.id}/activities`)).json<{
        items: ActivityRes[];
      }>();
      expect(list.items.map((a) => a.id)).toEqual([early.json().id, late.json().id]);
      expect((await call('GET', `/api/cohorts/${cohort.id}`)).json().activityCount).toBe(2);
    });

    it('refuses an end before the start, a module of another version and a non-facilitator, naming the field', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org);
      const base = {
        moduleId: cohort.moduleId,
        startsAt: at('2027-02-01', '09:00'),
        endsAt: at('2027-02-01', '12:00'),
      };
      const fields = async (payload: object) => {
        const res = await plan(cohort.id, { ...base, ...payload });
        expect(res.statusCode, res.body).toBe(400);
        return Object.keys(res.json().error.fields);
      };
      expect(await fields({ endsAt: base.startsAt })).toEqual(['endsAt']);
      const other = await createProgrammeVersion(db, org, { status: 'published' });
      const otherModule = await db.kysely
        .selectFrom('programme_modules')
        .select('id')
        .where('version_id', '=', other.versionId)
        .executeTakeFirstOrThrow();
      expect(await fields({ moduleId: otherModule.id })).toEqual(['moduleId']);
      const employee = await createUser(db, { organisationId: org, roles: ['participant'] });
      expect(await fields({ facilitatorUserId: employee.id })).toEqual(['facilitatorUserId']);
      expect(await fields({ startsAt: '1. februar kl. 9' })).toEqual(['startsAt']);

      const saved = await plan(cohort.id, base);
      const moveBack = await call('PATCH', `/api/activities/${saved.json().id}`, {
        endsAt: at('2027-01-31', '09:00'),
      });
      expect(moveBack.statusCode).toBe(400);
      expect(Object.keys(moveBack.json().error.fields)).toEqual(['endsAt']);
    });

    it('saves an activity outside the period with a warning, and moves and duplicates', async () => {
      const cohort = await createCohort(get().ctx.db, org, { startsOn: '2027-01-04', endsOn: '2027-06-25' });
      const outside = await plan(cohort.id, {
        moduleId: cohort.moduleId,
        startsAt: at('2027-06-25', '22:00'),
        // Past midnight in Copenhagen, though still the 25th in UTC: outside by the Danish calendar.
        endsAt: at('2027-06-26', '00:30'),
      });
      expect(outside.statusCode).toBe(201);
      expect(outside.json<ActivityRes>().warnings).toEqual(['outside_period']);

      const moved = await call('PATCH', `/api/activities/${outside.json().id}`, {
        startsAt: at('2027-06-24', '09:00'),
        endsAt: at('2027-06-24', '12:00'),
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json<ActivityRes>()).toMatchObject({ warnings: [], startsAt: '2027-06-24T07:00:00.000Z' });

      const copy = await call('POST', `/api/activities/${outside.json().id}/duplicate`, {
        startsAt: at('2027-07-01', '09:00'),
      });
      expect(copy.statusCode, copy.body).toBe(201);
      expect(copy.json<ActivityRes>()).toMatchObject({
        startsAt: at('2027-07-01', '09:00'),
        endsAt: at('2027-07-01', '12:00'),
        warnings: ['outside_period'],
      });
      const same = await call('POST', `/api/activities/${outside.json().id}/duplicate`, {});
      expect(same.json<ActivityRes>().startsAt).toBe(moved.json().startsAt);

      const actions = await get()
        .ctx.db.kysely.selectFrom('audit_log')
        .select(['action', 'entity_type'])
        .where('entity_id', 'in', [outside.json().id, copy.json().id, same.json().id])
        .execute();
      expect(actions.map((a) => `${a.entity_type}:${a.action}`).sort()).toEqual([
        'activity:activity.created',
        'activity:activity.duplicated',
        'activity:activity.duplicated',
        'activity:activity.updated',
      ]);
    });

    it("warns when an activity clashes in time with another module's, not with its own module's dates", async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org, { startsOn: '2027-01-04', endsOn: '2027-06-25' });
      const otherModuleId = await addModule(db, cohort, 'Workshop');
      const morning = { startsAt: at('2027-02-01', '09:00'), endsAt: at('2027-02-01', '12:00') };
      const first = await plan(cohort.id, { moduleId: cohort.moduleId, ...morning });
      const sameModule = await plan(cohort.id, { moduleId: cohort.moduleId, ...morning });
      expect(sameModule.json<ActivityRes>().warnings).toEqual([]);
      const clash = await plan(cohort.id, {
        moduleId: otherModuleId,
        startsAt: at('2027-02-01', '11:00'),
        endsAt: at('2027-02-01', '13:00'),
      });
      expect(clash.statusCode, clash.body).toBe(201);
      expect(clash.json<ActivityRes>().warnings).toEqual(['overlaps']);
      const list = await call('GET', `/api/cohorts/${cohort.id}/activities`);
      const warned = list
        .json<{ items: ActivityRes[] }>()
        .items.filter((a) => a.warnings.includes('overlaps'));
      expect(warned.map((a) => a.id).sort()).toEqual(
        [first.json().id, sameModule.json().id, clash.json().id].sort(),
      );
      const moved = await call('PATCH', `/api/activities/${clash.json().id}`, {
        startsAt: at('2027-02-01', '12:00'),
      });
      expect(moved.json<ActivityRes>().warnings).toEqual([]);
    });

    it('refuses an instant an offset pushes out of years 1000-9999 (400, not a database error)', async () => {
      const cohort = await createCohort(get().ctx.db, org);
      const early = await plan(cohort.id, {
        moduleId: cohort.moduleId,
        startsAt: '0000-01-01T00:30:00+01:00', // -000001-12-31T23:30Z in UTC
        endsAt: '0000-01-01T03:00:00+01:00',
      });
      expect(early.statusCode, early.body).toBe(400);
      expect(Object.keys(early.json().error.fields)).toEqual(['startsAt', 'endsAt']);

      const last = await plan(cohort.id, {
        moduleId: cohort.moduleId,
        startsAt: at('2027-03-01', '09:00'),
        endsAt: at('2027-03-01', '12:00'),
      });
      const copy = await call('POST', `/api/activities/${last.json().id}/duplicate`, {
        startsAt: '9999-12-31T22:00:00Z', // ends in the year 10000
      });
      expect(copy.statusCode, copy.body).toBe(400);
      expect(Object.keys(copy.json().error.fields)).toEqual(['startsAt']);
    });
  });

  describe('attendance', () => {
    it('marks present and absent with a reason; refuses a reason for present and people outside the cohort', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org);
      const anna = await enrolNew(db, org, cohort.id, 'Anna');
      const bo = await enrolNew(db, org, cohort.id, 'Bo');
      const carl = await enrolNew(db, org, cohort.id, 'Carl');
      const activity = await createActivity(db, org, cohort);
      const url = `/api/activities/${activity.id}/attendance`;
      const marked = await call('PUT', url, {
        marks: [
          { personId: anna.id, status: 'present', reason: null },
          { personId: bo.id, status: 'absent', reason: 'Syg' },
        ],
      });
      expect(marked.statusCode, marked.body).toBe(200);
      expect(
        marked
          .json()
          .items.map((r: { name: string; status: string; reason: string }) => [r.name, r.status, r.reason]),
      ).toEqual([
        ['Anna', 'present', null],
        ['Bo', 'absent', 'Syg'],
        ['Carl', null, null],
      ]);

      const reason = await call('PUT', url, {
        marks: [
          { personId: carl.id, status: 'absent', reason: null },
          { personId: anna.id, status: 'present', reason: null },
          { personId: bo.id, status: 'present', reason: 'Kom sent' },
        ],
      });
      expect(reason.statusCode).toBe(400);
      expect(Object.keys(reason.json().error.fields)).toEqual(['marks.2.reason']);
      const other = await createCohort(db, org);
      const stranger = await enrolNew(db, org, other.id);
      const outsider = await call('PUT', url, { marks: [{ personId: stranger.id, status: 'present' }] });
      expect(Object.keys(outsider.json().error.fields)).toEqual(['marks.0.personId']);
      // A mark taken back.
      const undone = await call('PUT', url, { marks: [{ personId: bo.id, status: null }] });
      expect(undone.json().items[1]).toMatchObject({ name: 'Bo', status: null });
      const audit = await db.kysely
        .selectFrom('audit_log')
        .select(['action', 'entity_type'])
        .where('entity_id', '=', activity.id)
        .execute();
      expect(audit).toEqual([
        { action: 'attendance.marked', entity_type: 'activity' },
        { action: 'attendance.marked', entity_type: 'activity' },
      ]);
    });

    it('reports rates per participant and per activity, and who missed two in a row', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org, { startsOn: '2020-01-01', endsOn: '2030-12-31' });
      const [anna, bo, carl] = [
        await enrolNew(db, org, cohort.id, 'Anna'),
        await enrolNew(db, org, cohort.id, 'Bo'),
        await enrolNew(db, org, cohort.id, 'Carl'),
      ];
      const a1 = await createActivity(db, org, cohort, { day: '2021-03-01', title: 'Første' });
      const a2 = await createActivity(db, org, cohort, { day: '2021-03-08', title: 'Anden' });
      const a3 = await createActivity(db, org, cohort, { day: '2021-03-15', title: 'Tredje' });
      // In the future: not yet counted.
      await createActivity(db, org, cohort, { day: '2030-03-15', title: 'Senere' });
      const mark = (id: string, marks: [string, 'present' | 'absent'][]) =>
        call('PUT', `/api/activities/${id}/attendance`, {
          marks: marks.map(([personId, status]) => ({ personId, status, reason: null })),
        });
      await mark(a1.id, [
        [anna!.id, 'present'],
        [bo!.id, 'absent'],
        [carl!.id, 'absent'],
      ]);
      await mark(a2.id, [
        [anna!.id, 'present'],
        [bo!.id, 'absent'],
        [carl!.id, 'present'],
      ]);
      await mark(a3.id, [[carl!.id, 'absent']]);

      const res = await call('GET', `/api/cohorts/${cohort.id}/attendance`);
      expect(res.statusCode, res.body).toBe(200);
      const figures = res.json<CohortAttendanceRes>();
      expect(figures.activities.map((a) => [a.title, a.present, a.absent, a.unmarked, a.rate])).toEqual([
        ['Første', 1, 2, 0, 0.333],
        ['Anden', 2, 1, 0, 0.667],
        ['Tredje', 0, 1, 2, 0],
      ]);
      expect(
        figures.participants.map((p) => [p.name, p.present, p.absent, p.unmarked, p.rate, p.missedTwoInARow]),
      ).toEqual([
        ['Anna', 2, 0, 1, 1, false],
        ['Bo', 0, 2, 1, 0, true],
        ['Carl', 1, 2, 0, 0.333, false],
      ]);
    });

    it("answers 404 for another organisation's activity and for a facilitator not on the cohort", async () => {
      const db = get().ctx.db;
      const facilitator = await signedInUser(get().app, db, ['facilitator'], org);
      const mine = await createCohort(db, org, { facilitatorUserIds: [facilitator.id] });
      const theirs = await createCohort(db, org);
      const myActivity = await createActivity(db, org, mine);
      const theirActivity = await createActivity(db, org, theirs);
      const as = facilitator.session;
      expect(
        (await call('GET', `/api/activities/${myActivity.id}/attendance`, undefined, as)).statusCode,
      ).toBe(200);
      for (const url of [
        `/api/activities/${theirActivity.id}`,
        `/api/activities/${theirActivity.id}/attendance`,
        `/api/cohorts/${theirs.id}/activities`,
        `/api/cohorts/${theirs.id}/attendance`,
      ]) {
        expect((await call('GET', url, undefined, as)).statusCode, url).toBe(404);
      }
      const stranger = await signedInUser(get().app, db);
      expect(
        (await call('PATCH', `/api/activities/${myActivity.id}`, { title: 'X' }, stranger.session))
          .statusCode,
      ).toBe(404);
    });
  });
});
