import { attendanceFigures, type Mark } from '../../../../core/attendance.js';
import { overlappingActivities } from '../../../../core/plan.js';
import type {
  ActivityAttendanceRes,
  ActivityBodyReq,
  ActivityListRes,
  ActivityRes,
  CohortAttendanceRes,
  DuplicateActivityReq,
  MarkAttendanceReq,
  UpdateActivityReq,
} from '../../../../core/schemas/cohorts.js';
import { storableInstant } from '../../../../core/schemas/cohorts.js';
import { fieldError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { presentAttendanceRow } from './cohorts.presenter.js';
import * as repo from './cohorts.repository.js';
import { checkFacilitators, loadCohort } from './cohorts.service.js';
import type { CohortRow } from './cohorts.tables.js';
import { lockActivity } from './signups.repository.js';
import { openSeats, presentWithSeats, seatsAfterChange, waitingListOf } from './signups.seats.js';

/** The activity and its cohort, as the actor may run them (404 otherwise). */
async function loadActivity(exec: Executor, actor: OrgActor, id: string) {
  const activity = await repo.findActivity(exec, actor.organisationId, id);
  if (!activity) throw notFound();
  const cohort = await loadCohort(exec, actor, activity.cohort_id);
  return { activity, cohort };
}

/** Adds `overlaps` to the activities that clash with another module's activity of the cohort. */
function withOverlaps(shown: ActivityRes[], plan: ReadonlyArray<TimedRow>): ActivityRes[] {
  const clashing = overlappingActivities(
    plan.map((a) => ({ id: a.id, moduleId: a.module_id, startsAt: a.starts_at, endsAt: a.ends_at })),
  );
  return shown.map((a) => (clashing.has(a.id) ? { ...a, warnings: [...a.warnings, 'overlaps'] } : a));
}
type TimedRow = { id: string; module_id: string; starts_at: string; ends_at: string };

async function present(exec: Executor, actor: OrgActor, id: string, cohort: CohortRow): Promise<ActivityRes> {
  const row = await repo.findActivity(exec, actor.organisationId, id);
  if (!row) throw notFound();
  const [shown] = withOverlaps(
    await presentWithSeats(exec, [row], cohort),
    await repo.listActivities(exec, actor.organisationId, cohort.id),
  );
  if (!shown) throw notFound();
  return shown;
}

export async function listActivities(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
): Promise<ActivityListRes> {
  const cohort = await loadCohort(ctx.db.kysely, actor, cohortId);
  const rows = await repo.listActivities(ctx.db.kysely, actor.organisationId, cohortId);
  return { items: withOverlaps(await presentWithSeats(ctx.db.kysely, rows, cohort), rows) };
}

export async function getActivity(ctx: AppContext, actor: OrgActor, id: string): Promise<ActivityRes> {
  const { cohort } = await loadActivity(ctx.db.kysely, actor, id);
  return present(ctx.db.kysely, actor, id, cohort);
}

/**
 * Plans one activity of a module of the cohort's version. Outside the cohort's period it is
 * saved all the same, and the answer carries the warning `outside_period`. With `signup`, its
 * seats event is made in the same transaction (signups.seats.ts).
 */
export async function createActivity(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
  input: ActivityBodyReq,
) {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const cohort = await loadCohort(trx, actor, cohortId);
    const module = await repo.findModuleInVersion(trx, cohort.version_id, input.moduleId);
    if (!module) throw fieldError('moduleId', 'cohort.unknown_module');
    if (input.facilitatorUserId)
      await checkFacilitators(trx, actor, [input.facilitatorUserId], 'facilitatorUserId');
    const row = {
      id,
      organisation_id: actor.organisationId,
      cohort_id: cohortId,
      module_id: module.id,
      title: input.title ?? module.title,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      location: input.location,
      online_url: input.onlineUrl,
      capacity: input.capacity,
      facilitator_user_id: input.facilitatorUserId,
      created_at: now,
      updated_at: now,
    };
    const signupEventId =
      input.signup && input.capacity !== null
        ? await openSeats(ctx, trx, actor, row, input.capacity, cohort, input.signup)
        : null;
    await repo.insertActivity(trx, { ...row, signup_event_id: signupEventId });
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'activity.created',
      entityType: 'activity',
      entityId: id,
      changes: {
        cohortId,
        moduleId: module.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        ...(input.signup && { signup: { capacity: input.capacity, waitingList: input.signup.waitingList } }),
      },
    });
    return present(trx, actor, id, cohort);
  });
}

