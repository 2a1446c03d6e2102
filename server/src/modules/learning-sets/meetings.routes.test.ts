import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRes, SetMeetingsRes } from '../../../../core/schemas/learning-set-meetings.js';
import { createProject } from '../../test/action-learning.js';
import { createActivity, createCohort, enrolNew, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { saveSetDirectly } from '../../test/learning-sets.js';
import { cohortWithSet, createMeeting } from '../../test/set-meetings.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('learning-set meetings', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    admin = a.session;
    org = a.organisationId;
  });
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who = admin) =>
    send(get().app, who, { method, url, payload });
  const setPath = (setId: string) => `/api/learning-sets/${setId}/meetings`;
  const meetingPath = (id: string) => `/api/learning-set-meetings/${id}`;
  const audits = async (entityId: string) =>
    (
      await get()
        .ctx.db.kysely.selectFrom('audit_log')
        .select(['action', 'entity_type'])
        .where('entity_id', '=', entityId)
        .orderBy('created_at')
        .execute()
    ).map((r) => `${r.entity_type}:${r.action}`);

  describe('who may', () => {
    it('the cohort’s and the set’s facilitators may; others 404; participants and observers 403', async () => {
      const db = get().ctx.db;
      const cohortFacilitator = await signedInUser(get().app, db, ['facilitator'], org);
      const setFacilitator = await signedInUser(get().app, db, ['facilitator'], org);
      const otherFacilitator = await signedInUser(get().app, db, ['facilitator'], org);
      const { cohort, setId } = await cohortWithSet(db, org, {
        facilitatorUserId: setFacilitator.id,
        cohortFacilitatorIds: [cohortFacilitator.id],
      });
      const meeting = await createMeeting(db, org, { cohortId: cohort.id, setId });
      for (const who of [cohortFacilitator, setFacilitator]) {
        expect((await call('GET', setPath(setId), undefined, who.session)).statusCode).toBe(200);
        const planned = await call(
          'POST',
          setPath(setId),
          { startsAt: '2027-03-02T13:00:00+01:00' },
          who.session,
        );
        expect(planned.statusCode, planned.body).toBe(201);
        expect(
          (await call('PATCH', meetingPath(meeting.id), { questions: 'Hvad?' }, who.session)).statusCode,
        ).toBe(200);
        expect(
          (await call('DELETE', meetingPath(planned.json<MeetingRes>().id), undefined, who.session))
            .statusCode,
        ).toBe(204);
      }
      const stranger = await signedInUser(get().app, db);
      for (const who of [otherFacilitator.session, stranger.session]) {
        expect((await call('GET', setPath(setId), undefined, who)).statusCode).toBe(404);
        expect(
          (await call('POST', setPath(setId), { startsAt: '2027-03-02T13:00:00Z' }, who)).statusCode,
        ).toBe(404);
        expect((await call('PATCH', meetingPath(meeting.id), { notes: 'x' }, who)).statusCode).toBe(404);
        expect((await call('DELETE', meetingPath(meeting.id), undefined, who)).statusCode).toBe(404);
      }
      const observer = await signedInUser(get().app, db, ['observer'], org);
      const participant = await signedInParticipant(get().app, db, org, cohort.id);
      for (const who of [observer.session, participant.session]) {
        expect((await call('GET', setPath(setId), undefined, who)).statusCode).toBe(403);
        expect((await call('PATCH', meetingPath(meeting.id), { notes: 'x' }, who)).statusCode).toBe(403);
      }
      expect((await send(get().app, null, { method: 'GET', url: setPath(setId) })).statusCode).toBe(401);
    });
  });

  describe('planning', () => {
    it('refuses a meeting without a time, with a time and an activity, or in another cohort’s activity', async () => {
      const db = get().ctx.db;
      const { cohort, setId } = await cohortWithSet(db, org);
      const other = await createCohort(db, org);
      const foreignActivity = await createActivity(db, org, other);
      const activity = await createActivity(db, org, cohort);
      const none = await call('POST', setPath(setId), {});
      expect(none.statusCode).toBe(400);
      expect(Object.keys(none.json().error.fields)).toEqual(['startsAt']);
      const both = await call('POST', setPath(setId), {
        activityId: activity.id,
        startsAt: '2027-03-02T12:00:00Z',
      });
      expect(both.statusCode).toBe(400);
      expect(both.json().error.fields.startsAt).toMatch(/aktivitetens tidspunkt/);
      const foreign = await call('POST', setPath(setId), { activityId: foreignActivity.id });
      expect(foreign.statusCode).toBe(400);
      expect(Object.keys(foreign.json().error.fields)).toEqual(['activityId']);
      const bad = await call('POST', setPath(setId), { startsAt: 'i morgen', location: 'x'.repeat(501) });
      expect(bad.statusCode).toBe(400);
      expect(Object.keys(bad.json().error.fields).sort()).toEqual(['location', 'startsAt']);
      const unknown = await call('POST', setPath(setId), { startsAt: '2027-03-02T12:00:00Z', title: 'x' });
      expect(unknown.statusCode).toBe(400);
      expect(
        (
          await get()
            .ctx.db.kysely.selectFrom('learning_set_meetings')
            .select('id')
            .where('set_id', '=', setId)
            .execute()
        ).length,
      ).toBe(0);
    });

    it('plans in an activity (its time and place, following it when it moves) or at a time, and audits', async () => {
      const db = get().ctx.db;
      const { cohort, setId } = await cohortWithSet(db, org);
      const activity = await createActivity(db, org, cohort, {
        day: '2027-04-05',
        title: 'Læringsgruppemøde 2',
      });
      await db.kysely
        .updateTable('cohort_activities')
        .set({ location: 'Rådhuset' })
        .where('id', '=', activity.id)
        .execute();
      const res = await call('POST', setPath(setId), { activityId: activity.id });
      expect(res.statusCode, res.body).toBe(201);
      const inActivity = res.json<MeetingRes>();
      expect(inActivity).toMatchObject({
        setId,
        cohortId: cohort.id,
        activity: { id: activity.id, title: 'Læringsgruppemøde 2' },
        startsAt: '2027-04-05T08:00:00.000Z',
        location: 'Rådhuset',
        attendees: [],
        questions: '',
      });
      await db.kysely
        .updateTable('cohort_activities')
        .set({ starts_at: '2027-04-06T08:00:00.000Z' })
        .where('id', '=', activity.id)
        .execute();
      const atTime = await call('POST', setPath(setId), {
        startsAt: '2027-03-01T13:00:00+01:00',
        location: 'Café',
      });
      expect(atTime.statusCode).toBe(201);
      expect(atTime.json<MeetingRes>()).toMatchObject({
        startsAt: '2027-03-01T12:00:00.000Z',
        location: 'Café',
        activity: null,
      });
      const list = (await call('GET', setPath(setId))).json<SetMeetingsRes>();
      expect(list.meetings.map((m) => m.startsAt)).toEqual([
        '2027-03-01T12:00:00.000Z',
        '2027-04-06T08:00:00.000Z',
      ]);
      expect(list.set.activities.map((a) => a.id)).toEqual([activity.id]);
      expect(await audits(inActivity.id)).toEqual(['learning_set_meeting:learning_set_meeting.created']);
    });
  });

  describe('recording', () => {
    it('records members present, their projects (titles only when shared), questions, next steps and notes', async () => {
      const db = get().ctx.db;
      const { cohort, setId, members, outsider } = await cohortWithSet(db, org);
      const [a, b] = members;
      const shared = await createProject(db, org, cohort.id, a!.id, {
        title: 'Robot til visitation',
        share: 'set',
      });
      const hidden = await createProject(db, org, cohort.id, b!.id, { title: 'Hemmelig titel' });
      const outsiders = await createProject(db, org, cohort.id, outsider.id, { title: 'Udenfor sættet' });
      const otherCohort = await createCohort(db, org);
      await enrolNew(db, org, otherCohort.id);
      const elsewhere = await createProject(db, org, otherCohort.id, a!.id, { title: 'Andet hold' });
      const meeting = await createMeeting(db, org, { cohortId: cohort.id, setId });

      const notMember = await call('PATCH', meetingPath(meeting.id), {
        attendeePersonIds: [a!.id, outsider.id],
      });
      expect(notMember.statusCode).toBe(400);
      expect(Object.keys(notMember.json().error.fields)).toEqual(['attendeePersonIds']);
      for (const p of [outsiders, elsewhere]) {
        const refused = await call('PATCH', meetingPath(meeting.id), { projectIds: [p.id] });
        expect(refused.statusCode).toBe(400);
        expect(Object.keys(refused.json().error.fields)).toEqual(['projectIds']);
      }
      const tooLong = await call('PATCH', meetingPath(meeting.id), { questions: 'x'.repeat(4001) });
      expect(tooLong.statusCode).toBe(400);

      const res = await call('PATCH', meetingPath(meeting.id), {
        attendeePersonIds: [b!.id, a!.id, a!.id],
        projectIds: [shared.id, hidden.id],
        questions: '  Hvad ville ske, hvis du spurgte borgerne først?  ',
        nextSteps: 'Afprøv med to borgere inden næste møde.',
        notes: 'Husk at følge op på Medlem 2.',
      });
      expect(res.statusCode, res.body).toBe(200);
      const saved = res.json<MeetingRes>();
      expect(saved.attendees.map((p) => p.personId).sort()).toEqual([a!.id, b!.id].sort());
      expect(saved.projects).toEqual(
        expect.arrayContaining([
          { id: shared.id, personId: a!.id, personName: a!.name, title: 'Robot til visitation' },
          { id: hidden.id, personId: b!.id, personName: b!.name, title: null },
        ]),
      );
      expect(res.body).not.toContain('Hemmelig titel');
      expect(saved.questions).toBe('Hvad ville ske, hvis du spurgte borgerne først?');
      expect(saved.notes).toBe('Husk at følge op på Medlem 2.');
      const list = (await call('GET', setPath(setId))).json<SetMeetingsRes>();
      expect(list.set.members.map((m) => m.personId).sort()).toEqual(members.map((m) => m.id).sort());
      expect(list.set.projects.map((p) => p.title).sort()).toEqual(['Robot til visitation', null].sort());
      expect(list.meetings[0]).toEqual(saved);
      // Someone recorded before who has since left the set may stay on the list.
      await db.kysely.deleteFrom('learning_set_members').where('person_id', '=', b!.id).execute();
      const kept = await call('PATCH', meetingPath(meeting.id), { attendeePersonIds: [a!.id, b!.id] });
      expect(kept.statusCode, kept.body).toBe(200);
      expect(await audits(meeting.id)).toEqual([
        'learning_set_meeting:learning_set_meeting.updated',
        'learning_set_meeting:learning_set_meeting.updated',
      ]);
    });

    it('keeps an activity’s time unless taken out of it, and moves a meeting to another set of the cohort', async () => {
      const db = get().ctx.db;
      const { cohort, setId, members } = await cohortWithSet(db, org);
      const second = await enrolNew(db, org, cohort.id);
      const otherSet = await db.kysely
        .insertInto('learning_sets')
        .values({
          id: crypto.randomUUID(),
          organisation_id: org,
          cohort_id: cohort.id,
          name: 'Sæt 2',
          facilitator_user_id: null,
          position: 1,
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.kysely
        .insertInto('learning_set_members')
        .values({ set_id: otherSet.id, organisation_id: org, cohort_id: cohort.id, person_id: second.id })
        .execute();
      const elsewhere = await cohortWithSet(db, org);
      const activity = await createActivity(db, org, cohort, { day: '2027-05-03' });
      const planned = (await call('POST', setPath(setId), { activityId: activity.id })).json<MeetingRes>();

      const moveTime = await call('PATCH', meetingPath(planned.id), { startsAt: '2027-05-04T10:00:00Z' });
      expect(moveTime.statusCode).toBe(400);
      expect(Object.keys(moveTime.json().error.fields)).toEqual(['startsAt']);
      const out = await call('PATCH', meetingPath(planned.id), { activityId: null, location: 'Biblioteket' });
      expect(out.json<MeetingRes>()).toMatchObject({
        activity: null,
        startsAt: '2027-05-03T08:00:00.000Z',
        location: 'Biblioteket',
      });

      const foreignSet = await call('PATCH', meetingPath(planned.id), { setId: elsewhere.setId });
      expect(foreignSet.statusCode).toBe(400);
      expect(Object.keys(foreignSet.json().error.fields)).toEqual(['setId']);
      const list = (await call('GET', setPath(setId))).json<SetMeetingsRes>();
      expect(list.set.otherSets).toEqual([{ id: otherSet.id, name: 'Sæt 2' }]);
      const moved = await call('PATCH', meetingPath(planned.id), {
        setId: otherSet.id,
        attendeePersonIds: [second.id],
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json<MeetingRes>()).toMatchObject({
        setId: otherSet.id,
        attendees: [{ personId: second.id }],
      });
      expect((await call('GET', setPath(setId))).json<SetMeetingsRes>().meetings).toEqual([]);
      const wrongSet = await call('PATCH', meetingPath(planned.id), { attendeePersonIds: [members[0]!.id] });
      expect(wrongSet.statusCode).toBe(400);
    });

    it('deletes a meeting with what was recorded, and audits it', async () => {
      const db = get().ctx.db;
      const { cohort, setId, members } = await cohortWithSet(db, org);
      const meeting = await createMeeting(db, org, { cohortId: cohort.id, setId });
      await call('PATCH', meetingPath(meeting.id), { attendeePersonIds: [members[0]!.id] });
      expect((await call('DELETE', meetingPath(meeting.id))).statusCode).toBe(204);
      expect((await call('DELETE', meetingPath(meeting.id))).statusCode).toBe(404);
      expect((await call('PATCH', meetingPath(meeting.id), { notes: '' })).statusCode).toBe(404);
      const left = await db.kysely
        .selectFrom('learning_set_meeting_attendees')
        .select('person_id')
        .where('meeting_id', '=', meeting.id)
        .execute();
      expect(left).toEqual([]);
      expect(await audits(meeting.id)).toEqual([
        'learning_set_meeting:learning_set_meeting.updated',
        'learning_set_meeting:learning_set_meeting.deleted',
      ]);
      // A set id that is no set, and a set of a cohort with no sets saved.
      expect((await call('GET', setPath(crypto.randomUUID()))).statusCode).toBe(404);
      const empty = await createCohort(db, org);
      const lone = await saveSetDirectly(db, org, empty.id, []);
      expect((await call('GET', setPath(lone))).json<SetMeetingsRes>().meetings).toEqual([]);
    });
  });
});
