import { beforeAll, expect, it } from 'vitest';
import { explanationWarnings } from '../../../../core/plain-language/jargon.js';
import { STARTER_GLOSSARY } from '../../../../core/plain-language/starter-glossary.js';
import type { GlossaryRes, GlossaryTermRes } from '../../../../core/schemas/glossary.js';
import { testConfig } from '../../config.js';
import { createAdmin } from '../../operations.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { insertGlossaryTerm } from '../../test/glossary.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const TERMS = '/api/glossary/terms';

describeEachDialect('glossary: terms, duplicates, warnings and the starting glossary', (dialect) => {
  const get = useTestApp(dialect);
  /** A fresh organisation with an administrator, per test. */
  const fresh = async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    const call = (
      method: 'GET' | 'POST' | 'PUT' | 'DELETE',
      url: string,
      payload?: object,
      who: Session = a.session,
    ) => send(get().app, who, { method, url, payload });
    const add = async (term: string, explanation: string, variants: string[] = []) => {
      const res = await call('POST', TERMS, { term, variants, explanation });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<GlossaryTermRes>();
    };
    const glossary = async () => (await call('GET', '/api/glossary')).json<GlossaryRes>();
    const audit = () =>
      get()
        .ctx.db.kysely.selectFrom('audit_log')
        .select(['action', 'entity_type', 'entity_id', 'changes'])
        .where('organisation_id', '=', a.organisationId)
        .where('action', 'not in', ['user.logged_in'])
        .orderBy('created_at')
        .execute();
    return { ...a, call, add, glossary, audit };
  };
  let shared: Awaited<ReturnType<typeof fresh>>;
  beforeAll(async () => {
    shared = await fresh();
  });

  it('adds, changes and deletes a term, each audited with the term and no long texts', async () => {
    const { call, add, glossary, audit } = await fresh();
    const api = await add('API', 'En fast måde, hvorpå to it-systemer udveksler data.', ["API'er"]);
    expect(api).toMatchObject({ term: 'API', variants: ["API'er"], unexplainedTerms: [] });
    const changed = await call('PUT', `${TERMS}/${api.id}`, {
      term: 'Api',
      variants: [],
      explanation: 'Et stik, som to systemer bruger til at tale sammen.',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id: api.id, term: 'Api', variants: [] });
    expect((await glossary()).terms.map((t) => t.term)).toEqual(['Api']);
    expect((await call('DELETE', `${TERMS}/${api.id}`)).statusCode).toBe(204);
    expect((await call('DELETE', `${TERMS}/${api.id}`)).statusCode).toBe(404);
    expect((await glossary()).terms).toEqual([]);
    const rows = await audit();
    expect(rows.map((r) => [r.action, r.entity_type, r.entity_id])).toEqual([
      ['glossary_term.created', 'glossary_term', api.id],
      ['glossary_term.updated', 'glossary_term', api.id],
      ['glossary_term.deleted', 'glossary_term', api.id],
    ]);
    expect(rows.map((r) => JSON.parse(r.changes ?? 'null'))).toEqual([
      { term: 'API', variants: ["API'er"] },
      { term: ['API', 'Api'], variants: [["API'er"], []], explanationChanged: true },
      { term: 'Api' },
    ]);
  });

  it('lists terms in Danish order: æ, ø and å after z', async () => {
    const { add, glossary } = await fresh();
    for (const term of ['Åben kildekode', 'Øjebliksbillede', 'Zoom', 'Æblesystem', 'algoritme', 'Backup']) {
      await add(term, 'En forklaring, der er let at læse.');
    }
    expect((await glossary()).terms.map((t) => t.term)).toEqual([
      'algoritme',
      'Backup',
      'Zoom',
      'Æblesystem',
      'Øjebliksbillede',
      'Åben kildekode',
    ]);
  });

  it('refuses a term or variant already in the glossary, in any case, with 409 naming it', async () => {
    const { call, add, glossary } = await fresh();
    const api = await add('API', 'En snitflade mellem to systemer.');
    const ai = await add('Kunstig intelligens', 'Programmer, der lærer af eksempler.', ['AI']);
    const refused = async (method: 'POST' | 'PUT', url: string, term: string, variants: string[] = []) => {
      const res = await call(method, url, { term, variants, explanation: 'Endnu en forklaring.' });
      expect(res.statusCode, `${term} ${variants}`).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'conflict', reason: 'term_exists' });
      return res.json().error.message as string;
    };
    expect(await refused('POST', TERMS, 'api')).toBe('Begrebet "API" findes allerede i ordlisten.');
    expect(await refused('POST', TERMS, '  API ')).toBe('Begrebet "API" findes allerede i ordlisten.');
    expect(await refused('POST', TERMS, 'Snitflade', ['Api'])).toBe(
      'Begrebet "API" findes allerede i ordlisten.',
    );
    expect(await refused('POST', TERMS, 'ai')).toBe(
      '"ai" står allerede i ordlisten som en anden form af "Kunstig intelligens".',
    );
    expect(await refused('POST', TERMS, 'Maskinlæring', ['AI'])).toContain('"Kunstig intelligens"');
    expect(await refused('POST', TERMS, 'kunstig   intelligens')).toContain('"Kunstig intelligens"');
    expect(await refused('PUT', `${TERMS}/${api.id}`, 'API', ['ai'])).toContain('"Kunstig intelligens"');
    expect(await refused('PUT', `${TERMS}/${ai.id}`, 'Api')).toBe(
      'Begrebet "API" findes allerede i ordlisten.',
    );
    // A term may change its own case and keep its own variants.
    const own = await call('PUT', `${TERMS}/${ai.id}`, {
      term: 'kunstig intelligens',
      variants: ['AI'],
      explanation: 'Programmer, der lærer af eksempler.',
    });
    expect(own.statusCode, own.body).toBe(200);
    expect((await glossary()).terms.map((t) => t.term)).toEqual(['API', 'kunstig intelligens']);
  });

  it('refuses a term or a variant with fewer than two letters with 400 on its field', async () => {
    const { call, glossary } = await fresh();
    const refused = async (term: string, variants: string[] = []) => {
      const res = await call('POST', TERMS, { term, variants, explanation: 'En forklaring.' });
      expect(res.statusCode, `${term} ${variants}`).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      return res.json().error.fields as Record<string, string>;
    };
    expect(await refused('C')).toEqual({ term: 'Skriv mindst to bogstaver.' });
    expect(await refused('5G')).toEqual({ term: 'Skriv mindst to bogstaver.' });
    expect(await refused('C-sprog', ['C++'])).toEqual({ variants: 'Skriv mindst to bogstaver.' });
    expect((await glossary()).terms).toEqual([]);
    // Two letters are enough, with digits and signs beside them.
    const ok = await call('POST', TERMS, { term: 'IT', variants: ['3D-print'], explanation: 'Teknik.' });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('lets exactly one of several simultaneous requests add the same term', async () => {
    const { call, glossary } = await fresh();
    const results = await Promise.all(
      ['Cloud', 'cloud', 'CLOUD', 'Cloud ', ' cloud'].map((term) =>
        call('POST', TERMS, { term, variants: [], explanation: 'Computere, som andre driver.' }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    expect((await glossary()).terms).toHaveLength(1);
  });

  it('warns about terms an explanation uses without explaining them', async () => {
    const { call, add, glossary } = await fresh();
    await add('API', 'En snitflade, som to systemer bruger til at tale sammen.');
    const integration = await add('Dataintegration', 'To systemer deler data via et API.');
    expect(integration.unexplainedTerms).toEqual(['API']);
    const explained = await call('PUT', `${TERMS}/${integration.id}`, {
      term: 'Dataintegration',
      variants: [],
      explanation: 'To systemer deler data via et API (en fast snitflade).',
    });
    expect(explained.json().unexplainedTerms).toEqual([]);
    await add('Cloud', 'Computere, som andre driver. Vi henter data derfra med et API.', ['skyen']);
    await add('Robot', 'Et program, der klikker i skyen som en medarbejder og bruger API’er.');
    const list = (await glossary()).terms;
    expect(Object.fromEntries(list.map((t) => [t.term, t.unexplainedTerms]))).toEqual({
      API: [],
      Cloud: ['API'],
      Dataintegration: [],
      Robot: ['Cloud', 'API'],
    });
    // The list's warnings are core's explanationWarnings, term by term.
    const entries = list.map((t) => ({ term: t.term, variants: t.variants, explanation: t.explanation }));
    for (const t of list) expect(t.unexplainedTerms).toEqual(explanationWarnings(t, entries));
  });

  it('adds the starting glossary once, keeps the organisation’s own terms, and audits one entry', async () => {
    expect(STARTER_GLOSSARY.length).toBeGreaterThan(40);
    const { call, glossary, audit, organisationId } = await fresh();
    const first = STARTER_GLOSSARY[0]!;
    const own = await insertGlossaryTerm(get().ctx.db, organisationId, {
      term: first.term.toUpperCase(),
      explanation: 'Vores egen forklaring.',
    });
    expect((await glossary()).starterMissing).toBe(STARTER_GLOSSARY.length - 1);
    const added = await call('POST', '/api/glossary/starter');
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toEqual({ added: STARTER_GLOSSARY.length - 1 });
    const after = await glossary();
    expect(after.starterMissing).toBe(0);
    expect(after.terms).toHaveLength(STARTER_GLOSSARY.length);
    expect(after.terms.find((t) => t.id === own.id)?.explanation).toBe('Vores egen forklaring.');
    expect((await call('POST', '/api/glossary/starter')).json()).toEqual({ added: 0 });
    const rows = (await audit()).filter((r) => r.action.startsWith('glossary'));
    expect(rows.map((r) => [r.action, r.entity_type, JSON.parse(r.changes ?? 'null')])).toEqual([
      ['glossary.starter_added', 'glossary', { added: STARTER_GLOSSARY.length - 1 }],
    ]);
  });

  it('counts a starting term kept as a variant as present, and leaves out a variant already taken', async () => {
    const { call, glossary, organisationId } = await fresh();
    const [withVariant, other] = [
      STARTER_GLOSSARY.find((e) => e.variants.length > 0)!,
      STARTER_GLOSSARY.find((e) => e.variants.length === 0)!,
    ];
    const taken = withVariant.variants[0]!;
    await insertGlossaryTerm(get().ctx.db, organisationId, { term: taken.toLowerCase() });
    await insertGlossaryTerm(get().ctx.db, organisationId, { term: 'Vores eget', variants: [other.term] });
    expect((await glossary()).starterMissing).toBe(STARTER_GLOSSARY.length - 1);
    expect((await call('POST', '/api/glossary/starter')).json()).toEqual({
      added: STARTER_GLOSSARY.length - 1,
    });
    const after = await glossary();
    expect(after.starterMissing).toBe(0);
    expect(after.terms.find((t) => t.term === withVariant.term)?.variants).toEqual(
      withVariant.variants.filter((v) => v !== taken),
    );
    expect(after.terms.some((t) => t.term === other.term)).toBe(false);
  });

  it('gives a new organisation the starting glossary', async () => {
    await createAdmin(get().ctx.db, testConfig(), {
      organisation: `Ny Kommune ${crypto.randomUUID()}`,
      email: `admin-${crypto.randomUUID()}@ny.dk`,
    });
    const org = await get()
      .ctx.db.kysely.selectFrom('organisations')
      .select('id')
      .where('name', 'like', 'Ny Kommune %')
      .executeTakeFirstOrThrow();
    const terms = await get()
      .ctx.db.kysely.selectFrom('glossary_terms')
      .select('term')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(terms.length).toBeGreaterThan(40);
    expect(terms.map((t) => t.term).sort()).toEqual(STARTER_GLOSSARY.map((t) => t.term).sort());
  });

  it('never shows another organisation’s glossary', async () => {
    const secret = await shared.add(`Hemmeligt ${crypto.randomUUID()}`, 'Kun for os.');
    const other = await fresh();
    const theirs = await other.call('GET', '/api/glossary');
    expect(theirs.body).not.toContain(secret.term);
    // The same term in two organisations is no conflict.
    await other.add(secret.term, 'Deres egen forklaring.');
  });
});
