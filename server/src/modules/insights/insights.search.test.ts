import { beforeAll, expect, it } from 'vitest';
import type { InsightListRes, InsightRes } from '../../../../core/schemas/insights.js';
import { createCohort, enrolUser } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { createField, signedInUser } from '../../test/factories.js';
import { insertInsight } from '../../test/insights.js';
import { createFocusArea } from '../../test/programmes.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

/** Danish full-text search: the same queries and the same answers on SQLite and PostgreSQL. */
describeEachDialect('insight search', (dialect) => {
  const get = useTestApp(dialect);
  let member: Session;
  let org = '';
  let author = '';
  const ids: Record<string, string> = {};
  const search = async (query: string, who = member) => {
    const res = await send(get().app, who, { method: 'GET', url: `/api/insights?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<InsightListRes>();
  };
  const found = async (q: string) =>
    (await search(`q=${encodeURIComponent(q)}`)).items.map((i) => i.statement).sort();

  beforeAll(async () => {
    const { app, ctx } = get();
    const a = await signedInUser(app, ctx.db, ['participant']);
    org = a.organisationId;
    author = a.id;
    member = (await signedInUser(app, ctx.db, ['employee'], org)).session;
    const texts = {
      automation: 'Automatisering af visitationen gav plads til samtalerne med borgerne.',
      digital: 'En digital løsning virker kun, når medarbejderne er med fra start.',
      data: 'Data om ventetider fik lederne til at prioritere anderledes.',
      tagged: 'Små forsøg i hverdagen flytter mere end store planer.',
    };
    for (const [key, statement] of Object.entries(texts)) {
      ids[key] = (
        await insertInsight(ctx.db, org, author, {
          statement,
          tags: key === 'tagged' ? ['Velfærdsteknologi', 'Hjemmepleje'] : [],
        })
      ).id;
    }
    // Another organisation says the same words: never found from this one.
    const stranger = await signedInUser(app, ctx.db, ['participant']);
    await insertInsight(ctx.db, stranger.organisationId, stranger.id, { statement: texts.automation });
  });

  it('"automatiseringerne" finds a text saying "automatisering"', async () => {
    expect(await found('automatiseringerne')).toEqual([
      'Automatisering af visitationen gav plads til samtalerne med borgerne.',
    ]);
  });

  it('"digitale løsninger" finds "digital løsning"; several words must all be there', async () => {
    expect(await found('digitale løsninger')).toEqual([
      'En digital løsning virker kun, når medarbejderne er med fra start.',
    ]);
    expect(await found('DIGITALE ventetider')).toEqual([]);
    expect(await found('medarbejdernes løsninger')).toEqual([
      'En digital løsning virker kun, når medarbejderne er med fra start.',
    ]);
  });

  it('finds nothing for a word no insight holds, nor for stop words alone', async () => {
    expect(await found('kloakrenovering')).toEqual([]);
    expect(await found('og i at')).toEqual([]);
  });

  it('searches the tags too', async () => {
    expect(await found('velfærdsteknologien')).toEqual([
      'Små forsøg i hverdagen flytter mere end store planer.',
    ]);
    expect(await found('hjemmeplejen')).toEqual(['Små forsøg i hverdagen flytter mere end store planer.']);
  });

  it('takes punctuation and search operators as plain text, never as an error', async () => {
    for (const q of [
      '"',
      '*',
      'OR',
      '-',
      '(',
      ')',
      'NOT',
      'AND',
      'NEAR(',
      'data*',
      '"data',
      'data -ventetider',
      "o'brien",
      ':',
      '^',
      '{data}',
      'data OR borgerne',
      '\\',
    ]) {
      const res = await send(get().app, member, {
        method: 'GET',
        url: `/api/insights?q=${encodeURIComponent(q)}`,
      });
      expect(res.statusCode, `${q}: ${res.body}`).toBe(200);
    }
    // Operators are words like any other: "data OR borgerne" wants all three words.
    expect(await found('data OR borgerne')).toEqual([]);
    expect(await found('"data" (ventetider)')).toEqual([
      'Data om ventetider fik lederne til at prioritere anderledes.',
    ]);
  });

  it('lists newest first without a query, and counts the whole result', async () => {
    const all = await search('limit=2');
    expect(all.total).toBe(4);
    expect(all.items).toHaveLength(2);
    const rest = await search('limit=2&offset=2');
    expect(rest.items).toHaveLength(2);
    expect(new Set([...all.items, ...rest.items].map((i) => i.id)).size).toBe(4);
    // A blank query is no query.
    expect((await search('q=%20%20')).total).toBe(4);
  });

  it('follows edits and deletes: the old words no longer find it, the new ones do', async () => {
    const { app, ctx } = get();
    const owner = await signedInUser(app, ctx.db, ['participant'], org);
    const create = await send(app, owner.session, {
      method: 'POST',
      url: '/api/insights',
      payload: { statement: 'Rehabiliteringsforløbene blev kortere.', visibility: 'organisation' },
    });
    expect(create.statusCode, create.body).toBe(201);
    const insight = create.json<InsightRes>();
    expect(await found('rehabiliteringsforløb')).toEqual(['Rehabiliteringsforløbene blev kortere.']);
    const edit = await send(app, owner.session, {
      method: 'PATCH',
      url: `/api/insights/${insight.id}`,
      payload: { version: 1, statement: 'Genoptræningen blev kortere.', tags: ['Træning'] },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(await found('rehabiliteringsforløb')).toEqual([]);
    expect(await found('genoptræning træningen')).toEqual(['Genoptræningen blev kortere.']);
    const del = await send(app, owner.session, { method: 'DELETE', url: `/api/insights/${insight.id}` });
    expect(del.statusCode).toBe(204);
    expect(await found('genoptræning')).toEqual([]);
  });

  it('filters by focus area, field, cohort and mine, with or without a query', async () => {
    const { app, ctx } = get();
    const owner = await signedInUser(app, ctx.db, ['participant'], org);
    const cohort = await createCohort(ctx.db, org);
    await enrolUser(ctx.db, org, cohort.id, owner.id);
    const area = await createFocusArea(ctx.db, org);
    const field = await createField(ctx.db, org);
    const res = await send(app, owner.session, {
      method: 'POST',
      url: '/api/insights',
      payload: {
        statement: 'Datadrevne beslutninger kræver fælles begreber.',
        visibility: 'organisation',
        focusAreaIds: [area.id],
        fieldId: field.id,
        cohortId: cohort.id,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<InsightRes>().id;
    for (const filter of [`focusAreaId=${area.id}`, `fieldId=${field.id}`, `cohortId=${cohort.id}`]) {
      expect((await search(filter)).items.map((i) => i.id)).toEqual([id]);
      expect((await search(`${filter}&q=beslutning`)).items.map((i) => i.id)).toEqual([id]);
      expect((await search(`${filter}&q=automatisering`)).items).toEqual([]);
    }
    expect((await search('mine=true', owner.session)).items.map((i) => i.id)).toEqual([id]);
    expect((await search('mine=true')).items).toEqual([]);
  });

  it('ranks the insight that holds the words more often first', async () => {
    const { ctx } = get();
    const other = await signedInUser(get().app, ctx.db, ['participant']);
    const many = await insertInsight(ctx.db, other.organisationId, other.id, {
      statement: 'Trivsel, trivsel og atter trivsel: trivslen steg, da vi målte trivsel.',
    });
    const once = await insertInsight(ctx.db, other.organisationId, other.id, {
      statement: 'Ugentlige møder om drift, økonomi, personale, bygninger, indkøb og trivsel.',
    });
    const res = await search('q=trivsel', other.session);
    expect(res.items.map((i) => i.id)).toEqual([many.id, once.id]);
  });
});
