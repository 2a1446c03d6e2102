import { beforeAll, expect, it } from 'vitest';
import type { CohortOverviewRes } from '../../../../core/schemas/cohort-overview.js';
import type { CohortListRes } from '../../../../core/schemas/cohorts.js';
import { createActivity, createCohort, enrolNew } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { createPerson, createUnit, signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('cohort overview', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Awaited<ReturnType<typeof signedInUser>>;
  let observer: Session;
  let org = '';
  let cohortId = '';
  const names: Record<string, string> = {};
  beforeAll(async () => {
    const db = get().ctx.db;
    admin = await signedInUser(get().app, db, ['admin']);
    org = admin.organisationId;
    observer = (await signedInUser(get().app, db, ['observer'], org)).session;
    // Top → two areas; "Børn og Unge" has a school below it. 6 people there, 2 in "Økonomi".
    const top = await createUnit(db, org, { name: 'Direktionen' });
    const children = await createUnit(db, org, { name: 'Børn og Unge', parentId: top.id });
    const school = await createUnit(db, org, { name: 'Skolen', parentId: children.id });
    const finance = await createUnit(db, org, { name: 'Økonomi', parentId: top.id });
    const cohort = await createCohort(db, org);
    cohortId = cohort.id;
    const people = [];
    for (let i = 0; i < 8; i++) {
      const unit = i < 2 ? finance : i < 4 ? children : school;
      const p = await createPerson(db, org, { unitId: unit.id, level: i < 6 ? 'leder' : 'chef' });
      names[p.id] = p.name;
      people.push(p);
      await db.kysely
        .insertInto('cohort_participants')
        .values({
          cohort_id: cohortId,
          organisation_id: org,
          person_id: p.id,
          added_at: '2027-01-04T00:00:00Z',
          removed_at: null,
        })
        .execute();
    }
    // Two begun activities: person 0 absent at both, person 1 absent at one; everyone else present.
    const now = get().clock.now().getTime();
    for (const [n, daysAgo] of [
      [0, 14],
      [1, 7],
    ] as const) {
      const a = await createActivity(db, org, cohort, { title: `Møde ${n}` });
      const at = new Date(now - daysAgo * 86_400_000);
      await db.kysely
        .updateTable('cohort_activities')
        .set({ starts_at: at.toISOString(), ends_at: new Date(at.getTime() + 3_600_000).toISOString() })
        .where('id', '=', a.id)
        .execute();
      await db.kysely
        .insertInto('activity_attendance')
        .values(
          people.map((p, i) => ({
            activity_id: a.id,
            organisation_id: org,
            person_id: p.id,
            status: i === 0 || (i === 1 && n === 1) ? 'absent' : 'present',
            reason: null,
            marked_by_user_id: null,
            marked_at: at.toISOString(),
          })),
        )
        .execute();
    }
    await createActivity(db, org, cohort, { day: '2099-01-01', title: 'Senere' });
  });
  const overview = async (who: Session) => {
    const res = await send(get().app, who, { method: 'GET', url: `/api/cohorts/${cohortId}/overview` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<CohortOverviewRes>();
  };

  it('gives those who run the cohort every figure, by area (the unit below the top) and level, and names', async () => {
    const o = await overview(admin.session);
    expect(o.aggregatesOnly).toBe(false);
    expect(o.participantCount).toBe(8);
    expect(o.byArea.map((a) => [a.name, a.count])).toEqual([
      ['Børn og Unge', 6],
      ['Økonomi', 2],
    ]);
    expect(o.byLevel).toEqual([
      { level: 'chef', count: 2 },
      { level: 'leder', count: 6 },
    ]);
    expect(o.activities.map((a) => [a.title, a.present, a.absent, a.unmarked, a.rate])).toEqual([
      ['Møde 0', 7, 1, 0, 0.875],
      ['Møde 1', 6, 2, 0, 0.75],
    ]);
    expect(o.attendanceRate).toBe(0.813);
    expect(o.missedTwoInARow.count).toBe(1);
    expect(o.missedTwoInARow.people?.map((p) => p.name)).toEqual([names[Object.keys(names)[0] as string]]);
  });

  it('gives observers counts only: groups under five withheld, with the next smallest, and nobody named', async () => {
    const o = await overview(observer);
    expect(o.aggregatesOnly).toBe(true);
    expect(o.minimumGroupSize).toBe(5);
    expect(o.byArea.map((a) => a.count)).toEqual([null, null]);
    expect(o.byLevel.map((l) => l.count)).toEqual([null, null]);
    expect(o.activities.map((a) => [a.present, a.absent, a.unmarked, a.rate])).toEqual([
      // One or two absent are withheld, and with nobody unmarked (0 is released) the present
      // count would give them away, so it is withheld too; the rate with them.
      [null, null, 0, null],
      [null, null, 0, null],
    ]);
    expect(o.attendanceRate).toBeNull();
    expect(o.missedTwoInARow).toEqual({ count: null, people: null });
    const body = JSON.stringify(o);
    for (const name of Object.values(names)) expect(body).not.toContain(name);
  });

  it('releases to observers the groups of five or more', async () => {
    const db = get().ctx.db;
    const top = await createUnit(db, org, { name: 'Top' });
    const [north, south] = [
      await createUnit(db, org, { name: 'Nord', parentId: top.id }),
      await createUnit(db, org, { name: 'Syd', parentId: top.id }),
    ];
    const cohort = await createCohort(db, org);
    const a = await createActivity(db, org, cohort, { day: '2020-01-06' });
    for (let i = 0; i < 12; i++) {
      const p = await createPerson(db, org, { unitId: i < 7 ? north.id : south.id, level: 'leder' });
      await db.kysely
        .insertInto('cohort_participants')
        .values({
          cohort_id: cohort.id,
          organisation_id: org,
          person_id: p.id,
          added_at: '2020-01-01T00:00:00Z',
          removed_at: null,
        })
        .execute();
      await db.kysely
        .insertInto('activity_attendance')
        .values({
          activity_id: a.id,
          organisation_id: org,
          person_id: p.id,
          status: i % 2 ? 'absent' : 'present',
          reason: null,
          marked_by_user_id: null,
          marked_at: '2020-01-06T10:00:00Z',
        })
        .execute();
    }
    const url = `/api/cohorts/${cohort.id}/overview`;
    const o = (await send(get().app, observer, { method: 'GET', url })).json<CohortOverviewRes>();
    expect(o.byArea.map((x) => [x.name, x.count])).toEqual([
      ['Nord', 7],
      ['Syd', 5],
    ]);
    expect(o.byLevel).toEqual([{ level: 'leder', count: 12 }]);
    expect(o.activities.map((x) => [x.present, x.absent, x.unmarked, x.rate])).toEqual([[6, 6, 0, 0.5]]);
    expect(o.attendanceRate).toBe(0.5);
    expect(o.missedTwoInARow).toEqual({ count: 0, people: null });
  });

  it('withholds every breakdown from observers when the whole cohort has fewer than five', async () => {
    const db = get().ctx.db;
    const small = await createCohort(db, org);
    const a = await createActivity(db, org, small, { day: '2020-01-06' });
    for (let i = 0; i < 4; i++) {
      const p = await enrolNew(db, org, small.id);
      await db.kysely
        .insertInto('activity_attendance')
        .values({
          activity_id: a.id,
          organisation_id: org,
          person_id: p.id,
          status: 'present',
          reason: null,
          marked_by_user_id: null,
          marked_at: '2020-01-06T10:00:00Z',
        })
        .execute();
    }
    const url = `/api/cohorts/${small.id}/overview`;
    const seen = (await send(get().app, observer, { method: 'GET', url })).json<CohortOverviewRes>();
    expect(seen.activities.map((x) => [x.present, x.rate])).toEqual([[null, null]]);
    expect(seen.attendanceRate).toBeNull();
    const full = (await send(get().app, admin.session, { method: 'GET', url })).json<CohortOverviewRes>();
    expect(full.activities.map((x) => [x.present, x.rate])).toEqual([[4, 1]]);
  });

  it('lets observers list every cohort and open one, but nothing with names', async () => {
    const list = await send(get().app, observer, { method: 'GET', url: '/api/cohorts' });
    expect(list.json<CohortListRes>().items.map((c) => c.id)).toContain(cohortId);
    expect(
      (await send(get().app, observer, { method: 'GET', url: `/api/cohorts/${cohortId}` })).statusCode,
    ).toBe(200);
    for (const url of [`/api/cohorts/${cohortId}/participants`, `/api/cohorts/${cohortId}/attendance`]) {
      expect((await send(get().app, observer, { method: 'GET', url })).statusCode).toBe(403);
    }
  });

  it('keeps a facilitator to their own cohorts, and participants out', async () => {
    const db = get().ctx.db;
    const facilitator = await signedInUser(get().app, db, ['facilitator'], org);
    const res = await send(get().app, facilitator.session, {
      method: 'GET',
      url: `/api/cohorts/${cohortId}/overview`,
    });
    expect(res.statusCode).toBe(404);
    const participant = await signedInUser(get().app, db, ['participant'], org);
    const out = await send(get().app, participant.session, {
      method: 'GET',
      url: `/api/cohorts/${cohortId}/overview`,
    });
    expect(out.statusCode).toBe(403);
  });
});
