import { beforeAll, expect, it } from 'vitest';
import type { MyProgrammeRes } from '../../../../core/schemas/my-programme.js';
import { createCohort, planSignupDate, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('removing a participant who holds a seat', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Awaited<ReturnType<typeof signedInUser>>;
  let org = '';
  beforeAll(async () => {
    admin = await signedInUser(get().app, get().ctx.db, ['admin']);
    org = admin.organisationId;
  });
  const call = (who: Session, method: 'GET' | 'POST', url: string) => send(get().app, who, { method, url });

  it('gives the seat to the next in line, and says so in the audit entry', async () => {
    const db = get().ctx.db;
    const cohort = await createCohort(db, org, { startsOn: '2026-01-01', endsOn: '2099-12-31' });
    const date = await planSignupDate(get().app, admin.session, cohort, { capacity: 1, waitingList: true });
    const seated = await signedInParticipant(get().app, db, org, cohort.id);
    const waiting = await signedInParticipant(get().app, db, org, cohort.id);
    for (const p of [seated, waiting]) {
      const res = await call(p.session, 'POST', `/api/my/activities/${date.id}/signup`);
      expect(res.statusCode, res.body).toBe(200);
    }

    const removed = await call(
      admin.session,
      'POST',
      `/api/cohorts/${cohort.id}/participants/${seated.person.id}/remove`,
    );
    expect(removed.statusCode, removed.body).toBe(200);

    const mine = (await call(waiting.session, 'GET', '/api/my/programme')).json<MyProgrammeRes>();
    const offered = mine.cohorts.flatMap((c) => c.upcoming).find((a) => a.id === date.id)?.signup;
    expect(offered?.status).toBe('offered');
    const entry = await db.kysely
      .selectFrom('audit_log')
      .select('changes')
      .where('action', '=', 'cohort.participant_removed')
      .where('entity_id', '=', cohort.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.changes as string)).toMatchObject({
      personId: seated.person.id,
      seatsGivenUp: 1,
    });
  });
});
