import { beforeAll, expect, it } from 'vitest';
import type { CohortOverviewRes } from '../../../../core/schemas/cohort-overview.js';
import { createProject } from '../../test/action-learning.js';
import { createCohort, enrolNew } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { createFocusArea } from '../../test/programmes.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

type Status = 'idea' | 'in_progress' | 'evaluated';

describeEachDialect('project counts in the cohort overview', (dialect) => {
  const get = useTestApp(dialect);
  const db = () => get().ctx.db;
  let org = '';
  let cohortId = '';
  let admin: Session;
  let facilitator: Session;
  let observer: Session;
  const titles: string[] = [];
  const names: string[] = [];
  const areas: Record<'a' | 'b' | 'c', { id: string; name: string }> = {} as never;

  beforeAll(async () => {
    const a = await signedInUser(get().app, db(), ['admin']);
    org = a.organisationId;
    admin = a.session;
    const f = await signedInUser(get().app, db(), ['facilitator'], org);
    facilitator = f.session;
    observer = (await signedInUser(get().app, db(), ['observer'], org)).session;
    cohortId = (await createCohort(db(), org, { facilitatorUserIds: [f.id] })).id;
    areas.a = await createFocusArea(db(), org, 'Automatisering');
    areas.b = await createFocusArea(db(), org, 'Data');
    areas.c = await createFocusArea(db(), org, 'Sammenhæng');
    // 12 participants: 6 ideas, 3 in progress, 1 evaluated, 2 without a project.
    // Focus areas: Automatisering on 7, Data on 2, Sammenhæng on 5.
    const plan: Array<[Status | null, Array<'a' | 'b' | 'c'>]> = [
      ['idea', ['a', 'c']],
      ['idea', ['a', 'c']],
      ['idea', ['a', 'c']],
      ['idea', ['a', 'c']],
      ['idea', ['a', 'c']],
      ['idea', ['a']],
      ['in_progress', ['a', 'b']],
      ['in_progress', ['b']],
      ['in_progress', []],
      ['evaluated', []],
      [null, []],
      [null, []],
    ];
    for (const [status, focus] of plan) {
      const person = await enrolNew(db(), org, cohortId);
      names.push(person.name);
      if (!status) continue;
      const p = await createProject(db(), org, cohortId, person.id, {
        status,
        share: titles.length % 2 ? 'set' : 'private',
        focusAreaIds: focus.map((k) => areas[k].id),
      });
      titles.push(p.title);
    }
    // A removed participant's project is not counted.
    const removed = await enrolNew(db(), org, cohortId);
    await createProject(db(), org, cohortId, removed.id, { status: 'evaluated', focusAreaIds: [areas.b.id] });
    await db()
      .kysely.updateTable('cohort_participants')
      .set({ removed_at: new Date().toISOString() })
      .where('person_id', '=', removed.id)
      .execute();
  });

  const overview = async (who: Session, id = cohortId) => {
    const res = await send(get().app, who, { method: 'GET', url: `/api/cohorts/${id}/overview` });
    expect(res.statusCode, res.body).toBe(200);
    return { o: res.json<CohortOverviewRes>(), body: res.body };
  };
  const byStatus = (o: CohortOverviewRes) =>
    Object.fromEntries(o.projects.byStatus.map((s) => [s.status, s.count]));
  const byArea = (o: CohortOverviewRes) => o.projects.byFocusArea.map((a) => [a.name, a.count]);

  it('gives the cohort’s facilitators every count', async () => {
    const { o } = await overview(facilitator);
    expect(o.projects.aggregatesOnly).toBe(false);
    expect(byStatus(o)).toEqual({ none: 2, idea: 6, in_progress: 3, evaluated: 1, shared: 0 });
    expect(byArea(o)).toEqual([
      ['Automatisering', 7],
      ['Data', 2],
      ['Sammenhæng', 5],
    ]);
  });

  it('releases to observers, and administrators who do not facilitate, only groups of five or more', async () => {
    for (const who of [observer, admin]) {
      const { o, body } = await overview(who);
      expect(o.projects.aggregatesOnly).toBe(true);
      // 2, 3 and 1 are withheld; 0 names nobody.
      expect(byStatus(o)).toEqual({ none: null, idea: 6, in_progress: null, evaluated: null, shared: 0 });
      // Data (2) alone would be given away by the others: the next smallest goes with it.
      expect(byArea(o)).toEqual([
        ['Automatisering', 7],
        ['Data', null],
        ['Sammenhæng', null],
      ]);
      for (const text of [...titles, ...names]) expect(body).not.toContain(text);
    }
  });

  it('withholds every project count from observers when the cohort has fewer than five', async () => {
    const small = await createCohort(db(), org);
    for (let i = 0; i < 4; i++) {
      const p = await enrolNew(db(), org, small.id);
      await createProject(db(), org, small.id, p.id, { status: 'idea', focusAreaIds: [areas.a.id] });
    }
    const { o } = await overview(observer, small.id);
    expect(o.projects.byStatus.every((s) => s.count === null)).toBe(true);
    expect(byArea(o)).toEqual([['Automatisering', null]]);
  });
});
