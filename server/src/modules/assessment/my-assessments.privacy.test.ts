import { beforeAll, expect, it } from 'vitest';
import type { Profile, SharedProfiles } from '../../../../core/schemas/assessment.js';
import { insertRound } from '../../test/assessment.js';
import { answerAndSubmit, answersMeaning, placed } from '../../test/assessment-answers.js';
import { createCohort, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { saveSetDirectly } from '../../test/learning-sets.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';
import { firstSheet } from '../../test/xlsx.js';

const SPREADSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A response's text as a reader gets it: XLSX files unpacked, other bodies as they are. */
async function readable(res: { headers: Record<string, unknown>; body: string; rawPayload: Buffer }) {
  if (!String(res.headers['content-type'] ?? '').startsWith(SPREADSHEET)) return res.body;
  const cells: string[] = [];
  (await firstSheet(res.rawPayload)).eachRow((row) => {
    row.eachCell((cell) => {
      cells.push(String(cell.value));
    });
  });
  return cells.join('\n');
}

/**
 * Scores no timestamp or count can look like (above 59, so never the seconds of a time): 91.7,
 * 83.3 and 66.7 as shown, 91.666…, 83.333…, 66.666… as computed; with a point or a Danish comma.
 */
const DISTINCTIVE = [/(?<!\d)91[.,](7|66)/, /(?<!\d)83[.,]3/, /(?<!\d)66[.,](7|66)/];
const leaks = (text: string) => DISTINCTIVE.filter((re) => re.test(text)).map(String);

/**
 * A leader's scores are read by the leader alone; once shared, the cohort's facilitators read the
 * bands (never the scores) — and nobody else reads anything. Rather than trust a list of read paths, this walks every GET route of the app,
 * fills each path parameter with every id that could lead to the profile (round, profile,
 * person, account, cohort), and asks as an administrator, an observer, the cohort's facilitator
 * before sharing, a facilitator of another cohort, and a set-mate. None may get a score back.
 */
describeEachDialect('privacy of the assessment profile on every read path', (dialect) => {
  const get = useTestApp(dialect);
  let org = '';
  beforeAll(async () => {
    org = (await signedInUser(get().app, get().ctx.db)).organisationId;
  });

  it('never returns a score to anyone but the leader, and bands only to the facilitators once shared', async () => {
    const { app, ctx, routes } = get();
    const db = ctx.db;
    const facilitator = await signedInUser(app, db, ['facilitator'], org);
    const cohort = await createCohort(db, org, {
      endsOn: '2099-12-31',
      facilitatorUserIds: [facilitator.id],
    });
    const leader = await signedInParticipant(app, db, org, cohort.id);
    const mate = await signedInParticipant(app, db, org, cohort.id);
    await saveSetDirectly(db, org, cohort.id, [leader.person.id, mate.person.id]);
    const otherFacilitator = await signedInUser(app, db, ['facilitator'], org);
    await createCohort(db, org, { facilitatorUserIds: [otherFacilitator.id] });
    const admin = await signedInUser(app, db, ['admin'], org);
    const observer = await signedInUser(app, db, ['observer'], org);

    const round = await insertRound(db, org, {
      cohortId: cohort.id,
      invited: [placed(leader.person.id), placed(mate.person.id)],
    });
    const answers = answersMeaning(
      { automation: [5, 5, 4], data: [5, 5, 3], technology: [4, 4, 3] },
      'dont_know',
    );
    const submitted = (await answerAndSubmit(app, leader.session, round.id, answers)).json<Profile>();
    expect(submitted.dimensions.slice(0, 3).map((d) => d.score)).toEqual([91.7, 83.3, 66.7]);
    const { id: profileId } = await db.kysely
      .selectFrom('assessment_profiles')
      .select('id')
      .where('round_id', '=', round.id)
      .executeTakeFirstOrThrow();

    // The leader does see it: the check below finds the scores when they are there.
    const own = await send(app, leader.session, {
      method: 'GET',
      url: `/api/my/assessments/${round.id}/profile`,
    });
    expect(leaks(own.body)).toHaveLength(DISTINCTIVE.length);

    const ids = [round.id, profileId, leader.person.id, leader.id, cohort.id];
    const gets = routes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/'));
    expect(gets.length).toBeGreaterThan(40);
    const walk = async (viewers: Array<[string, Session]>) => {
      let asked = 0;
      for (const route of gets) {
        const params = route.url.match(/:\w+/g) ?? [];
        const urls = params.length
          ? ids.map((id) => params.reduce((url, p) => url.replace(p, id), route.url))
          : [route.url];
        for (const url of urls) {
          const texts = await Promise.all(
            viewers.map(async ([, session]) => readable(await send(app, session, { method: 'GET', url }))),
          );
          texts.forEach((text, i) => {
            const who = viewers[i]?.[0];
            asked++;
            expect(leaks(text), `${who} got a score from GET ${url}`).toEqual([]);
            expect(text.includes(profileId), `${who} got the profile id from GET ${url}`).toBe(false);
          });
        }
      }
      return asked;
    };
    const others: Array<[string, Session]> = [
      ['administrator', admin.session],
      ['observer', observer.session],
      ['facilitator of another cohort', otherFacilitator.session],
      ['set-mate', mate.session],
    ];
    expect(
      await walk([...others, ['facilitator of the cohort, before sharing', facilitator.session]]),
    ).toBeGreaterThan(200);

    // Shared: the cohort's facilitator reads its bands, never its scores; nobody else reads it.
    const share = await send(app, leader.session, {
      method: 'PUT',
      url: `/api/my/assessments/${round.id}/share`,
      payload: { shared: true },
    });
    expect(share.statusCode).toBe(200);
    const shared = await send(app, facilitator.session, {
      method: 'GET',
      url: `/api/assessment/rounds/${round.id}/shared-profiles`,
    });
    expect(shared.statusCode).toBe(200);
    expect(
      shared.json<SharedProfiles>().profiles.map((p) => p.dimensions.slice(0, 3).map((d) => d.band)),
    ).toEqual([['leading', 'leading', 'under-way']]);
    expect(leaks(shared.body)).toEqual([]);
    await walk([...others, ['facilitator of the cohort, after sharing', facilitator.session]]);

    // Nor is it written anywhere an administrator reads: the audit log and the mail outbox.
    const audit = await db.kysely.selectFrom('audit_log').select(['changes', 'entity_id']).execute();
    const outbox = await db.kysely.selectFrom('mail_outbox').selectAll().execute();
    const stored = JSON.stringify([audit, outbox]);
    expect(leaks(stored)).toEqual([]);
    expect(stored).not.toContain(profileId);
  }, 120_000);
});
