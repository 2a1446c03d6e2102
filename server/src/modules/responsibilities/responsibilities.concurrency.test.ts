import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MatrixDocument } from '../../../../core/schemas/responsibilities.js';
import { type BuiltApp, buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import type { DocumentRaceHooks } from '../../lib/document-versions.js';
import { describeEachDialect, openTestDb, type TestDb } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { lostUpdateHooks } from '../../test/race-hooks.js';
import { insertMatrixVersion, matrixDocument } from '../../test/responsibilities.js';

const EDITORS = 10;
const VERSIONS = '/api/responsibilities/versions';

type Answer = { status: number; reason?: string; index: number };

describeEachDialect('responsibility matrix: editors at the same time', (dialect) => {
  let db: TestDb;
  const servers: BuiltApp[] = [];
  beforeAll(async () => {
    db = await openTestDb(dialect);
  });
  afterAll(async () => {
    for (const s of servers) await s.app.close();
    await db.drop();
  });

  /** A listening server (real HTTP, real connections) and an administrator of a fresh organisation. */
  async function server(race?: DocumentRaceHooks) {
    const built = await buildApp(testConfig({ loginRateLimit: 0 }), { db, responsibilityRace: race });
    servers.push(built);
    const address = await built.app.listen({ port: 0, host: '127.0.0.1' });
    const admin = await signedInUser(built.app, db, ['admin']);
    const request = async (method: string, path: string, index: number, body?: object): Promise<Answer> => {
      const res = await fetch(`${address}${path}`, {
        method,
        headers: {
          cookie: admin.session.cookie,
          'x-csrf-token': admin.session.csrfToken,
          ...(body && { 'content-type': 'application/json' }),
        },
        body: body && JSON.stringify(body),
      });
      const json = (await res.json()) as { error?: { reason?: string } };
      return { status: res.status, reason: json.error?.reason, index };
    };
    return { admin, request };
  }

  /** Every editor loaded revision 1 of the same draft and saves their own change at once. */
  async function rush(race?: DocumentRaceHooks) {
    const { admin, request } = await server(race);
    const draft = await insertMatrixVersion(db, admin.organisationId);
    const documents = Array.from({ length: EDITORS }, (_, i) => matrixDocument({ tag: `redaktør-${i}` }));
    const answers = await Promise.all(
      documents.map((document, i) => request('PUT', `${VERSIONS}/${draft.id}`, i, { revision: 1, document })),
    );
    const row = await db.kysely
      .selectFrom('responsibility_matrices')
      .select(['document', 'revision'])
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    return {
      answers,
      documents,
      stored: JSON.parse(row.document) as MatrixDocument,
      revision: Number(row.revision),
    };
  }

  it(`${EDITORS} parallel saves of one revision: one 200, the rest 409 stale_edit, and the winner's document is stored`, async () => {
    const { answers, documents, stored, revision } = await rush();
    const won = answers.filter((a) => a.status === 200);
    expect(won).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 200).map((a) => [a.status, a.reason])).toEqual(
      Array.from({ length: EDITORS - 1 }, () => [409, 'stale_edit']),
    );
    expect(stored).toEqual(documents[won[0]?.index ?? -1]);
    expect(revision).toBe(2);
  });

  it('control: without the revision guard every save answers 200, and all but one of those edits are silently lost', async () => {
    const { answers, documents, stored, revision } = await rush(lostUpdateHooks());
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: EDITORS }, () => 200));
    // Ten editors were told their change was saved; the draft holds one of them.
    expect(documents).toContainEqual(stored);
    expect(revision).toBe(2);
  });

  it(`${EDITORS} parallel publishes of one draft: one 200, the rest 409 version_published (not stale_edit), published once`, async () => {
    // Each publish pauses after its checks, so on PostgreSQL they all pass them and meet at the update.
    const { admin, request } = await server({
      unsafeWithoutRevision: false,
      beforePublishUpdate: () => new Promise((resolve) => setTimeout(resolve, 150)),
    });
    const draft = await insertMatrixVersion(db, admin.organisationId);
    const answers = await Promise.all(
      Array.from({ length: EDITORS }, (_, i) =>
        request('POST', `${VERSIONS}/${draft.id}/publish`, i, { revision: 1 }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 200).map((a) => [a.status, a.reason])).toEqual(
      Array.from({ length: EDITORS - 1 }, () => [409, 'version_published']),
    );
    const audit = await db.kysely
      .selectFrom('audit_log')
      .select('id')
      .where('organisation_id', '=', admin.organisationId)
      .where('action', '=', 'responsibility_matrix.published')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it(`${EDITORS} parallel requests for a new draft: one 201, the rest 409 draft_exists, one draft stored`, async () => {
    const { admin, request } = await server();
    const answers = await Promise.all(
      Array.from({ length: EDITORS }, (_, i) => request('POST', VERSIONS, i)),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 201).map((a) => [a.status, a.reason])).toEqual(
      Array.from({ length: EDITORS - 1 }, () => [409, 'draft_exists']),
    );
    const rows = await db.kysely
      .selectFrom('responsibility_matrices')
      .select('status')
      .where('organisation_id', '=', admin.organisationId)
      .execute();
    expect(rows).toEqual([{ status: 'draft' }]);
  });
});
