import { beforeAll, expect, it } from 'vitest';
import type { NarrativeReadingRes } from '../../../../core/schemas/narrative.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import {
  insertNarrativeQuestion,
  narrativeDocument,
  narrativePart,
  uniqueNarrativeVersion,
} from '../../test/narrative.js';
import { createFocusArea } from '../../test/programmes.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const BASE = '/api/narrative';
const VERSIONS = `${BASE}/versions`;
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

describeEachDialect('base narrative: access and bad input', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    admin = a.session;
    org = a.organisationId;
  });
  const call = (method: Method, url: string, payload?: object, who: Session | null = admin) =>
    send(get().app, who, { method, url, payload });
  const save = { revision: 1, document: narrativeDocument([narrativePart('del-1')]) };
  /** Every route with a draft, a published version and a question of the admin's organisation. */
  async function routes() {
    const published = await uniqueNarrativeVersion(get().ctx.db, org, 'published');
    const draft = await uniqueNarrativeVersion(get().ctx.db, org);
    const question = await insertNarrativeQuestion(get().ctx.db, org);
    return {
      published,
      draft,
      question,
      manage: [
        ['POST', VERSIONS, {}],
        ['PUT', `${VERSIONS}/${draft.id}`, save],
        ['DELETE', `${VERSIONS}/${draft.id}`, undefined],
        ['POST', `${VERSIONS}/${draft.id}/publish`, { revision: 1 }],
        ['GET', `${VERSIONS}/${draft.id}/diff?against=${published.id}`, undefined],
        ['PUT', `${BASE}/questions/${question.id}/answer`, { answer: 'Sådan gør vi.' }],
      ] as Array<[Method, string, object | undefined]>,
    };
  }

  it('answers 401 without a session on every route', async () => {
    const { published, question, manage } = await routes();
    for (const [method, url, payload] of [
      ...manage,
      ['GET', BASE, undefined],
      ['GET', `${VERSIONS}/${published.id}`, undefined],
      ['POST', `${BASE}/questions`, { partKey: 'del-1', question: 'Hvad betyder det?' }],
      ['DELETE', `${BASE}/questions/${question.id}`, undefined],
    ] as Array<[Method, string, object | undefined]>) {
      expect((await call(method, url, payload, null)).statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('lets every role read and ask; only administrators write, publish, compare and answer (403)', async () => {
    const { published, draft, manage } = await routes();
    for (const role of ['facilitator', 'observer', 'participant', 'employee'] as const) {
      const who = (await signedInUser(get().app, get().ctx.db, [role], org)).session;
      const reading = await call('GET', BASE, undefined, who);
      expect(reading.statusCode, role).toBe(200);
      expect(reading.json<NarrativeReadingRes>()).toMatchObject({
        canManage: false,
        draft: null,
        openQuestions: 0,
      });
      expect(reading.json<NarrativeReadingRes>().versions.every((v) => v.status === 'published')).toBe(true);
      const version = await call('GET', `${VERSIONS}/${published.id}`, undefined, who);
      expect(version.json()).toMatchObject({ status: 'published', canEdit: false });
      const asked = await call(
        'POST',
        `${BASE}/questions`,
        { partKey: 'del-1', question: 'Hvad betyder det?' },
        who,
      );
      expect(asked.statusCode, role).toBe(201);
      // A draft is the administrators' work in progress: to others it does not exist.
      expect((await call('GET', `${VERSIONS}/${draft.id}`, undefined, who)).statusCode, role).toBe(404);
      for (const [method, url, payload] of manage) {
        const res = await call(method, url, payload, who);
        expect(res.statusCode, `${role} ${method} ${url}`).toBe(403);
      }
    }
    const reading = (await call('GET', BASE)).json<NarrativeReadingRes>();
    expect(reading.canManage).toBe(true);
    expect(reading.draft?.status).toBe('draft');
    expect((await call('GET', `${VERSIONS}/${draft.id}`)).json()).toMatchObject({ canEdit: true });
  });

  it("answers 404 for unknown ids and another organisation's, which stay untouched", async () => {
    const other = await signedInUser(get().app, get().ctx.db);
    const stranger = other.session;
    const { published, draft, question } = await routes();
    for (const id of [draft.id, crypto.randomUUID()]) {
      for (const [method, url, payload] of [
        ['GET', `${VERSIONS}/${id}`, undefined],
        ['PUT', `${VERSIONS}/${id}`, save],
        ['DELETE', `${VERSIONS}/${id}`, undefined],
        ['POST', `${VERSIONS}/${id}/publish`, { revision: 1 }],
        ['GET', `${VERSIONS}/${id}/diff`, undefined],
      ] as Array<[Method, string, object | undefined]>) {
        const res = await call(method, url, payload, stranger);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
    }
    // Comparing with another organisation's version is as unknown as comparing with none.
    const own = await uniqueNarrativeVersion(get().ctx.db, other.organisationId);
    expect(
      (await call('GET', `${VERSIONS}/${own.id}/diff?against=${published.id}`, undefined, stranger))
        .statusCode,
    ).toBe(404);
    for (const id of [question.id, crypto.randomUUID()]) {
      const answer = await call('PUT', `${BASE}/questions/${id}/answer`, { answer: 'Svar.' }, stranger);
      expect(answer.statusCode).toBe(404);
      expect((await call('DELETE', `${BASE}/questions/${id}`, undefined, stranger)).statusCode).toBe(404);
    }
    const theirs = (await call('GET', BASE, undefined, stranger)).json<NarrativeReadingRes>();
    expect(theirs.published).toBeNull();
    expect(theirs.questions).toEqual([]);
    expect((await call('GET', `${VERSIONS}/${draft.id}`)).json().document).toEqual(draft.document);
    const mine = (await call('GET', BASE)).json<NarrativeReadingRes>();
    expect(mine.questions.map((q) => q.id)).toContain(question.id);
  });

  it('refuses malformed ids and bodies with 400, naming the field', async () => {
    const { draft } = await routes();
    expect((await call('GET', `${VERSIONS}/not-an-id`)).statusCode).toBe(400);
    expect((await call('DELETE', `${BASE}/questions/not-an-id`)).statusCode).toBe(400);
    expect((await call('GET', `${VERSIONS}/${draft.id}/diff?against=nope`)).statusCode).toBe(400);
    const put = (document: object, revision = 1) =>
      call('PUT', `${VERSIONS}/${draft.id}`, { revision, document });

    const empty = await put(narrativeDocument([narrativePart('del-1', { headline: ' ', body: '' })]));
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().error.fields).sort()).toEqual([
      'document.parts.0.body',
      'document.parts.0.headline',
    ]);
    const twice = await put(narrativeDocument([narrativePart('del-1'), narrativePart('del-1')]));
    expect(Object.keys(twice.json().error.fields)).toEqual(['document.parts.1.key']);
    const unknown = await put({ ...narrativeDocument([]), colour: 'red' });
    expect(Object.keys(unknown.json().error.fields)).toEqual(['document.colour']);
    const badKey = await put(narrativeDocument([narrativePart('Del 1')]));
    expect(Object.keys(badKey.json().error.fields)).toEqual(['document.parts.0.key']);
    expect((await call('PUT', `${VERSIONS}/${draft.id}`, { document: draft.document })).statusCode).toBe(400);
    // A revision beyond what the database holds is no revision there ever was (PostgreSQL: 400, not 500).
    for (const revision of [0, 1.5, 2_147_483_647, 1e15]) {
      const res = await put(draft.document, revision);
      expect(res.statusCode, String(revision)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['revision']);
    }
    const publish = (body: object) => call('POST', `${VERSIONS}/${draft.id}/publish`, body);
    for (const [body, field] of [
      [{}, 'revision'],
      [{ revision: 1, now: true }, 'now'],
      [{ revision: 2_147_483_647 }, 'revision'],
      [{ revision: 1e15 }, 'revision'],
    ] as Array<[object, string]>) {
      const res = await publish(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([field]);
    }

    const ask = (body: object) => call('POST', `${BASE}/questions`, body);
    expect(Object.keys((await ask({ partKey: 'del-1', question: 'Hvad' })).json().error.fields)).toEqual([
      'question',
    ]);
    const answer = await call('PUT', `${BASE}/questions/${crypto.randomUUID()}/answer`, { answer: '  ' });
    expect(Object.keys(answer.json().error.fields)).toEqual(['answer']);
    // Nothing was saved by any refused request.
    expect((await call('GET', `${VERSIONS}/${draft.id}`)).json()).toMatchObject({
      revision: 1,
      status: 'draft',
    });
  });

  it("refuses a focus area of another organisation (400 naming the part's field), and accepts its own", async () => {
    const { draft } = await routes();
    const stranger = await signedInUser(get().app, get().ctx.db);
    const theirs = await createFocusArea(get().ctx.db, stranger.organisationId);
    const ours = await createFocusArea(get().ctx.db, org);
    const parts = [
      narrativePart('del-1', { focusAreaIds: [ours.id] }),
      narrativePart('del-2', { focusAreaIds: [ours.id, theirs.id] }),
    ];
    const refused = await call('PUT', `${VERSIONS}/${draft.id}`, {
      revision: 1,
      document: narrativeDocument(parts),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({
      'document.parts.1.focusAreaIds': expect.stringContaining('fokusområder'),
    });
    const unknown = await call('PUT', `${VERSIONS}/${draft.id}`, {
      revision: 1,
      document: narrativeDocument([narrativePart('del-1', { focusAreaIds: [crypto.randomUUID()] })]),
    });
    expect(Object.keys(unknown.json().error.fields)).toEqual(['document.parts.0.focusAreaIds']);
    const saved = await call('PUT', `${VERSIONS}/${draft.id}`, {
      revision: 1,
      document: narrativeDocument(parts.slice(0, 1)),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().document.parts[0].focusAreaIds).toEqual([ours.id]);
  });
});
