import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarLinkCreatedRes, MyProgrammeRes } from '../../../../core/schemas/my-programme.js';
import { copenhagenInstant } from '../../../../core/time.js';
import type { Db } from '../../db/dialect.js';
import { createActivity, createCohort, enrolNew, enrolUser } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const at = (date: string, time: string) => copenhagenInstant(date, time).toISOString();

/** Moves an activity to a Copenhagen wall-clock time and gives it a place. */
async function setTimes(db: Db, id: string, date: string, from: string, to: string, location: string | null) {
  await db.kysely
    .updateTable('cohort_activities')
    .set({ starts_at: at(date, from), ends_at: at(date, to), location })
    .where('id', '=', id)
    .execute();
}

async function mark(
  db: Db,
  organisationId: string,
  activityId: string,
  personId: string,
  status: string,
  reason: string | null = null,
) {
  await db.kysely
    .insertInto('activity_attendance')
    .values({
      activity_id: activityId,
      organisation_id: organisationId,
      person_id: personId,
      status,
      reason,
      marked_by_user_id: null,
      marked_at: new Date().toISOString(),
    })
    .execute();
}

function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describeEachDialect('my programme and calendars', (dialect) => {
  const get = useTestApp(dialect);
  let me: Awaited<ReturnType<typeof signedInUser>>;
  let org = '';
  beforeAll(async () => {
    me = await signedInUser(get().app, get().ctx.db, ['participant']);
    org = me.organisationId;
  });
  const call = (method: 'GET' | 'POST', url: string, who: Session = me.session) =>
    send(get().app, who, { method, url });
  const feedPath = (url: string) => new URL(url).pathname;

  describe('my programme', () => {
    it('shows only my current cohorts, what to prepare, and only my own marks and rate', async () => {
      const db = get().ctx.db;
      const cohort = await createCohort(db, org, {
        name: 'Mit hold',
        startsOn: '2026-01-01',
        endsOn: '2099-12-31',
      });
      const other = await createCohort(db, org, { name: 'Andet hold', endsOn: '2099-12-31' });
      await createActivity(db, org, other, { day: '2099-01-05', title: 'Ikke min aktivitet' });
      await db.kysely
        .updateTable('programme_modules')
        .set({
          objectives: JSON.stringify(['Kende de fire fokusområder']),
          materials: JSON.stringify([{ title: 'Læs oplægget', url: 'https://example.org/oplaeg.pdf' }]),
        })
        .where('id', '=', cohort.moduleId)
        .execute();
      const mine = await enrolUser(db, org, cohort.id, me.id);
      const colleague = await enrolNew(db, org, cohort.id, 'Kollega Kirsten');
      const held1 = await createActivity(db, org, cohort, { day: '2026-02-02', title: 'Kick-off' });
      const held2 = await createActivity(db, org, cohort, { day: '2026-03-02', title: 'Session 1' });
      const held3 = await createActivity(db, org, cohort, { day: '2026-04-06', title: 'Session 2' });
      const coming = await createActivity(db, org, cohort, { day: '2099-02-02', title: 'Afslutning' });
      await db.kysely
        .updateTable('cohort_activities')
        .set({ online_url: 'https://teams.example/afslutning' })
        .where('id', '=', coming.id)
        .execute();
      await mark(db, org, held1.id, mine.id, 'present');
      await mark(db, org, held2.id, mine.id, 'absent', 'Ferie');
      await mark(db, org, held1.id, colleague.id, 'absent', 'Kollegas hemmelige grund');
      await mark(db, org, held3.id, colleague.id, 'present');

      const res = await call('GET', '/api/my/programme');
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<MyProgrammeRes>();
      expect(body.cohorts.map((c) => c.name)).toEqual(['Mit hold']);
      const [c] = body.cohorts;
      expect(c?.upcoming.map((a) => a.title)).toEqual(['Afslutning']);
      expect(c?.upcoming[0]).toMatchObject({
        onlineUrl: 'https://teams.example/afslutning',
        module: {
          kind: 'session',
          objectives: ['Kende de fire fokusområder'],
          materials: [{ title: 'Læs oplægget', url: 'https://example.org/oplaeg.pdf' }],
        },
      });
      expect(c?.past.map((a) => [a.title, a.attendance])).toEqual([
        ['Session 2', null],
        ['Session 1', { status: 'absent', reason: 'Ferie' }],
        ['Kick-off', { status: 'present', reason: null }],
      ]);
      expect(c?.attendance).toEqual({ present: 1, absent: 1, unmarked: 1, rate: 0.5 });
      expect(res.body).not.toContain('Kollega');
      expect(res.body).not.toContain(colleague.id);
    });

    it('gives someone who takes part in nothing an empty list, and leaves out a cohort I was removed from', async () => {
      const { app, ctx } = get();
      const nobody = await signedInUser(app, ctx.db, ['employee'], org);
      const empty = await call('GET', '/api/my/programme', nobody.session);
      expect(empty.statusCode).toBe(200);
      expect(empty.json()).toEqual({ cohorts: [] });

      const removed = await signedInUser(app, ctx.db, ['participant'], org);
      const cohort = await createCohort(ctx.db, org, { endsOn: '2099-12-31' });
      const person = await enrolUser(ctx.db, org, cohort.id, removed.id);
      await ctx.db.kysely
        .updateTable('cohort_participants')
        .set({ removed_at: new Date().toISOString() })
        .where('person_id', '=', person.id)
        .execute();
      expect((await call('GET', '/api/my/programme', removed.session)).json()).toEqual({ cohorts: [] });
    });
  });

  describe('calendar', () => {
    it('makes a private feed with Copenhagen times across summer time; renewing kills the old link at once', async () => {
      const { app, ctx } = get();
      const user = await signedInUser(app, ctx.db, ['participant'], org);
      expect((await call('GET', '/api/my/calendar', user.session)).json()).toEqual({
        exists: false,
        createdAt: null,
      });
      const cohort = await createCohort(ctx.db, org, { endsOn: '2099-12-31' });
      await enrolUser(ctx.db, org, cohort.id, user.id);
      const winter = await createActivity(ctx.db, org, cohort, { title: 'Vintermøde' });
      const summer = await createActivity(ctx.db, org, cohort, { title: 'Forårsmøde' });
      // Summer time begins on 28 March 2027: one activity before, one the day after.
      await setTimes(ctx.db, winter.id, '2027-01-18', '09:00', '12:00', 'Rådhuset, mødesal 1');
      await setTimes(ctx.db, summer.id, '2027-03-29', '09:00', '12:00', 'Rådhuset, byrådssalen');
      await createActivity(ctx.db, org, await createCohort(ctx.db, org, { endsOn: '2099-12-31' }), {
        title: 'Ikke mit hold',
      });

      const renewed = await call('POST', '/api/my/calendar/renew', user.session);
      expect(renewed.statusCode, renewed.body).toBe(200);
      const first = renewed.json<CalendarLinkCreatedRes>();
      expect(first.url).toMatch(/^https?:\/\/.+\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      expect((await call('GET', '/api/my/calendar', user.session)).json()).toEqual({
        exists: true,
        createdAt: first.createdAt,
      });

      const feed = await app.inject({ method: 'GET', url: feedPath(first.url) });
      expect(feed.statusCode, feed.body).toBe(200);
      expect(feed.headers['content-type']).toContain('text/calendar');
      const events = parseFeed(feed.body);
      expect(events.map((e) => e.summary)).toEqual(['Vintermøde', 'Forårsmøde']);
      expect(events.map((e) => `${e.startDate.hour}:${e.startDate.minute}`)).toEqual(['9:0', '9:0']);
      expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
        '2027-01-18T08:00:00.000Z',
        '2027-03-29T07:00:00.000Z',
      ]);
      expect(events.map((e) => e.uid)).toEqual([
        `activity-${winter.id}@aktion`,
        `activity-${summer.id}@aktion`,
      ]);
      expect(events.map((e) => e.location)).toEqual(['Rådhuset, mødesal 1', 'Rådhuset, byrådssalen']);
      expect(events[0]?.component.getFirstPropertyValue('url')).toContain(
        `/mit-program#aktivitet-${winter.id}`,
      );

      const second = (
        await call('POST', '/api/my/calendar/renew', user.session)
      ).json<CalendarLinkCreatedRes>();
      expect(second.url).not.toBe(first.url);
      const old = await app.inject({ method: 'GET', url: feedPath(first.url) });
      expect(old.statusCode).toBe(404);
      expect(old.body).not.toContain('Vintermøde');
      expect((await app.inject({ method: 'GET', url: feedPath(second.url) })).statusCode).toBe(200);

      const audit = await ctx.db.kysely
        .selectFrom('audit_log')
        .select(['action', 'entity_type', 'changes'])
        .where('organisation_id', '=', org)
        .where('actor_user_id', '=', user.id)
        .where('action', 'like', 'calendar.%')
        .orderBy('created_at')
        .execute();
      expect(audit.map((a) => [a.action, a.entity_type])).toEqual([
        ['calendar.renewed', 'calendar_link'],
        ['calendar.renewed', 'calendar_link'],
      ]);
      expect(audit.map((a) => a.changes).join()).not.toContain(new URL(second.url).pathname.slice(14, 40));
    });

    it('answers an unknown token with 404, and a person who left or a deactivated membership with 410', async () => {
      const { app, ctx } = get();
      expect(
        (await app.inject({ method: 'GET', url: `/api/calendar/${'x'.repeat(43)}.ics` })).statusCode,
      ).toBe(404);
      const link = async () => {
        const user = await signedInUser(app, ctx.db, ['participant'], org);
        const cohort = await createCohort(ctx.db, org, { endsOn: '2099-12-31' });
        const person = await enrolUser(ctx.db, org, cohort.id, user.id);
        await createActivity(ctx.db, org, cohort, { title: 'Hemmelig aktivitet' });
        const { url } = (
          await call('POST', '/api/my/calendar/renew', user.session)
        ).json<CalendarLinkCreatedRes>();
        expect((await app.inject({ method: 'GET', url: feedPath(url) })).statusCode).toBe(200);
        return { user, person, path: feedPath(url) };
      };
      const leaver = await link();
      await ctx.db.kysely
        .updateTable('persons')
        .set({ left_at: new Date().toISOString() })
        .where('id', '=', leaver.person.id)
        .execute();
      const left = await app.inject({ method: 'GET', url: leaver.path });
      expect(left.statusCode).toBe(410);
      expect(left.body).not.toContain('Hemmelig');

      const deactivated = await link();
      await ctx.db.kysely
        .updateTable('memberships')
        .set({ deactivated_at: new Date().toISOString() })
        .where('user_id', '=', deactivated.user.id)
        .execute();
      expect((await app.inject({ method: 'GET', url: deactivated.path })).statusCode).toBe(410);
    });

    it('gives one activity as a file to its participants and facilitators, and 404 to anyone else', async () => {
      const { app, ctx } = get();
      const facilitator = await signedInUser(app, ctx.db, ['facilitator'], org);
      const cohort = await createCohort(ctx.db, org, {
        endsOn: '2099-12-31',
        facilitatorUserIds: [facilitator.id],
      });
      const participant = await signedInUser(app, ctx.db, ['participant'], org);
      await enrolUser(ctx.db, org, cohort.id, participant.id);
      const activity = await createActivity(ctx.db, org, cohort, { title: 'Workshop om data' });
      await setTimes(ctx.db, activity.id, '2027-03-29', '13:00', '16:00', 'Innovationshuset');
      const url = `/api/my/activities/${activity.id}/calendar.ics`;

      const file = await call('GET', url, participant.session);
      expect(file.statusCode, file.body).toBe(200);
      expect(file.headers['content-disposition']).toContain('attachment');
      const [event] = parseFeed(file.body);
      expect(event?.summary).toBe('Workshop om data');
      expect(`${event?.startDate.hour}:${event?.startDate.minute}`).toBe('13:0');
      expect((await call('GET', url, facilitator.session)).statusCode).toBe(200);

      const colleague = await signedInUser(app, ctx.db, ['participant'], org);
      await enrolUser(ctx.db, org, (await createCohort(ctx.db, org)).id, colleague.id);
      expect((await call('GET', url, colleague.session)).statusCode).toBe(404);
      const stranger = await signedInUser(app, ctx.db, ['admin']);
      const foreign = await call('GET', url, stranger.session);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.body).not.toContain('Workshop');
      expect((await call('GET', '/api/my/programme', stranger.session)).json()).toEqual({ cohorts: [] });
    });
  });
});
