import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { journalCohort, projectBody, writeEntry } from '../../test/journal.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';
import { firstSheet } from '../../test/xlsx.js';

const SPREADSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The text of a response as a reader would get it: XLSX files are unpacked, other bodies read as they are. */
async function readable(res: { headers: Record<string, unknown>; body: string; rawPayload: Buffer }) {
  if (!String(res.headers['content-type'] ?? '').startsWith(SPREADSHEET)) return res.body;
  const sheet = await firstSheet(res.rawPayload);
  const cells: string[] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      cells.push(String(cell.value));
    });
  });
  return cells.join('\n');
}

/**
 * Private entries and projects are never visible to anyone but their author. Rather than trust a
 * list of read paths, this walks every GET route the app has, fills each path parameter with every
 * id that could lead to the private words (cohort, entry, project, set, person, account), and asks
 * as every kind of colleague: set-mate, other participant, the cohort's facilitator, a facilitator
 * of another cohort, and an administrator who observes. None may ever get the words back.
 */
describeEachDialect('privacy of private entries on every read path', (dialect) => {
  const get = useTestApp(dialect);
  let org = '';
  beforeAll(async () => {
    org = (await signedInUser(get().app, get().ctx.db)).organisationId;
  });

  it('never returns a private entry or project to anyone but its author', async () => {
    const { app, ctx, routes } = get();
    const people = await journalCohort(app, ctx.db, org);
    const { cohort, setId, author } = people;
    const secretEntry = `dagbogshemmelighed${crypto.randomUUID().slice(0, 8)}`;
    const secretProject = `projekthemmelighed${crypto.randomUUID().slice(0, 8)}`;
    const withdrawn = `trukkettilbage${crypto.randomUUID().slice(0, 8)}`;

    const entryId = await writeEntry(app, author.session, cohort.id, `Kun til mig: ${secretEntry}`);
    const sharedOnce = await writeEntry(
      app,
      author.session,
      cohort.id,
      `Delt et øjeblik: ${withdrawn}`,
      'set',
    );
    await send(app, author.session, {
      method: 'PUT',
      url: `/api/journal/${sharedOnce}`,
      payload: { phase: 'reflect', body: `Delt et øjeblik: ${withdrawn}`, share: 'private' },
    });
    await writeEntry(app, author.session, cohort.id, 'Dette må sættet gerne se', 'set');
    const project = await send(app, author.session, {
      method: 'PUT',
      url: `/api/my/cohorts/${cohort.id}/action-project`,
      payload: projectBody({ title: `Mit projekt ${secretProject}`, challenge: secretProject }),
    });
    expect(project.statusCode, project.body).toBe(200);
    const projectId = project.json<{ id: string }>().id;

    // The author does see their own words: the check below can find them when they are there.
    const own = await send(app, author.session, { method: 'GET', url: '/api/my/action-learning' });
    for (const secret of [secretEntry, secretProject, withdrawn]) expect(own.body).toContain(secret);

    const ids = [cohort.id, setId, entryId, sharedOnce, projectId, author.person.id, author.id];
    const viewers: Array<[string, Session]> = [
      ['set-mate', people.mate.session],
      ['participant outside the set', people.outsider.session],
      ['facilitator of the cohort', people.facilitator.session],
      ['facilitator of another cohort', people.otherFacilitator.session],
      ['administrator and observer', people.admin.session],
    ];
    const gets = routes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/'));
    expect(gets.length).toBeGreaterThan(40);
    let asked = 0;
    for (const route of gets) {
      const params = route.url.match(/:\w+/g) ?? [];
      const urls = params.length
        ? ids.map((id) => params.reduce((url, p) => url.replace(p, id), route.url))
        : [route.url];
      for (const url of urls) {
        for (const [who, session] of viewers) {
          const res = await send(app, session, { method: 'GET', url });
          const text = await readable(res);
          asked++;
          for (const secret of [secretEntry, secretProject, withdrawn])
            expect(text.includes(secret), `${who} got a private word from GET ${url}`).toBe(false);
        }
      }
    }
    expect(asked).toBeGreaterThan(200);

    // Nor is it written anywhere an administrator reads: the audit log and the mail outbox.
    const audit = await ctx.db.kysely.selectFrom('audit_log').select('changes').execute();
    const outbox = await ctx.db.kysely.selectFrom('mail_outbox').selectAll().execute();
    const stored = JSON.stringify([audit, outbox]);
    for (const secret of [secretEntry, secretProject, withdrawn]) expect(stored).not.toContain(secret);
  });
});