/**
 * Changes any of an activity's fields; moving it is changing its times. Its seats event follows
 * in the same transaction: made when sign-up is turned on, kept in step (never fewer seats than
 * are taken: 409), or deleted when turned off while nobody is signed up (else 409).
 */
export async function updateActivity(ctx: AppContext, actor: OrgActor, id: string, input: UpdateActivityReq) {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockActivity(trx, ctx.db.dialect, actor.organisationId, id);
    const { activity, cohort } = await loadActivity(trx, actor, id);
    const startsAt = input.startsAt ?? activity.starts_at;
    const endsAt = input.endsAt ?? activity.ends_at;
    if (endsAt <= startsAt) throw fieldError('endsAt', 'field.activity_order');
    if (input.facilitatorUserId)
      await checkFacilitators(trx, actor, [input.facilitatorUserId], 'facilitatorUserId');
    const signupOn = input.signup === undefined ? activity.signup_event_id !== null : input.signup !== null;
    const capacity = input.capacity === undefined ? activity.capacity : input.capacity;
    if (signupOn && capacity === null) throw fieldError('capacity', 'field.signup_capacity');
    const set = {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.startsAt !== undefined && { starts_at: input.startsAt }),
      ...(input.endsAt !== undefined && { ends_at: input.endsAt }),
      ...(input.location !== undefined && { location: input.location }),
      ...(input.onlineUrl !== undefined && { online_url: input.onlineUrl }),
      ...(input.capacity !== undefined && { capacity: input.capacity }),
      ...(input.facilitatorUserId !== undefined && { facilitator_user_id: input.facilitatorUserId }),
    };
    const moved = input.startsAt !== undefined || input.endsAt !== undefined;
    await repo.updateActivity(trx, actor.organisationId, id, {
      ...set,
      // A moved activity is reminded of again, at its new time.
      ...(input.startsAt !== undefined &&
        input.startsAt !== activity.starts_at && { reminder_sent_at: null }),
      updated_at: ctx.clock.now().toISOString(),
    });
    await seatsAfterChange(ctx, trx, actor, id, cohort, input);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'activity.updated',
      entityType: 'activity',
      entityId: id,
      changes: {
        fields: [...Object.keys(set), ...(input.signup !== undefined ? ['signup'] : [])],
        ...(moved && { from: [activity.starts_at, activity.ends_at], to: [startsAt, endsAt] }),
      },
    });
    return present(trx, actor, id, cohort);
  });
}

/**
 * A copy of the activity (without attendance): at the same time, or moved to `startsAt` keeping
 * its length. A copy of a sign-up activity gets seats of its own (another date of the module).
 */
export async function duplicateActivity(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: DuplicateActivityReq,
) {
  const now = ctx.clock.now().toISOString();
  const copyId = newId();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const { activity: a, cohort } = await loadActivity(trx, actor, id);
    const length = Date.parse(a.ends_at) - Date.parse(a.starts_at);
    const startsAt = input.startsAt ?? a.starts_at;
    const endsAt = new Date(Date.parse(startsAt) + length).toISOString();
    if (!storableInstant(endsAt)) throw fieldError('startsAt', 'field.instant');
    const copy = {
      id: copyId,
      organisation_id: actor.organisationId,
      cohort_id: a.cohort_id,
      module_id: a.module_id,
      title: a.title,
      starts_at: startsAt,
      ends_at: endsAt,
      location: a.location,
      online_url: a.online_url,
      capacity: a.capacity,
      facilitator_user_id: a.facilitator_user_id,
      created_at: now,
      updated_at: now,
    };
    const signupEventId =
      a.signup_event_id && a.capacity !== null
        ? await openSeats(ctx, trx, actor, copy, a.capacity, cohort, {
            waitingList: await waitingListOf(trx, a.signup_event_id, actor.organisationId),
          })
        : null;
    await repo.insertActivity(trx, { ...copy, signup_event_id: signupEventId });
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'activity.duplicated',
      entityType: 'activity',
      entityId: copyId,
      changes: { from: id, startsAt },
    });
    return present(trx, actor, copyId, cohort);
  });
}

