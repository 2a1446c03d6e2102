import type {
  MeetingRes,
  PlanMeetingReq,
  UpdateMeetingReq,
} from '../../../../core/schemas/learning-set-meetings.js';
import { fieldError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { lockCohort } from '../cohorts/cohorts.repository.js';
import { loadSetToRun, runsSet } from './meetings.policy.js';
import { startsAtOf } from './meetings.presenter.js';
import { presentOne } from './meetings.read.js';
import * as repo from './meetings.repository.js';

/** An activity of the set's cohort to hold the meeting in; anything else is refused on the field. */
async function activityOfCohort(exec: Executor, actor: OrgActor, activityId: string, cohortId: string) {
  const activity = await repo.findActivity(exec, actor.organisationId, activityId);
  if (!activity || activity.cohort_id !== cohortId)
    throw fieldError('activityId', 'learning_set_meeting.unknown_activity');
  return activity;
}

/** Plans a meeting of the set: at a time and place, or in an activity of the cohort. */
export async function planMeeting(
  ctx: AppContext,
  actor: OrgActor,
  setId: string,
  input: PlanMeetingReq,
): Promise<MeetingRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const { cohort_id } = await loadSetToRun(trx, actor, setId);
    // A save of the sets checks for meetings under this lock before it removes a set.
    await lockCohort(trx, ctx.db.dialect, cohort_id);
    const set = await loadSetToRun(trx, actor, setId);
    const activity = input.activityId
      ? await activityOfCohort(trx, actor, input.activityId, set.cohort_id)
      : null;
    const now = ctx.clock.now().toISOString();
    const id = newId();
    const startsAt = activity?.starts_at ?? input.startsAt ?? now;
    await repo.insertMeeting(trx, {
      id,
      organisation_id: actor.organisationId,
      cohort_id: set.cohort_id,
      set_id: set.id,
      activity_id: activity?.id ?? null,
      starts_at: startsAt,
      location: input.location,
      questions: '',
      next_steps: '',
      notes: '',
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'learning_set_meeting.created',
      entityType: 'learning_set_meeting',
      entityId: id,
      changes: { setId: set.id, startsAt, activityId: activity?.id ?? null },
    });
    return presentOne(trx, actor.organisationId, id);
  });
}

/** Only ids from `allowed`, each once; anything else is refused on `field`. */
function checkedIds(
  ids: readonly string[],
  allowed: ReadonlySet<string>,
  field: string,
  key: 'not_member' | 'not_member_project',
) {
  const unique = [...new Set(ids)];
  if (unique.some((id) => !allowed.has(id))) throw fieldError(field, `learning_set_meeting.${key}`);
  return unique;
}

/** The meeting's set after the edit: its own, or another of the cohort the actor runs. */
async function targetSet(
  trx: Trx,
  ctx: AppContext,
  actor: OrgActor,
  current: repo.MeetingRow,
  setId?: string,
) {
  if (!setId || setId === current.set_id) return current.set_id;
  const target = await repo.findSet(trx, actor.organisationId, setId);
  if (!target || target.cohort_id !== current.cohort_id || !(await runsSet(trx, actor, target)))
    throw fieldError('setId', 'learning_set_meeting.unknown_set');
  await lockCohort(trx, ctx.db.dialect, current.cohort_id);
  return target.id;
}

/**
 * Changes a meeting: when and where, who was there, whose projects, the questions, the next steps
 * and the notes; or moves it to another set of the cohort.
 */
export async function updateMeeting(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: UpdateMeetingReq,
): Promise<MeetingRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const org = actor.organisationId;
    const before = await repo.findMeeting(trx, org, id);
    if (!before) throw notFound();
    await loadSetToRun(trx, actor, before.set_id);
    await repo.lockMeeting(trx, ctx.db.dialect, id);
    const current = (await repo.findMeeting(trx, org, id)) ?? before;
    const setId = await targetSet(trx, ctx, actor, current, input.setId);

    const time: { activity_id?: string | null; starts_at?: string; location?: string | null } = {};
    if (input.activityId) {
      if (input.startsAt !== undefined) throw fieldError('startsAt', 'field.meeting_time_from_activity');
      const activity = await activityOfCohort(trx, actor, input.activityId, current.cohort_id);
      // In an activity: its time, and its place unless `location` names one.
      Object.assign(time, { activity_id: activity.id, starts_at: activity.starts_at, location: null });
    } else if (input.activityId === null) {
      // Out of the activity: the meeting keeps the time and place it had unless given new ones.
      time.activity_id = null;
      time.starts_at = input.startsAt ?? startsAtOf(current);
      time.location = current.location ?? current.activity_location;
    } else if (input.startsAt !== undefined) {
      if (current.activity_id !== null) throw fieldError('startsAt', 'field.meeting_time_from_activity');
      time.starts_at = input.startsAt;
    }
    if (input.location !== undefined) time.location = input.location;

    const members = await repo.listSetMembers(trx, org, [setId]);
    if (input.attendeePersonIds) {
      const recorded = (await repo.listAttendees(trx, org, [id])).map((a) => a.person_id);
      const allowed = new Set([...members.map((m) => m.person_id), ...recorded]);
      await repo.replaceAttendees(
        trx,
        org,
        id,
        checkedIds(input.attendeePersonIds, allowed, 'attendeePersonIds', 'not_member'),
      );
    }
    if (input.projectIds) {
      const memberProjects = await repo.listProjectsOf(
        trx,
        org,
        current.cohort_id,
        members.map((m) => m.person_id),
      );
      const recorded = await repo.listMeetingProjects(trx, org, [id]);
      const allowed = new Set([...memberProjects, ...recorded].map((p) => p.id));
      await repo.replaceProjects(
        trx,
        org,
        id,
        checkedIds(input.projectIds, allowed, 'projectIds', 'not_member_project'),
      );
    }
    await repo.updateMeeting(trx, org, id, {
      ...time,
      set_id: setId,
      ...(input.questions !== undefined && { questions: input.questions }),
      ...(input.nextSteps !== undefined && { next_steps: input.nextSteps }),
      ...(input.notes !== undefined && { notes: input.notes }),
      updated_at: ctx.clock.now().toISOString(),
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorUserId: actor.userId,
      action: 'learning_set_meeting.updated',
      entityType: 'learning_set_meeting',
      entityId: id,
      // Which parts changed, not the texts: the notes are the facilitator's own.
      changes: { fields: Object.keys(input).sort(), ...(setId !== current.set_id && { movedTo: setId }) },
    });
    return presentOne(trx, org, id);
  });
}

export async function deleteMeeting(ctx: AppContext, actor: OrgActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const meeting = await repo.findMeeting(trx, actor.organisationId, id);
    if (!meeting) throw notFound();
    await loadSetToRun(trx, actor, meeting.set_id);
    await repo.deleteMeeting(trx, actor.organisationId, id);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'learning_set_meeting.deleted',
      entityType: 'learning_set_meeting',
      entityId: id,
      changes: { setId: meeting.set_id, startsAt: startsAtOf(meeting) },
    });
  });
}
