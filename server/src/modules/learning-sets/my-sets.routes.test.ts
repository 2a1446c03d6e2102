import { beforeAll, describe, expect, it } from 'vitest';
import type { MyLearningSetsRes } from '../../../../core/schemas/learning-set-meetings.js';
import { createProject } from '../../test/action-learning.js';
import { createCohort, enrolUser } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { createPerson, createUnit, signedInUser } from '../../test/factories.js';
import { enrolPerson, saveSetDirectly } from '../../test/learning-sets.js';
import { createMeeting, recordAttendees } from '../../test/set-meetings.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('my learning set', (dialect) => {
  const get = useTestApp(dialect);
  let org = '';
  beforeAll(async () => {
    org = (await signedInUser(get().app, get().ctx.db)).organisationId;
  });
  const mine = (who: Session) => send(get().app, who, { method: 'GET', url: '/api/my/learning-sets' });

  describe('members', () => {
    it('shows my set, its facilitator, the others with area and unit, and what the meetings agreed — never the notes', async () => {
      const db = get().ctx.db;
      const me = await signedInUser(get().app, db, ['participant'], org);
      const facilitator = await signedInUser(get().app, db, ['facilitator'], org);
      const top = await createUnit(db, org, { name: 'Direktionen', kind: 'direktion' });
      const area = await createUnit(db, org, {
        name: 'Social og Sundhed',
        kind: 'forvaltning',
        parentId: top.id,
      });
      const home = await createUnit(db, org, {
        name: 'Plejecenter Lærkehøj',
        kind: 'institution',
        parentId: area.id,
      });
      const cohort = await createCohort(db, org, { name: 'Mit hold', endsOn: '2099-12-31' });
      const person = await enrolUser(db, org, cohort.id, me.id, 'Mig Selv');
      const karen = await createPerson(db, org, { name: 'Karen Kollega', unitId: home.id, level: 'leder' });
      const ole = await createPerson(db, org, { name: 'Ole Områdechef', unitId: area.id, level: 'chef' });
      const other = await createPerson(db, org, { name: 'Anden Sætdeltager' });
      for (const p of [karen, ole, other]) await enrolPerson(db, org, cohort.id, p.id);
      const setId = await saveSetDirectly(db, org, cohort.id, [person.id, karen.id, ole.id]);
      await db.kysely
        .updateTable('learning_sets')
        .set({ facilitator_user_id: facilitator.id })
        .where('id', '=', setId)
        .execute();
      const otherSet = await saveSetDirectly(db, org, cohort.id, [other.id]);
      await createMeeting(
        db,
        org,
        { cohortId: cohort.id, setId: otherSet },
        { nextSteps: 'Andet sæts skridt' },
      );
      const shared = await createProject(db, org, cohort.id, karen.id, {
        title: 'Delt projekt',
        share: 'set',
      });
      const hidden = await createProject(db, org, cohort.id, ole.id, { title: 'Privat titel' });
      const later = await createMeeting(
        db,
        org,
        { cohortId: cohort.id, setId },
        { startsAt: '2027-05-01T11:00:00.000Z' },
      );
      const held = await createMeeting(
        db,
        org,
        { cohortId: cohort.id, setId },
        {
          startsAt: '2027-03-01T11:00:00.000Z',
          questions: 'Hvad ville du gøre, hvis det skulle være færdigt på en uge?',
          nextSteps: 'Karen tester skemaet i to teams.',
          notes: 'FACILITATORENS EGNE NOTER',
        },
      );
      await recordAttendees(db, org, held.id, [person.id, karen.id]);
      await db.kysely
        .insertInto('learning_set_meeting_projects')
        .values([
          { meeting_id: held.id, organisation_id: org, project_id: shared.id },
          { meeting_id: held.id, organisation_id: org, project_id: hidden.id },
        ])
        .execute();

      const res = await mine(me.session);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<MyLearningSetsRes>();
      expect(body.facilitating).toEqual([]);
      expect(body.sets).toHaveLength(1);
      const [set] = body.sets;
      expect(set).toMatchObject({
        id: setId,
        name: 'Sæt 1',
        cohortName: 'Mit hold',
        facilitatorName: 'Test Person',
      });
      expect(set!.members).toEqual([
        {
          personId: karen.id,
          name: 'Karen Kollega',
          areaName: 'Social og Sundhed',
          unitName: 'Plejecenter Lærkehøj',
        },
        {
          personId: ole.id,
          name: 'Ole Områdechef',
          areaName: 'Social og Sundhed',
          unitName: 'Social og Sundhed',
        },
      ]);
      expect(set!.meetings.map((m) => m.id)).toEqual([held.id, later.id]);
      const first = set!.meetings[0]!;
      expect(first.questions).toBe('Hvad ville du gøre, hvis det skulle være færdigt på en uge?');
      expect(first.nextSteps).toBe('Karen tester skemaet i to teams.');
      expect(first.attendees.map((a) => a.name)).toEqual(['Karen Kollega', 'Mig Selv']);
      expect(first.projects).toEqual([
        { id: shared.id, personId: karen.id, personName: 'Karen Kollega', title: 'Delt projekt' },
        { id: hidden.id, personId: ole.id, personName: 'Ole Områdechef', title: null },
      ]);
      expect(first).not.toHaveProperty('notes');
      expect(res.body).not.toContain('FACILITATORENS EGNE NOTER');
      expect(res.body).not.toContain('Privat titel');
      expect(res.body).not.toContain('Andet sæts skridt');
      expect(res.body).not.toContain('Anden Sætdeltager');

      // The set's facilitator finds it under the sets they facilitate.
      const theirs = (await mine(facilitator.session)).json<MyLearningSetsRes>();
      expect(theirs).toEqual({
        sets: [],
        facilitating: [{ id: setId, name: 'Sæt 1', cohortId: cohort.id, cohortName: 'Mit hold' }],
      });
    });

    it('gives an empty list to someone in no set, removed from the cohort, or in an ended cohort', async () => {
      const db = get().ctx.db;
      const nobody = await signedInUser(get().app, db, ['employee'], org);
      expect((await mine(nobody.session)).json()).toEqual({ sets: [], facilitating: [] });

      const unplaced = await signedInUser(get().app, db, ['participant'], org);
      const cohort = await createCohort(db, org, { endsOn: '2099-12-31' });
      await enrolUser(db, org, cohort.id, unplaced.id);
      expect((await mine(unplaced.session)).json<MyLearningSetsRes>().sets).toEqual([]);

      const removed = await signedInUser(get().app, db, ['participant'], org);
      const person = await enrolUser(db, org, cohort.id, removed.id);
      await saveSetDirectly(db, org, cohort.id, [person.id]);
      expect((await mine(removed.session)).json<MyLearningSetsRes>().sets).toHaveLength(1);
      await db.kysely
        .updateTable('cohort_participants')
        .set({ removed_at: new Date().toISOString() })
        .where('person_id', '=', person.id)
        .execute();
      expect((await mine(removed.session)).json<MyLearningSetsRes>().sets).toEqual([]);

      const finished = await signedInUser(get().app, db, ['participant'], org);
      const old = await createCohort(db, org, { startsOn: '2020-01-06', endsOn: '2020-06-26' });
      const oldPerson = await enrolUser(db, org, old.id, finished.id);
      await saveSetDirectly(db, org, old.id, [oldPerson.id]);
      expect((await mine(finished.session)).json<MyLearningSetsRes>().sets).toEqual([]);

      expect((await send(get().app, null, { method: 'GET', url: '/api/my/learning-sets' })).statusCode).toBe(
        401,
      );
    });
  });
});
