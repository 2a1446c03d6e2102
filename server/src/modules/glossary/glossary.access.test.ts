import { beforeAll, expect, it } from 'vitest';
import type { GlossaryRes } from '../../../../core/schemas/glossary.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { insertGlossaryTerm } from '../../test/glossary.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const TERMS = '/api/glossary/terms';
const body = {
  term: 'Cloud',
  variants: ['skyen'],
  explanation: 'Computere, som en leverandør driver for os.',
};

describeEachDialect('glossary: access and bad input', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    admin = a.session;
    org = a.organisationId;
  });
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, who = admin) =>
    send(get().app, who, { method, url, payload });

  it('answers 401 without a session', async () => {
    const { id } = await insertGlossaryTerm(get().ctx.db, org);
    for (const [method, url] of [
      ['GET', '/api/glossary'],
      ['POST', TERMS],
      ['PUT', `${TERMS}/${id}`],
      ['DELETE', `${TERMS}/${id}`],
      ['POST', '/api/glossary/starter'],
    ] as const) {
      expect((await send(get().app, null, { method, url, payload: body })).statusCode, url).toBe(401);
    }
  });

  it('lets every member read; only administrators change (403)', async () => {
    const { id } = await insertGlossaryTerm(get().ctx.db, org);
    for (const role of ['facilitator', 'observer', 'participant', 'employee'] as const) {
      const who = (await signedInUser(get().app, get().ctx.db, [role], org)).session;
      const read = await call('GET', '/api/glossary', undefined, who);
      expect(read.statusCode, role).toBe(200);
      expect(read.json<GlossaryRes>().canEdit).toBe(false);
      expect(read.json<GlossaryRes>().terms.map((t) => t.id)).toContain(id);
      expect((await call('POST', TERMS, body, who)).statusCode, role).toBe(403);
      expect((await call('PUT', `${TERMS}/${id}`, body, who)).statusCode, role).toBe(403);
      expect((await call('DELETE', `${TERMS}/${id}`, undefined, who)).statusCode, role).toBe(403);
      expect((await call('POST', '/api/glossary/starter', undefined, who)).statusCode, role).toBe(403);
    }
    expect((await call('GET', '/api/glossary')).json<GlossaryRes>().canEdit).toBe(true);
  });

  it("answers 404 for an unknown term and for another organisation's, which stays untouched", async () => {
    const stranger = (await signedInUser(get().app, get().ctx.db)).session;
    const mine = await insertGlossaryTerm(get().ctx.db, org, { term: 'Fagsystem' });
    for (const id of [mine.id, crypto.randomUUID()]) {
      expect((await call('PUT', `${TERMS}/${id}`, body, stranger)).statusCode).toBe(404);
      expect((await call('DELETE', `${TERMS}/${id}`, undefined, stranger)).statusCode).toBe(404);
    }
    const theirs = (await call('GET', '/api/glossary', undefined, stranger)).json<GlossaryRes>();
    expect(theirs.terms).toEqual([]);
    const kept = (await call('GET', '/api/glossary')).json<GlossaryRes>().terms.find((t) => t.id === mine.id);
    expect(kept).toMatchObject({ term: 'Fagsystem', explanation: mine.explanation });
    expect((await call('PUT', `${TERMS}/not-an-id`, body)).statusCode).toBe(400);
    expect((await call('DELETE', `${TERMS}/not-an-id`)).statusCode).toBe(400);
  });

  it('refuses bad terms with 400, naming the field, and saves nothing', async () => {
    const { id } = await insertGlossaryTerm(get().ctx.db, org, { term: 'Robot' });
    const fields = async (method: 'POST' | 'PUT', url: string, payload: object) => {
      const res = await call(method, url, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      return res.json().error.fields as Record<string, string>;
    };
    for (const [method, url] of [
      ['POST', TERMS],
      ['PUT', `${TERMS}/${id}`],
    ] as const) {
      expect(await fields(method, url, { ...body, term: '   ' })).toEqual({ term: 'Skal udfyldes.' });
      expect(await fields(method, url, { ...body, explanation: 'x'.repeat(601) })).toEqual({
        explanation: 'Må højst have 600 tegn.',
      });
      expect(await fields(method, url, { ...body, variants: ['Skyen', 'skyen'] })).toEqual({
        variants: 'Den samme form står der flere gange. Fjern den ene.',
      });
      // Equal by termKey, not by lower case alone: spaces are folded too.
      expect(await fields(method, url, { ...body, variants: ['sky  tjeneste', 'sky tjeneste'] })).toEqual({
        variants: 'Den samme form står der flere gange. Fjern den ene.',
      });
      expect(await fields(method, url, { ...body, variants: ['CLOUD'] })).toEqual({
        variants: expect.stringContaining('samme som selve begrebet'),
      });
      expect(await fields(method, url, { ...body, colour: 'red' })).toEqual({
        colour: 'Ukendt felt. Fjern det.',
      });
      expect(Object.keys(await fields(method, url, { term: 'Cloud' }))).toEqual(['variants', 'explanation']);
    }
    const terms = (await call('GET', '/api/glossary')).json<GlossaryRes>().terms;
    expect(terms.find((t) => t.id === id)?.term).toBe('Robot');
    expect(terms.some((t) => t.term === 'Cloud')).toBe(false);
  });
});
