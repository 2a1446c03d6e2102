import { beforeAll, describe, expect, it } from 'vitest';
import type {
  InsightOptionsRes,
  InsightRes,
  InsightSourceRes,
  InsightVersionListRes,
} from '../../../../core/schemas/insights.js';
import { createCohort, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { insertInsight, insertJournalEntry, insertMeeting, insertProject } from '../../test/insights.js';
import { saveSetDirectly } from '../../test/learning-sets.js';
import { createFocusArea } from '../../test/programmes.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('insights', (dialect) => {
  const get = useTestApp(dialect);
  let author: Awaited<ReturnType<typeof signedInUser>>;
  let org = '';
  beforeAll(async () => {
    author = await signedInUser(get().app, get().ctx.db, ['participant']);
    org = author.organisationId;
  });
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who?: Session) =>
    send(get().app, who ?? author.session, { method, url, payload });
  const create = async (payload: object, who?: Session) => {
    const res = await call('POST', '/api/insights', payload, who);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<InsightRes>();
  };
  const auditOf = async (entityId: string) =>
    get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity_id', '=', entityId)
      .orderBy('created_at')
      .execute();

  describe('who may', () => {
    it('needs a session (401)', async () => {
      expect((await get().app.inject({ method: 'GET', url: '/api/insights' })).statusCode).toBe(401);
      expect(
        (await get().app.inject({ method: 'POST', url: '/api/insights', payload: { statement: 'x' } }))
          .statusCode,
      ).toBe(401);
    });

    it('lets only the author change or delete (403 for others who see it, 404 for another organisation)', async () => {
      const insight = await insertInsight(get().ctx.db, org, author.id, { visibility: 'organisation' });
      const colleague = await signedInUser(get().app, get().ctx.db, ['admin'], org);
      const url = `/api/insights/${insight.id}`;
      expect((await call('GET', url, undefined, colleague.session)).statusCode).toBe(200);
      const edit = await call('PATCH', url, { version: 1, statement: 'Overtaget' }, colleague.session);
      expect(edit.statusCode).toBe(403);
      expect(edit.json().error.reason).toBe('not_author');
      expect((await call('DELETE', url, undefined, colleague.session)).statusCode).toBe(403);

      const stranger = await signedInUser(get().app, get().ctx.db, ['admin']);
      for (const [method, path, payload] of [
        ['GET', url, undefined],
        ['GET', `${url}/versions`, undefined],
        ['PATCH', url, { version: 1, statement: 'Fremmed' }],
        ['DELETE', url, undefined],
      ] as const) {
        const res = await call(method, path, payload, stranger.session);
        expect(res.statusCode, `${method} ${path}`).toBe(404);
      }
      expect((await call('GET', `/api/insights/${crypto.randomUUID()}`)).statusCode).toBe(404);
    });
  });

  describe('bad input', () => {
    it('refuses an empty or overlong statement, too many or too long tags, with the field named', async () => {
      const cases: Array<[object, string]> = [
        [{ statement: '   ', visibility: 'private' }, 'statement'],
        [{ statement: 'x'.repeat(1001), visibility: 'private' }, 'statement'],
        [
          { statement: 'Godt', visibility: 'private', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
          'tags',
        ],
        [{ statement: 'Godt', visibility: 'private', tags: ['x'.repeat(41)] }, 'tags'],
        [{ statement: 'Godt', visibility: 'hemmelig' }, 'visibility'],
        [{ statement: 'Godt', visibility: 'private', sourceType: 'project' }, 'sourceId'],
        [{ statement: 'Godt', visibility: 'private', focusAreaIds: [crypto.randomUUID()] }, 'focusAreaIds'],
        [{ statement: 'Godt', visibility: 'private', fieldId: crypto.randomUUID() }, 'fieldId'],
        [{ statement: 'Godt', visibility: 'cohort' }, 'visibility'],
        [{ statement: 'Godt', visibility: 'private', cohortId: crypto.randomUUID() }, 'cohortId'],
      ];
      for (const [payload, field] of cases) {
        const res = await call('POST', '/api/insights', payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(Object.keys(res.json().error.fields), JSON.stringify(payload)).toContain(field);
      }
      const long = await call('POST', '/api/insights', {
        statement: 'x'.repeat(1001),
        visibility: 'private',
      });
      expect(long.json().error.fields.statement).toBe('Må højst have 1000 tegn.');
      expect(
        (await call('POST', '/api/insights', { statement: 'x'.repeat(1000), visibility: 'private' }))
          .statusCode,
      ).toBe(201);
    });

    it('says so when sharing with a set the author is not in, or a cohort they do not take part in', async () => {
      const cohort = await createCohort(get().ctx.db, org, { name: 'Hold uden sæt' });
      const p = await signedInParticipant(get().app, get().ctx.db, org, cohort.id);
      const res = await call(
        'POST',
        '/api/insights',
        { statement: 'Godt', visibility: 'set', cohortId: cohort.id },
        p.session,
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.visibility).toContain(
        'Du er ikke i et læringssæt på holdet Hold uden sæt',
      );
      const other = await createCohort(get().ctx.db, org, { name: 'Andet hold' });
      const foreign = await call(
        'POST',
        '/api/insights',
        { statement: 'Godt', visibility: 'cohort', cohortId: other.id },
        p.session,
      );
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().error.fields.cohortId).toBeDefined();
      await saveSetDirectly(get().ctx.db, org, cohort.id, [p.person.id]);
      const ok = await create({ statement: 'Godt', visibility: 'set', cohortId: cohort.id }, p.session);
      expect(ok.visibility).toBe('set');
      expect(ok.cohort?.name).toBe('Hold uden sæt');
    });
  });

  describe('writing and editing', () => {
    it('creates, shows the author, keeps every save as a version, and audits without the text', async () => {
      const area = await createFocusArea(get().ctx.db, org, 'Automatisering');
      const made = await create({
        statement: '  Små forsøg flytter mere end store planer.  ',
        visibility: 'organisation',
        tags: ['Forsøg', 'forsøg', ' Hverdag   i  drift '],
        focusAreaIds: [area.id],
      });
      expect(made).toMatchObject({
        statement: 'Små forsøg flytter mere end store planer.',
        tags: ['Forsøg', 'Hverdag i drift'],
        focusAreas: [{ id: area.id, name: 'Automatisering' }],
        visibility: 'organisation',
        author: { name: 'Test Person' },
        mine: true,
        version: 1,
      });
      const edit = await call('PATCH', `/api/insights/${made.id}`, {
        version: 1,
        statement: 'Små forsøg flytter mere.',
        focusAreaIds: [],
      });
      expect(edit.statusCode, edit.body).toBe(200);
      expect(edit.json<InsightRes>()).toMatchObject({
        version: 2,
        focusAreas: [],
        tags: ['Forsøg', 'Hverdag i drift'],
      });
      // Saving without a change writes no version.
      const same = await call('PATCH', `/api/insights/${made.id}`, {
        version: 2,
        statement: 'Små forsøg flytter mere.',
      });
      expect(same.json<InsightRes>().version).toBe(2);

      const versions = (await call('GET', `/api/insights/${made.id}/versions`)).json<InsightVersionListRes>();
      expect(versions.items.map((v) => [v.version, v.statement, v.focusAreas.length])).toEqual([
        [2, 'Små forsøg flytter mere.', 0],
        [1, 'Små forsøg flytter mere end store planer.', 1],
      ]);
      expect(versions.items[1]?.editedBy).toBe('Test Person');
      const audit = await auditOf(made.id);
      expect(audit.map((a) => a.action)).toEqual(['insight.created', 'insight.updated']);
      expect(JSON.stringify(audit)).not.toContain('forsøg');
    });

    it('refuses a stale edit, saying someone else changed it and which version is saved now', async () => {
      const made = await create({ statement: 'Første udgave', visibility: 'private' });
      expect(
        (await call('PATCH', `/api/insights/${made.id}`, { version: 1, statement: 'Anden udgave' }))
          .statusCode,
      ).toBe(200);
      const stale = await call('PATCH', `/api/insights/${made.id}`, { version: 1, statement: 'Gammel fane' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'conflict', reason: 'stale' });
      expect(stale.json().error.message).toContain('Nogen har ændret indsigten');
      expect(stale.json().error.message).toContain('version 2');
      expect((await call('GET', `/api/insights/${made.id}`)).json<InsightRes>().statement).toBe(
        'Anden udgave',
      );
    });

    it('changes visibility back and forth: a withdrawn share is gone from others’ views', async () => {
      const colleague = await signedInUser(get().app, get().ctx.db, ['employee'], org);
      const made = await create({
        statement: 'Delt, trukket tilbage, delt igen',
        visibility: 'organisation',
      });
      const seen = async () =>
        (await call('GET', `/api/insights/${made.id}`, undefined, colleague.session)).statusCode;
      expect(await seen()).toBe(200);
      await call('PATCH', `/api/insights/${made.id}`, { version: 1, visibility: 'private' });
      expect(await seen()).toBe(404);
      await call('PATCH', `/api/insights/${made.id}`, { version: 2, visibility: 'organisation' });
      expect(await seen()).toBe(200);
      const audit = await auditOf(made.id);
      expect(audit.map((a) => JSON.parse(a.changes ?? '{}').visibility)).toEqual([
        'organisation',
        ['organisation', 'private'],
        ['private', 'organisation'],
      ]);
    });

    it('deletes with its history', async () => {
      const made = await create({ statement: 'Slettes', visibility: 'private' });
      expect((await call('DELETE', `/api/insights/${made.id}`)).statusCode).toBe(204);
      expect((await call('GET', `/api/insights/${made.id}`)).statusCode).toBe(404);
      const left = await get()
        .ctx.db.kysely.selectFrom('insight_versions')
        .select('version')
        .where('insight_id', '=', made.id)
        .execute();
      expect(left).toEqual([]);
      expect((await auditOf(made.id)).map((a) => a.action)).toEqual(['insight.created', 'insight.deleted']);
    });
  });

  describe('sources', () => {
    it('makes an insight from my own journal entry, project or my set’s meeting; anyone else’s is 404', async () => {
      const { ctx, app } = get();
      const cohort = await createCohort(ctx.db, org, { name: 'Kildeholdet' });
      const me = await signedInParticipant(app, ctx.db, org, cohort.id);
      const mate = await signedInParticipant(app, ctx.db, org, cohort.id);
      const setId = await saveSetDirectly(ctx.db, org, cohort.id, [me.person.id, mate.person.id]);
      const otherSet = await saveSetDirectly(ctx.db, org, cohort.id, []);
      const entry = await insertJournalEntry(ctx.db, org, cohort.id, me.person.id);
      const project = await insertProject(ctx.db, org, cohort.id, me.person.id);
      const meeting = await insertMeeting(ctx.db, org, cohort.id, setId);
      const strangerMeeting = await insertMeeting(ctx.db, org, cohort.id, otherSet);
      const theirs = await insertJournalEntry(ctx.db, org, cohort.id, mate.person.id);

      for (const [type, id] of [
        ['journal_entry', entry],
        ['project', project],
        ['meeting', meeting],
      ] as const) {
        const shown = await call('GET', `/api/insights/source?type=${type}&id=${id}`, undefined, me.session);
        expect(shown.statusCode, shown.body).toBe(200);
        expect(shown.json<InsightSourceRes>()).toMatchObject({
          cohort: { id: cohort.id, name: 'Kildeholdet' },
          inSet: true,
        });
        const made = await create(
          { statement: `Fra ${type}`, visibility: 'set', sourceType: type, sourceId: id },
          me.session,
        );
        expect(made).toMatchObject({ sourceType: type, sourceId: id, cohort: { id: cohort.id } });
        // The source's id goes to the author only.
        const asMate = await call('GET', `/api/insights/${made.id}`, undefined, mate.session);
        expect(asMate.json<InsightRes>()).toMatchObject({ sourceType: type, sourceId: null });
      }
      for (const [type, id] of [
        ['journal_entry', theirs],
        ['meeting', strangerMeeting],
        ['project', crypto.randomUUID()],
      ] as const) {
        expect(
          (await call('GET', `/api/insights/source?type=${type}&id=${id}`, undefined, me.session)).statusCode,
        ).toBe(404);
        const res = await call(
          'POST',
          '/api/insights',
          { statement: 'x', visibility: 'private', sourceType: type, sourceId: id },
          me.session,
        );
        expect(res.statusCode, `${type}`).toBe(404);
      }
      const mismatch = await call(
        'POST',
        '/api/insights',
        {
          statement: 'x',
          visibility: 'private',
          sourceType: 'project',
          sourceId: project,
          cohortId: (await createCohort(ctx.db, org)).id,
        },
        me.session,
      );
      expect(mismatch.statusCode).toBe(400);
      expect(mismatch.json().error.fields.cohortId).toBeDefined();
    });
  });

  it('lets a set’s facilitator share an insight from its meeting with the set', async () => {
    const { ctx, app } = get();
    const cohort = await createCohort(ctx.db, org);
    const member = await signedInParticipant(app, ctx.db, org, cohort.id);
    const outsider = await signedInParticipant(app, ctx.db, org, cohort.id);
    const facilitator = await signedInUser(app, ctx.db, ['facilitator'], org);
    const setId = await saveSetDirectly(ctx.db, org, cohort.id, [member.person.id]);
    await ctx.db.kysely
      .updateTable('learning_sets')
      .set({ facilitator_user_id: facilitator.id })
      .where('id', '=', setId)
      .execute();
    const meeting = await insertMeeting(ctx.db, org, cohort.id, setId);
    const made = await create(
      { statement: 'Spørgsmål før råd', visibility: 'set', sourceType: 'meeting', sourceId: meeting },
      facilitator.session,
    );
    const url = `/api/insights/${made.id}`;
    expect((await call('GET', url, undefined, member.session)).statusCode).toBe(200);
    expect((await call('GET', url, undefined, outsider.session)).statusCode).toBe(404);
    // Not the cohort's facilitator: sharing with the whole cohort is refused.
    const edit = await call('PATCH', url, { version: 1, visibility: 'cohort' }, facilitator.session);
    expect(edit.statusCode).toBe(400);
    expect(edit.json().error.fields.visibility).toBeDefined();
  });

  it('offers focus areas, fields, and the cohorts to filter by and share with', async () => {
    const { ctx, app } = get();
    const cohort = await createCohort(ctx.db, org, { name: 'Mit hold' });
    const me = await signedInParticipant(app, ctx.db, org, cohort.id);
    await saveSetDirectly(ctx.db, org, cohort.id, [me.person.id]);
    const hidden = await createCohort(ctx.db, org, { name: 'Andres hold' });
    await insertInsight(ctx.db, org, author.id, { visibility: 'cohort', cohortId: hidden.id });
    const res = await call('GET', '/api/insights/options', undefined, me.session);
    expect(res.statusCode, res.body).toBe(200);
    const options = res.json<InsightOptionsRes>();
    expect(options.myCohorts).toEqual([{ id: cohort.id, name: 'Mit hold', inSet: true }]);
    expect(options.cohorts.map((c) => c.name)).toEqual(['Mit hold']);
    expect(options.fields).toEqual([]);
  });
});
