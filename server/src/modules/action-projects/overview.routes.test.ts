import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionLearningOverviewRes } from '../../../../core/schemas/action-learning-overview.js';
import { DAY } from '../../lib/clock.js';
import { createEntry, createProject, createSet, setParticipation } from '../../test/action-learning.js';
import { createActivity, createCohort, enrolNew, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

/** Words that stand only in private texts: no response may ever contain them. */
const SECRETS = ['hemmeligkrokodille', 'privatpingvin', 'fortroligflamingo', 'skjultsnegl', 'lukketlama'];

describeEachDialect('action-learning overview', (dialect) => {
  const get = useTestApp(dialect);
  const db = () => get().ctx.db;
  let org = '';
  let cohortId = '';
  let admin: Session;
  let facilitator: Session;
  let setFacilitator: Session;
  const people: Record<'quiet' | 'active' | 'missed' | 'off' | 'patient', { id: string; name: string }> =
    {} as never;
  let setA = '';
  const ago = (days: number) => new Date(get().clock.now().getTime() - days * DAY).toISOString();
  const path = (id = cohortId) => `/api/cohorts/${id}/action-learning`;
  const call = (who: Session | null, url = path()) => send(get().app, who, { method: 'GET', url });

  beforeAll(async () => {
    const a = await signedInUser(get().app, db(), ['admin']);
    org = a.organisationId;
    admin = a.session;
    const f = await signedInUser(get().app, db(), ['facilitator'], org);
    facilitator = f.session;
    const sf = await signedInUser(get().app, db(), ['facilitator'], org);
    setFacilitator = sf.session;
    const cohort = await createCohort(db(), org, {
      startsOn: '2020-01-06',
      endsOn: '2099-12-31',
      facilitatorUserIds: [f.id],
    });
    cohortId = cohort.id;
    for (const key of ['quiet', 'active', 'missed', 'off', 'patient'] as const) {
      people[key] = await enrolNew(db(), org, cohortId, `Deltager ${key} ${crypto.randomUUID().slice(0, 4)}`);
      await setParticipation(db(), cohortId, people[key].id, { addedAt: ago(40), reminderDays: 14 });
    }
    const removed = await enrolNew(db(), org, cohortId, 'Fjernet Deltager');
    await db()
      .kysely.updateTable('cohort_participants')
      .set({ removed_at: ago(1) })
      .where('person_id', '=', removed.id)
      .execute();

    // active: three entries (one private), a private project with secret texts.
    const { active, missed, off, patient } = people;
    await createEntry(db(), org, cohortId, active.id, { body: `Privat: ${SECRETS[0]}`, at: ago(2) });
    await createEntry(db(), org, cohortId, active.id, {
      body: 'Til facilitator',
      share: 'facilitator',
      at: ago(10),
    });
    await createEntry(db(), org, cohortId, active.id, {
      body: `Til sættet ${SECRETS[1]}`,
      share: 'set',
      at: ago(12),
    });
    await createProject(db(), org, cohortId, active.id, {
      title: `Titel ${SECRETS[2]}`,
      text: SECRETS[3],
      status: 'in_progress',
    });
    // missed: writes, but missed two activities in a row; shared project: only its title shows.
    await createEntry(db(), org, cohortId, missed.id, { at: ago(1) });
    await createProject(db(), org, cohortId, missed.id, {
      title: 'Færre papirblanketter',
      text: SECRETS[4],
      status: 'evaluated',
      share: 'set',
    });
    for (const days of [20, 10]) {
      const activity = await createActivity(db(), org, cohort, { day: ago(days).slice(0, 10) });
      await db()
        .kysely.insertInto('activity_attendance')
        .values(
          [missed, active].map((p) => ({
            activity_id: activity.id,
            organisation_id: org,
            person_id: p.id,
            status: p === missed ? 'absent' : 'present',
            reason: null,
            marked_by_user_id: null,
            marked_at: ago(days),
          })),
        )
        .execute();
    }
    // off: reminders off, silent for 20 days: quiet after the default 14.
    await setParticipation(db(), cohortId, off.id, { reminderDays: null });
    await createEntry(db(), org, cohortId, off.id, { at: ago(20) });
    // patient: chose 30 days, silent for 20: not quiet.
    await setParticipation(db(), cohortId, patient.id, { reminderDays: 30 });
    await createEntry(db(), org, cohortId, patient.id, { at: ago(20) });

    setA = (
      await createSet(db(), org, cohortId, {
        name: 'Sæt A',
        facilitatorUserId: sf.id,
        personIds: [people.quiet.id, active.id, missed.id],
      })
    ).id;
    await createSet(db(), org, cohortId, { name: 'Sæt B', personIds: [off.id], position: 1 });
  });

  describe('who may look', () => {
    it('answers 401 without a session, 403 to observers and participants', async () => {
      expect((await call(null)).statusCode).toBe(401);
      const observer = await signedInUser(get().app, db(), ['observer'], org);
      expect((await call(observer.session)).statusCode).toBe(403);
      const participant = await signedInParticipant(get().app, db(), org, cohortId);
      expect((await call(participant.session)).statusCode).toBe(403);
    });

    it('answers 403 to an administrator who facilitates neither the cohort nor a set', async () => {
      const res = await call(admin);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.reason).toBe('not_facilitator');
    });

    it('answers 404 to a facilitator of neither, to another organisation, and for an unknown id', async () => {
      const other = await signedInUser(get().app, db(), ['facilitator'], org);
      expect((await call(other.session)).statusCode).toBe(404);
      const stranger = await signedInUser(get().app, db(), ['admin', 'facilitator']);
      expect((await call(stranger.session)).statusCode).toBe(404);
      const theirs = await createCohort(db(), stranger.organisationId, { facilitatorUserIds: [stranger.id] });
      expect((await call(stranger.session, path(theirs.id))).statusCode).toBe(200);
      expect((await call(facilitator, path(theirs.id))).statusCode).toBe(404);
      expect((await call(facilitator, path(crypto.randomUUID()))).statusCode).toBe(404);
      expect((await call(facilitator, path('ikke-et-id'))).statusCode).toBe(400);
    });
  });

  it('gives a facilitator of the cohort every current participant with status, activity and quiet marks', async () => {
    const res = await call(facilitator);
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json<ActionLearningOverviewRes>();
    expect(o.scope).toBe('cohort');
    const byId = new Map(o.participants.map((p) => [p.personId, p]));
    // Everyone enrolled and not removed (other tests enrol signed-in participants too).
    for (const p of Object.values(people)) expect(byId.has(p.id)).toBe(true);
    expect(res.body).not.toContain('Fjernet Deltager');

    const quiet = byId.get(people.quiet.id)!;
    expect(quiet).toMatchObject({
      set: { id: setA, name: 'Sæt A' },
      project: null,
      journal: { lastEntryAt: null, entries: 0, sharedWithFacilitators: 0 },
      silentDays: 40,
      quiet: true,
      quietReasons: ['journal'],
    });

    const active = byId.get(people.active.id)!;
    expect(active.project).toEqual({ status: 'in_progress', title: null });
    expect(active.journal).toEqual({ lastEntryAt: ago(2), entries: 3, sharedWithFacilitators: 2 });
    expect(active.attendance).toEqual({ present: 2, absent: 0, rate: 1, missedTwoInARow: false });
    expect(active.silentDays).toBe(2);
    expect(active.quiet).toBe(false);

    const missed = byId.get(people.missed.id)!;
    expect(missed.project).toEqual({ status: 'evaluated', title: 'Færre papirblanketter' });
    expect(missed.attendance).toEqual({ present: 0, absent: 2, rate: 0, missedTwoInARow: true });
    expect(missed.quietReasons).toEqual(['attendance']);

    expect(byId.get(people.off.id)).toMatchObject({ set: { name: 'Sæt B' }, quietReasons: ['journal'] });
    expect(byId.get(people.patient.id)).toMatchObject({ set: null, silentDays: 20, quiet: false });
  });

  it("gives a set's facilitator only their set's members", async () => {
    const res = await call(setFacilitator);
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json<ActionLearningOverviewRes>();
    expect(o.scope).toBe('sets');
    expect(o.participants.map((p) => p.personId).sort()).toEqual(
      [people.quiet.id, people.active.id, people.missed.id].sort(),
    );
    expect(res.body).not.toContain(people.off.name);
    expect(res.body).not.toContain(people.patient.name);
  });

  it('never shows a journal text or a private project text, to anyone, here or in the cohort overview', async () => {
    const observer = await signedInUser(get().app, db(), ['observer'], org);
    const participant = await signedInParticipant(get().app, db(), org, cohortId);
    const everyone = [admin, facilitator, setFacilitator, observer.session, participant.session];
    for (const who of everyone) {
      for (const url of [path(), `/api/cohorts/${cohortId}/overview`]) {
        const res = await call(who, url);
        for (const word of SECRETS) expect(res.body, `${url} as ${who.userId}`).not.toContain(word);
      }
    }
    // Shared with the set: still no journal body, and of the project only its title.
    const shown = (await call(facilitator)).body;
    expect(shown).not.toContain('Til facilitator');
    expect(shown).not.toContain('Hvad prøvede jeg');
  });
});
