import { beforeAll, describe, expect, it } from 'vitest';
import type {
  AddParticipantsRes,
  CohortRes,
  EnrolmentPreviewRes,
  ParticipantListRes,
} from '../../../../core/schemas/cohorts.js';
import { createCohort, enrolNew } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { createPerson, createUnit, createUser, signedInUser } from '../../test/factories.js';
import { createProgrammeVersion } from '../../test/programmes.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('cohorts and enrolment', (dialect) => {
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
  const body = (versionId: string, extra: object = {}) => ({
    versionId,
    name: 'Topledelse hold 1',
    startsOn: '2027-01-04',
    endsOn: '2027-06-25',
    facilitatorUserIds: [],
    ...extra,
  });
  const auditActions = async (entityId: string) =>
    (
      await get()
        .ctx.db.kysely.selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', entityId)
        .orderBy('created_at')
        .execute()
    ).map((r) => r.action);

  describe('starting a cohort', () => {
    it('starts one from a published version, pointing at it, with facilitators, and audits it', async () => {
      const { versionId, title } = await createProgrammeVersion(get().ctx.db, org, { status: 'published' });
      const facilitator = await createUser(get().ctx.db, { organisationId: org, roles: ['facilitator'] });
      const res = await call(
        'POST',
        '/api/cohorts',
        body(versionId, { facilitatorUserIds: [facilitator.id] }),
      );
      expect(res.statusCode, res.body).toBe(201);
      const cohort = res.json<CohortRes>();
      expect(cohort).toMatchObject({
        name: 'Topledelse hold 1',
        startsOn: '2027-01-04',
        endsOn: '2027-06-25',
        version: { id: versionId, number: 1, programmeTitle: title },
        facilitators: [{ id: facilitator.id }],
        participantCount: 0,
        activityCount: 0,
      });
      expect(await auditActions(cohort.id)).toEqual(['cohort.created']);
      const listed = (await call('GET', '/api/cohorts')).json<{ items: CohortRes[] }>();
      expect(listed.items.map((c) => c.id)).toContain(cohort.id);
    });

    it('refuses a draft or an archived version with 409 and a reason', async () => {
      const draft = await createProgrammeVersion(get().ctx.db, org);
      const res = await call('POST', '/api/cohorts', body(draft.versionId));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.reason).toBe('version_draft');

      const archived = await createProgrammeVersion(get().ctx.db, org, { status: 'published' });
      expect((await call('POST', `/api/programme-versions/${archived.versionId}/archive`)).statusCode).toBe(
        200,
      );
      const again = await call('POST', '/api/cohorts', body(archived.versionId));
      expect(again.statusCode).toBe(409);
      expect(again.json().error.reason).toBe('version_archived');
    });

    it('names the field: period in the wrong order, a bad date, a non-facilitator, a foreign version', async () => {
      const { versionId } = await createProgrammeVersion(get().ctx.db, org, { status: 'published' });
      const order = await call('POST', '/api/cohorts', body(versionId, { endsOn: '2027-01-03' }));
      expect(order.statusCode).toBe(400);
      expect(Object.keys(order.json().error.fields)).toEqual(['endsOn']);
      const date = await call('POST', '/api/cohorts', body(versionId, { startsOn: '2027-02-30' }));
      expect(Object.keys(date.json().error.fields)).toEqual(['startsOn']);
      const employee = await createUser(get().ctx.db, { organisationId: org, roles: ['employee'] });
      const notFacilitator = await call(
        'POST',
        '/api/cohorts',
        body(versionId, { facilitatorUserIds: [employee.id] }),
      );
      expect(notFacilitator.json().error.fields).toHaveProperty('facilitatorUserIds');
      const other = await signedInUser(get().app, get().ctx.db);
      const foreign = await createProgrammeVersion(get().ctx.db, other.organisationId, {
        status: 'published',
      });
      const res = await call('POST', '/api/cohorts', body(foreign.versionId));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toHaveProperty('versionId');
    });

    it('updates name, period and facilitators', async () => {
      const cohort = await createCohort(get().ctx.db, org);
      const facilitator = await createUser(get().ctx.db, { organisationId: org, roles: ['facilitator'] });
      const res = await call('PUT', `/api/cohorts/${cohort.id}`, {
        name: 'Nyt navn',
        startsOn: '2027-02-01',
        endsOn: '2027-02-01',
        facilitatorUserIds: [facilitator.id, facilitator.id],
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<CohortRes>()).toMatchObject({
        name: 'Nyt navn',
        startsOn: '2027-02-01',
        endsOn: '2027-02-01',
        facilitators: [{ id: facilitator.id }],
        version: { id: cohort.versionId },
      });
      expect(await auditActions(cohort.id)).toEqual(['cohort.updated']);
    });

    it('reminds two days before by default; a cohort may choose another time or none', async () => {
      const { versionId } = await createProgrammeVersion(get().ctx.db, org, { status: 'published' });
      const made = await call('POST', '/api/cohorts', body(versionId));
      expect(made.json<CohortRes>().reminderHours).toBe(48);
      const id = made.json<CohortRes>().id;
      const { versionId: _, ...rest } = body(versionId);
      const none = await call('PUT', `/api/cohorts/${id}`, { ...rest, reminderHours: null });
      expect(none.json<CohortRes>().reminderHours).toBeNull();
      const kept = await call('PUT', `/api/cohorts/${id}`, rest);
      expect(kept.json<CohortRes>().reminderHours).toBeNull();
      const tooEarly = await call('PUT', `/api/cohorts/${id}`, { ...rest, reminderHours: 24 * 30 });
      expect(tooEarly.statusCode).toBe(400);
      expect(tooEarly.json().error.fields).toHaveProperty('reminderHours');
    });
  });

  describe('enrolment', () => {
    it('previews by the people filter (unit with sub-units, levels), then enrols the confirmed ids', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org);
      const area = await createUnit(db, org, { name: 'Børn og Unge' });
      const school = await createUnit(db, org, { parentId: area.id });
      const elsewhere = await createUnit(db, org);
      const chief = await createPerson(db, org, { unitId: area.id, level: 'chef', name: 'A Chef' });
      const head = await createPerson(db, org, { unitId: school.id, level: 'leder', name: 'B Leder' });
      await createPerson(db, org, { unitId: school.id, level: 'medarbejder' });
      await createPerson(db, org, { unitId: elsewhere.id, level: 'chef' });
      await createPerson(db, org, { unitId: school.id, level: 'chef', left: true });

      const preview = await call('POST', `/api/cohorts/${cohort.id}/participants/preview`, {
        unitId: area.id,
        level: 'chef,leder',
      });
      expect(preview.statusCode, preview.body).toBe(200);
      const p = preview.json<EnrolmentPreviewRes>();
      expect(p.toAdd.map((x) => x.id)).toEqual([chief.id, head.id]);
      expect(p).toMatchObject({ alreadyEnrolled: [], truncated: false });
      const onlyUnit = await call('POST', `/api/cohorts/${cohort.id}/participants/preview`, {
        unitId: area.id,
        includeSubunits: 'false',
        level: 'leaders',
      });
      expect(onlyUnit.json<EnrolmentPreviewRes>().toAdd.map((x) => x.id)).toEqual([chief.id]);
      // The preview changes nothing.
      expect((await call('GET', `/api/cohorts/${cohort.id}/participants`)).json().items).toEqual([]);

      const added = await call('POST', `/api/cohorts/${cohort.id}/participants`, {
        personIds: p.toAdd.map((x) => x.id),
      });
      expect(added.json<AddParticipantsRes>()).toEqual({ added: 2, reopened: 0, unchanged: 0 });
      const again = await call('POST', `/api/cohorts/${cohort.id}/participants/preview`, {
        unitId: area.id,
        level: 'chef,leder',
      });
      expect(again.json<EnrolmentPreviewRes>().alreadyEnrolled.map((x) => x.id)).toEqual([chief.id, head.id]);
      const list = (await call('GET', `/api/cohorts/${cohort.id}/participants`)).json<ParticipantListRes>();
      expect(list.items.map((x) => [x.name, x.unit?.id, x.level])).toEqual([
        ['A Chef', area.id, 'chef'],
        ['B Leder', school.id, 'leder'],
      ]);
      expect(await auditActions(cohort.id)).toEqual(['cohort.participants_added']);
    });

    it("refuses another organisation's person, an unknown id and someone who has left, naming the field", async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org);
      const other = await signedInUser(get().app, db);
      const foreign = await createPerson(db, other.organisationId, { level: 'chef' });
      const own = await createPerson(db, org, { level: 'chef' });
      const left = await createPerson(db, org, { level: 'chef', left: true });
      for (const ids of [[own.id, foreign.id], [crypto.randomUUID()], [left.id]]) {
        const res = await call('POST', `/api/cohorts/${cohort.id}/participants`, { personIds: ids });
        expect(res.statusCode).toBe(400);
        expect(Object.keys(res.json().error.fields)).toEqual(['personIds']);
      }
      expect((await call('GET', `/api/cohorts/${cohort.id}/participants`)).json().items).toEqual([]);
    });

    it('removes softly: attendance stays, and adding again reopens the enrolment', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org);
      const person = await enrolNew(db, org, cohort.id);
      const activity = await call('POST', `/api/cohorts/${cohort.id}/activities`, {
        moduleId: cohort.moduleId,
        startsAt: '2027-02-01T09:00:00+01:00',
        endsAt: '2027-02-01T12:00:00+01:00',
      });
      const activityId = activity.json().id as string;
      await call('PUT', `/api/activities/${activityId}/attendance`, {
        marks: [{ personId: person.id, status: 'present', reason: null }],
      });

      const removed = await call('POST', `/api/cohorts/${cohort.id}/participants/${person.id}/remove`);
      expect(removed.statusCode, removed.body).toBe(200);
      expect(removed.json().removedAt).toEqual(expect.any(String));
      expect(
        (await call('POST', `/api/cohorts/${cohort.id}/participants/${person.id}/remove`)).statusCode,
      ).toBe(404);
      expect((await call('GET', `/api/cohorts/${cohort.id}/participants`)).json().items).toEqual([]);
      const all = await call('GET', `/api/cohorts/${cohort.id}/participants?includeRemoved=true`);
      expect(all.json().items.map((x: { personId: string }) => x.personId)).toEqual([person.id]);
      expect((await call('GET', `/api/activities/${activityId}/attendance`)).json().items).toEqual([]);
      const kept = await db.kysely
        .selectFrom('activity_attendance')
        .select('status')
        .where('person_id', '=', person.id)
        .execute();
      expect(kept).toEqual([{ status: 'present' }]);

      const back = await call('POST', `/api/cohorts/${cohort.id}/participants`, { personIds: [person.id] });
      expect(back.json()).toEqual({ added: 0, reopened: 1, unchanged: 0 });
      const marks = (await call('GET', `/api/activities/${activityId}/attendance`)).json().items;
      expect(marks).toMatchObject([{ personId: person.id, status: 'present' }]);
      expect(await auditActions(cohort.id)).toEqual([
        'cohort.participant_removed',
        'cohort.participants_added',
      ]);
    });
  });

  describe('who may run a cohort', () => {
    it('lets a facilitator run their own cohorts only: others are 404 and not listed', async () => {
      const db = get().ctx.db;
      const facilitator = await signedInUser(get().app, db, ['facilitator'], org);
      const mine = await createCohort(db, org, { facilitatorUserIds: [facilitator.id] });
      const theirs = await createCohort(db, org);
      const as = facilitator.session;
      expect((await call('GET', `/api/cohorts/${mine.id}`, undefined, as)).statusCode).toBe(200);
      expect((await call('GET', `/api/cohorts/${theirs.id}`, undefined, as)).statusCode).toBe(404);
      const person = await createPerson(db, org);
      const enrol = await call(
        'POST',
        `/api/cohorts/${theirs.id}/participants`,
        { personIds: [person.id] },
        as,
      );
      expect(enrol.statusCode).toBe(404);
      const listed = (await call('GET', '/api/cohorts', undefined, as)).json<{ items: CohortRes[] }>();
      expect(listed.items.map((c) => c.id)).toEqual([mine.id]);
      // Administrators see all of the organisation's cohorts.
      const all = (await call('GET', '/api/cohorts')).json<{ items: CohortRes[] }>();
      expect(all.items.map((c) => c.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    });

    it('makes a facilitator who starts a cohort one of its facilitators', async () => {
      const facilitator = await signedInUser(get().app, get().ctx.db, ['facilitator'], org);
      const { versionId } = await createProgrammeVersion(get().ctx.db, org, { status: 'published' });
      const res = await call('POST', '/api/cohorts', body(versionId), facilitator.session);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<CohortRes>().facilitators.map((f) => f.id)).toEqual([facilitator.id]);
    });

    it('keeps participants out (403), observers from changing anything, and another organisation out (404)', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org);
      const participant = await signedInUser(get().app, db, ['participant'], org);
      expect((await call('GET', '/api/cohorts', undefined, participant.session)).statusCode).toBe(403);
      expect(
        (await call('GET', `/api/cohorts/${cohort.id}`, undefined, participant.session)).statusCode,
      ).toBe(403);
      const observer = await signedInUser(get().app, db, ['observer'], org);
      const { versionId } = await createProgrammeVersion(db, org, { status: 'published' });
      expect((await call('POST', '/api/cohorts', body(versionId), observer.session)).statusCode).toBe(403);
      const { versionId: _, ...update } = body(versionId);
      expect((await call('PUT', `/api/cohorts/${cohort.id}`, update, observer.session)).statusCode).toBe(403);
      const stranger = await signedInUser(get().app, db);
      const res = await call('GET', `/api/cohorts/${cohort.id}`, undefined, stranger.session);
      expect(res.statusCode).toBe(404);
    });
  });
});
