import { beforeAll, expect, it } from 'vitest';
import type { InsightListRes } from '../../../../core/schemas/insights.js';
import { createCohort, enrolUser, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { saveSetDirectly } from '../../test/learning-sets.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

type Who =
  | 'author'
  | 'setMate'
  | 'setFacilitator'
  | 'cohortFacilitator'
  | 'participant'
  | 'removed'
  | 'admin'
  | 'employee'
  | 'stranger';
type Visibility = 'private' | 'set' | 'cohort' | 'organisation';

/** Who sees an insight of each visibility (the rules of insights.policy.ts canSee). */
const SEES: Record<Visibility, Who[]> = {
  private: ['author'],
  set: ['author', 'setMate', 'setFacilitator', 'cohortFacilitator'],
  cohort: ['author', 'setMate', 'participant', 'cohortFacilitator', 'admin'],
  organisation: [
    'author',
    'setMate',
    'setFacilitator',
    'cohortFacilitator',
    'participant',
    'removed',
    'admin',
    'employee',
  ],
};
const EVERYONE = Object.keys({
  author: 1,
  setMate: 1,
  setFacilitator: 1,
  cohortFacilitator: 1,
  participant: 1,
  removed: 1,
  admin: 1,
  employee: 1,
  stranger: 1,
} satisfies Record<Who, 1>) as Who[];

/**
 * Every read path (list, search, one, versions) shows an insight exactly to those its visibility
 * names: a private one to nobody but its author, administrators included; another organisation
 * sees nothing. Each statement holds the word "kerneopgaven" and its own marker.
 */
describeEachDialect('insight privacy', (dialect) => {
  const get = useTestApp(dialect);
  const sessions = {} as Record<Who, Session>;
  const ids = {} as Record<Visibility, string>;
  const text = (v: Visibility) => `Kerneopgaven først, teknologien bagefter (${v}-markør).`;
  let draft = '';
  const call = (who: Who, url: string) => send(get().app, sessions[who], { method: 'GET', url });

  beforeAll(async () => {
    const { app, ctx } = get();
    const author = await signedInUser(app, ctx.db, ['participant']);
    const org = author.organisationId;
    sessions.author = author.session;
    const cohortFacilitator = await signedInUser(app, ctx.db, ['facilitator'], org);
    const setFacilitator = await signedInUser(app, ctx.db, ['facilitator'], org);
    const cohort = await createCohort(ctx.db, org, { facilitatorUserIds: [cohortFacilitator.id] });
    const authorPerson = await enrolUser(ctx.db, org, cohort.id, author.id);
    const mate = await signedInParticipant(app, ctx.db, org, cohort.id);
    const participant = await signedInParticipant(app, ctx.db, org, cohort.id);
    const removed = await signedInParticipant(app, ctx.db, org, cohort.id);
    await ctx.db.kysely
      .updateTable('cohort_participants')
      .set({ removed_at: new Date().toISOString() })
      .where('person_id', '=', removed.person.id)
      .execute();
    const setId = await saveSetDirectly(ctx.db, org, cohort.id, [
      authorPerson.id,
      mate.person.id,
      removed.person.id,
    ]);
    await ctx.db.kysely
      .updateTable('learning_sets')
      .set({ facilitator_user_id: setFacilitator.id })
      .where('id', '=', setId)
      .execute();
    await saveSetDirectly(ctx.db, org, cohort.id, [participant.person.id]);
    Object.assign(sessions, {
      setMate: mate.session,
      setFacilitator: setFacilitator.session,
      cohortFacilitator: cohortFacilitator.session,
      participant: participant.session,
      removed: removed.session,
      admin: (await signedInUser(app, ctx.db, ['admin', 'facilitator', 'observer'], org)).session,
      employee: (await signedInUser(app, ctx.db, ['employee'], org)).session,
      stranger: (await signedInUser(app, ctx.db, ['admin'])).session,
    });
    for (const v of ['private', 'set', 'cohort', 'organisation'] as const) {
      const res = await send(app, author.session, {
        method: 'POST',
        url: '/api/insights',
        payload: { statement: text(v), visibility: v, cohortId: cohort.id },
      });
      expect(res.statusCode, res.body).toBe(201);
      ids[v] = res.json().id;
    }
    // A private draft, then shared with a new text: the draft's text must never show.
    const res = await send(app, author.session, {
      method: 'POST',
      url: '/api/insights',
      payload: { statement: 'Hemmelig kladde om kerneopgaven', visibility: 'private' },
    });
    draft = res.json().id;
    const shared = await send(app, author.session, {
      method: 'PATCH',
      url: `/api/insights/${draft}`,
      payload: { version: 1, visibility: 'organisation', statement: 'Delt udgave om kerneopgaven' },
    });
    expect(shared.statusCode, shared.body).toBe(200);
  });

  for (const visibility of ['private', 'set', 'cohort', 'organisation'] as const) {
    it(`${visibility}: list, search, one and versions show it to exactly ${SEES[visibility].join(', ')}`, async () => {
      for (const who of EVERYONE) {
        const sees = SEES[visibility].includes(who);
        const marker = `${visibility}-markør`;
        for (const url of [
          '/api/insights?limit=100',
          '/api/insights?q=kerneopgaverne&limit=100',
          '/api/insights?q=markør&limit=100',
        ]) {
          const res = await call(who, url);
          expect(res.statusCode).toBe(200);
          const items = res.json<InsightListRes>().items;
          expect(
            items.some((i) => i.id === ids[visibility]),
            `${who} ${url}`,
          ).toBe(sees);
          expect(res.body.includes(marker), `${who} ${url}`).toBe(sees);
        }
        for (const url of [`/api/insights/${ids[visibility]}`, `/api/insights/${ids[visibility]}/versions`]) {
          const res = await call(who, url);
          expect(res.statusCode, `${who} ${url}`).toBe(sees ? 200 : 404);
          expect(res.body.includes(marker)).toBe(sees);
        }
      }
    });
  }

  it('never shows a version saved while private to anyone else, nor the text in the audit log', async () => {
    for (const who of EVERYONE.filter((w) => w !== 'author' && w !== 'stranger')) {
      const versions = await call(who, `/api/insights/${draft}/versions`);
      expect(versions.statusCode).toBe(200);
      expect(
        versions.json().items.map((v: { version: number }) => v.version),
        who,
      ).toEqual([2]);
      for (const url of [`/api/insights/${draft}`, '/api/insights?q=kladde', '/api/insights?limit=100']) {
        expect((await call(who, url)).body, `${who} ${url}`).not.toContain('Hemmelig kladde');
      }
    }
    const own = await call('author', `/api/insights/${draft}/versions`);
    expect(own.json().items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(own.body).toContain('Hemmelig kladde');
    const audit = await call('admin', '/api/audit?limit=200');
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.body).toContain('insight.created');
    expect(audit.body).not.toContain('kerneopgaven');
    expect(audit.body).not.toContain('Hemmelig');
  });
});