// Attendance ----------------------------------------------------------------------------------

async function attendanceList(
  exec: Executor,
  activityId: string,
  cohortId: string,
): Promise<ActivityAttendanceRes> {
  const [participants, marks] = await Promise.all([
    repo.listParticipants(exec, cohortId, false),
    repo.attendanceOf(exec, [activityId]),
  ]);
  const byPerson = new Map(marks.map((m) => [m.person_id, m]));
  return {
    activityId,
    items: participants.map((p) => presentAttendanceRow(p, byPerson.get(p.person_id))),
  };
}

/** Every current participant of the activity's cohort, with their mark or none. */
export async function getAttendance(ctx: AppContext, actor: OrgActor, id: string) {
  const { activity } = await loadActivity(ctx.db.kysely, actor, id);
  return attendanceList(ctx.db.kysely, id, activity.cohort_id);
}

/**
 * Marks present or absent (with a reason) for the listed participants; others keep their marks.
 * Only current participants of the cohort can be marked.
 */
export async function markAttendance(ctx: AppContext, actor: OrgActor, id: string, input: MarkAttendanceReq) {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const { activity } = await loadActivity(trx, actor, id);
    await repo.lockCohort(trx, ctx.db.dialect, activity.cohort_id);
    const current = new Set(
      (await repo.participantStates(trx, activity.cohort_id))
        .filter((s) => s.removed_at === null)
        .map((s) => s.person_id),
    );
    const seen = new Set<string>();
    input.marks.forEach((m, i) => {
      if (!current.has(m.personId)) throw fieldError(`marks.${i}.personId`, 'cohort.not_participant');
      if (seen.has(m.personId)) throw fieldError(`marks.${i}.personId`, 'cohort.duplicate_mark');
      seen.add(m.personId);
    });
    const now = ctx.clock.now().toISOString();
    const set = input.marks.filter((m) => m.status !== null);
    const cleared = input.marks.filter((m) => m.status === null).map((m) => m.personId);
    await repo.upsertMarks(
      trx,
      set.map((m) => ({
        activity_id: id,
        organisation_id: actor.organisationId,
        person_id: m.personId,
        status: m.status as Mark,
        reason: m.status === 'absent' ? m.reason : null,
        marked_by_user_id: actor.userId,
        marked_at: now,
      })),
    );
    await repo.clearMarks(trx, id, cleared);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'attendance.marked',
      entityType: 'activity',
      entityId: id,
      changes: {
        present: set.filter((m) => m.status === 'present').length,
        absent: set.filter((m) => m.status === 'absent').length,
        cleared: cleared.length,
      },
    });
    return attendanceList(trx, id, activity.cohort_id);
  });
}

/**
 * Attendance across the cohort, over the activities that have begun: per current participant
 * (attended, absent, unmarked, rate, two absences in a row) and per activity.
 */
export async function cohortAttendance(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
): Promise<CohortAttendanceRes> {
  const exec = ctx.db.kysely;
  await loadCohort(exec, actor, cohortId);
  const [activities, participants] = await Promise.all([
    repo.startedActivities(exec, cohortId, ctx.clock.now().toISOString()),
    repo.listParticipants(exec, cohortId, false),
  ]);
  const marks = await repo.marksFor(
    exec,
    activities.map((a) => a.id),
  );
  const figures = attendanceFigures(
    activities.map((a) => a.id),
    participants.map((p) => p.person_id),
    marks,
  );
  return {
    activities: figures.activities.map((f, i) => ({
      ...f,
      title: activities[i]!.title,
      startsAt: activities[i]!.starts_at,
    })),
    participants: figures.participants.map((f, i) => {
      const p = presentAttendanceRow(participants[i]!, undefined);
      return { ...f, name: p.name, unit: p.unit, level: p.level };
    }),
  };
}
