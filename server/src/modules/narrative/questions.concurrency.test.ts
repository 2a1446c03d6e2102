import { afterAll, beforeAll, expect, it } from 'vitest';
import { type BuiltApp, buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { describeEachDialect, openTestDb, type TestDb } from '../../test/databases.js';
import { createUser, signedInUser } from '../../test/factories.js';
import { insertNarrativeQuestion, insertNarrativeVersion } from '../../test/narrative.js';

const ANSWERS = 10;

describeEachDialect('base narrative: administrators answering at the same time', (dialect) => {
  let db: TestDb;
  let built: BuiltApp;
  let address = '';
  beforeAll(async () => {
    db = await openTestDb(dialect);
    built = await buildApp(testConfig({ loginRateLimit: 0 }), { db });
    address = await built.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await built.app.close();
    await db.drop();
  });

  it(`${ANSWERS} parallel answers by two administrators (real HTTP): all 200, one first answer, one e-mail to the asker`, async () => {
    const first = await signedInUser(built.app, db);
    const org = first.organisationId;
    const second = await signedInUser(built.app, db, ['admin'], org);
    await insertNarrativeVersion(db, org, { status: 'published' });
    const asker = await createUser(db, { organisationId: org, roles: ['participant'] });
    const question = await insertNarrativeQuestion(db, org, { askedBy: asker.id });

    const answers = await Promise.all(
      Array.from({ length: ANSWERS }, async (_, i) => {
        const { session } = i % 2 === 0 ? first : second;
        const res = await fetch(`${address}/api/narrative/questions/${question.id}/answer`, {
          method: 'PUT',
          headers: {
            cookie: session.cookie,
            'x-csrf-token': session.csrfToken,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ answer: `Svar nummer ${i}.` }),
        });
        return res.status;
      }),
    );
    expect(answers).toEqual(Array.from({ length: ANSWERS }, () => 200));

    const mails = await db.kysely
      .selectFrom('mail_outbox')
      .select('id')
      .where('to_address', '=', asker.email)
      .execute();
    expect(mails).toHaveLength(1);
    const audit = await db.kysely
      .selectFrom('audit_log')
      .select('changes')
      .where('organisation_id', '=', org)
      .where('action', '=', 'narrative_question.answered')
      .execute();
    const edited = audit.map((a) => (JSON.parse(a.changes ?? '{}') as { edited: boolean }).edited);
    expect(edited.filter((e) => !e)).toHaveLength(1);
    expect(edited).toHaveLength(ANSWERS);
    const row = await db.kysely
      .selectFrom('narrative_questions')
      .select(['answer', 'answered_at'])
      .where('id', '=', question.id)
      .executeTakeFirstOrThrow();
    expect(row.answer).toMatch(/^Svar nummer \d\.$/);
    expect(row.answered_at).not.toBeNull();
  });
});
