import { attendanceFigures } from '../../../../core/attendance.js';
import { type IcalEvent, icalendar } from '../../../../core/ical.js';
import type {
  CalendarLinkCreatedRes,
  CalendarLinkStateRes,
  MyProgrammeRes,
} from '../../../../core/schemas/my-programme.js';
import { copenhagenDate } from '../../../../core/time.js';
import { gone, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor } from '../../lib/context.js';
import { hashToken, newToken } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { fileSummaries } from '../files/files.service.js';
import { materialFileIds } from '../programmes/programmes.presenter.js';
import {
  activityToIcal,
  presentMyActivity,
  presentMyCohort,
  presentMyPastActivity,
} from './my-programme.presenter.js';
import * as repo from './my-programme.repository.js';
import { signupsOf } from './signups.service.js';

/** The current cohorts of a person and their plans (rows; presented by the callers). */
async function currentPlan(exec: Executor, organisationId: string, personId: string, now: Date) {
  const cohorts = await repo.listCurrentCohortsOf(exec, organisationId, personId, copenhagenDate(now));
  const activities = await repo.listActivitiesOfCohorts(
    exec,
    organisationId,
    cohorts.map((c) => c.id),
  );
  return { cohorts, activities };
}

/**
 * "My programme": the caller's current cohorts with the plan, what to prepare, and the caller's
 * own attendance. Someone who is no participant (or has no person in the organisation) gets none.
 */
export async function myProgramme(ctx: AppContext, actor: OrgActor): Promise<MyProgrammeRes> {
  const exec = ctx.db.kysely;
  const person = await repo.findPersonOfUser(exec, actor.organisationId, actor.userId);
  if (!person) return { cohorts: [] };
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const { cohorts, activities } = await currentPlan(exec, actor.organisationId, person.id, now);
  const marks = await repo.marksOf(
    exec,
    actor.organisationId,
    person.id,
    activities.map((a) => a.id),
  );
  const markOf = new Map(marks.map((m) => [m.activity_id, m]));
  const files = await fileSummaries(
    exec,
    actor.organisationId,
    materialFileIds(activities.map((a) => ({ materials: a.module_materials }))),
  );
  const signups = await signupsOf(
    exec,
    activities.flatMap((a) => (a.signup_event_id ? [{ ...a, signup_event_id: a.signup_event_id }] : [])),
    person.email,
    nowIso,
    actor.organisationId,
  );
  return {
    cohorts: cohorts.map((c) => {
      const plan = activities.filter((a) => a.cohort_id === c.id);
      const upcoming = plan.filter((a) => a.ends_at > nowIso);
      const past = plan.filter((a) => a.ends_at <= nowIso).reverse();
      const begun = plan.filter((a) => a.starts_at <= nowIso).map((a) => a.id);
      const figures = attendanceFigures(
        begun,
        [person.id],
        marks.map((m) => ({ ...m, person_id: person.id })),
      ).participants[0];
      return presentMyCohort(
        c,
        upcoming.map((a) => ({ ...presentMyActivity(a, files), signup: signups.get(a.id) ?? null })),
        past.map((a) => presentMyPastActivity(a, markOf.get(a.id), files)),
        figures ?? { present: 0, absent: 0, unmarked: 0, rate: null },
      );
    }),
  };
}

// Calendar --------------------------------------------------------------------------------------

export const calendarFeedUrl = (publicUrl: string, token: string) => `${publicUrl}/api/calendar/${token}.ics`;

export async function calendarLinkState(ctx: AppContext, actor: OrgActor): Promise<CalendarLinkStateRes> {
  const row = await repo.findCalendarToken(ctx.db.kysely, actor.organisationId, actor.userId);
  return { exists: row !== undefined, createdAt: row?.created_at ?? null };
}

/** Creates the caller's subscription link, or replaces it: the old one stops working at once. */
export async function renewCalendarLink(ctx: AppContext, actor: OrgActor): Promise<CalendarLinkCreatedRes> {
  const token = newToken();
  const createdAt = ctx.clock.now().toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const replaced = (await repo.findCalendarToken(trx, actor.organisationId, actor.userId)) !== undefined;
    await repo.upsertCalendarToken(trx, {
      user_id: actor.userId,
      organisation_id: actor.organisationId,
      token_hash: hashToken(token),
      created_at: createdAt,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'calendar.renewed',
      entityType: 'calendar_link',
      entityId: actor.userId,
      changes: { replaced },
    });
  });
  return { url: calendarFeedUrl(ctx.config.publicUrl, token), createdAt };
}

/**
 * The feed behind a subscription link: every activity of the owner's current cohorts. An unknown
 * (or renewed) token is 404; a known one whose membership is deactivated or whose person has left
 * is 410, so calendar programs stop asking. Nothing more is said either way.
 */
export async function calendarFeed(ctx: AppContext, token: string): Promise<string> {
  const exec = ctx.db.kysely;
  const link = await repo.findCalendarTokenByHash(exec, hashToken(token));
  if (!link) throw notFound();
  if (!link.member_user_id || link.deactivated_at !== null) throw gone('calendar_link_inactive');
  const person = await repo.findPersonOfUser(exec, link.organisation_id, link.user_id);
  if (!person) throw gone('calendar_link_inactive');
  const { activities } = await currentPlan(exec, link.organisation_id, person.id, ctx.clock.now());
  const events: IcalEvent[] = activities.map((a) => activityToIcal(ctx.config.publicUrl, a));
  return icalendar(events, 'Aktion – mit forløb');
}

/**
 * One activity as a calendar file, for a current participant of its cohort or one of its
 * facilitators; to anyone else it does not exist (404).
 */
export async function activityCalendar(
  ctx: AppContext,
  actor: OrgActor,
  activityId: string,
): Promise<{ file: string; title: string }> {
  const exec = ctx.db.kysely;
  const row = await repo.findActivity(exec, actor.organisationId, activityId);
  if (!row) throw notFound();
  const person = await repo.findPersonOfUser(exec, actor.organisationId, actor.userId);
  const allowed =
    row.facilitator_user_id === actor.userId ||
    (await repo.isCohortFacilitator(exec, actor.organisationId, row.cohort_id, actor.userId)) ||
    (person !== undefined &&
      (await repo.isCurrentParticipant(exec, actor.organisationId, row.cohort_id, person.id)));
  if (!allowed) throw notFound();
  return { file: icalendar([activityToIcal(ctx.config.publicUrl, row)], row.title), title: row.title };
}
