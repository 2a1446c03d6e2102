import { expect, it } from 'vitest';
import type { ReadabilityReportRes } from '../../../../core/schemas/glossary.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { insertNarrativeVersion } from '../../test/glossary.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const REPORT = '/api/readability/report?textType=narrative';

describeEachDialect('readability: which narrative the report scores', (dialect) => {
  const get = useTestApp(dialect);

  async function report(who: Session) {
    const res = await send(get().app, who, { method: 'GET', url: REPORT });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<ReadabilityReportRes>().items.map((i) => [i.title, i.context, i.path]);
  }

  it('scores the newest published version for those who do not write the narrative, the draft for administrators', async () => {
    const db = get().ctx.db;
    const admin = await signedInUser(get().app, db);
    const org = admin.organisationId;
    const facilitator = (await signedInUser(get().app, db, ['facilitator'], org)).session;
    await insertNarrativeVersion(db, org, {
      version: 1,
      status: 'published',
      title: 'Første udgave',
      parts: [{ headline: 'Gammel del', body: 'Denne del er fra den første udgave af fortællingen.' }],
    });
    await insertNarrativeVersion(db, org, {
      version: 2,
      status: 'published',
      title: 'Udgivet nu',
      parts: [{ headline: 'Udgivet del', body: 'Denne del kan alle ledere læse på siden i dag.' }],
    });
    await insertNarrativeVersion(db, org, {
      version: 3,
      title: 'Hemmeligt udkast',
      parts: [{ headline: 'Udkastets del', body: 'Denne del er kun skrevet i udkastet og ikke udgivet.' }],
    });

    // A facilitator reads what everybody reads: never the draft's headlines.
    expect(await report(facilitator)).toEqual([['Udgivet del', 'Udgivet nu', '/fortaelling']]);
    expect(await report(admin.session)).toEqual([
      ['Udkastets del', 'Hemmeligt udkast', '/fortaelling/rediger'],
    ]);
  });

  it('gives a facilitator no narrative texts before anything is published', async () => {
    const db = get().ctx.db;
    const admin = await signedInUser(get().app, db);
    const facilitator = (await signedInUser(get().app, db, ['facilitator'], admin.organisationId)).session;
    await insertNarrativeVersion(db, admin.organisationId, {
      parts: [{ headline: 'Kun i udkastet', body: 'Denne del er kun skrevet i udkastet og ikke udgivet.' }],
    });
    expect(await report(facilitator)).toEqual([]);
    expect((await report(admin.session)).map(([title]) => title)).toEqual(['Kun i udkastet']);
  });
});
