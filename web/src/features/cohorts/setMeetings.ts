import type {
  MeetingPersonRes,
  MeetingProjectRes,
  MeetingRes,
  PlanMeetingReq,
  UpdateMeetingReq,
} from '../../../../core/schemas/learning-set-meetings.js';
import { instantToLocal, localToInstant } from '../events/time.js';
import { normaliseClock } from './activityForm.js';

/** Where a set's meetings are run: /hold/:id/saet/:setId. */
export const setMeetingsPath = (cohortId: string, setId: string) =>
  `/hold/${encodeURIComponent(cohortId)}/saet/${encodeURIComponent(setId)}`;

/** When and where, as the forms hold it: an activity of the plan, or a Copenhagen date and time. */
export interface MeetingWhen {
  /** '' : no activity, the date and time below. */
  activityId: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, or as typed ("13.00"). */
  time: string;
  location: string;
}

/** A meeting's record as the form holds it. */
export interface MeetingForm extends MeetingWhen {
  setId: string;
  attendeeIds: string[];
  projectIds: string[];
  questions: string;
  nextSteps: string;
  notes: string;
}

export type WhenField = 'date' | 'time';
export type WhenProblem = 'date' | 'time';

export const emptyWhen = (): MeetingWhen => ({ activityId: '', date: '', time: '', location: '' });

function startsAtOf(w: MeetingWhen): string | null {
  const clock = normaliseClock(w.time);
  return clock ? localToInstant(`${w.date}T${clock}`) : null;
}

/** What must be put right before sending: a date and a time, unless held in an activity. */
export function validateWhen(w: MeetingWhen): Array<{ field: WhenField; problem: WhenProblem }> {
  if (w.activityId) return [];
  const problems: Array<{ field: WhenField; problem: WhenProblem }> = [];
  const dateOk = localToInstant(`${w.date}T12:00`) !== null;
  if (!dateOk) problems.push({ field: 'date', problem: 'date' });
  if (!normaliseClock(w.time) || (dateOk && !startsAtOf(w)))
    problems.push({ field: 'time', problem: 'time' });
  return problems;
}

/** The body of a plan: the activity (and perhaps a room in it), or the time and place. */
export function toPlanBody(w: MeetingWhen): Partial<PlanMeetingReq> {
  const location = w.location.trim() || null;
  if (w.activityId) return { activityId: w.activityId, location };
  return { startsAt: startsAtOf(w) ?? '', location };
}

export function meetingToForm(m: MeetingRes): MeetingForm {
  const local = instantToLocal(m.startsAt);
  return {
    setId: m.setId,
    activityId: m.activity?.id ?? '',
    date: local.slice(0, 10),
    time: local.slice(11, 16),
    location: m.location ?? '',
    attendeeIds: m.attendees.map((a) => a.personId),
    projectIds: m.projects.map((p) => p.id),
    questions: m.questions,
    nextSteps: m.nextSteps,
    notes: m.notes,
  };
}

/**
 * The body of a change: the lists and texts always; the time only when not in an activity; the
 * place only when it was changed (a meeting in an activity otherwise keeps following its place);
 * the set only when the meeting moves.
 */
export function toUpdateBody(f: MeetingForm, initial: MeetingForm): UpdateMeetingReq {
  const body: UpdateMeetingReq = {
    attendeePersonIds: f.attendeeIds,
    projectIds: f.projectIds,
    questions: f.questions,
    nextSteps: f.nextSteps,
    notes: f.notes,
  };
  if (f.activityId) {
    if (f.activityId !== initial.activityId) body.activityId = f.activityId;
  } else {
    body.activityId = null;
    body.startsAt = startsAtOf(f) ?? '';
  }
  if (f.location !== initial.location) body.location = f.location.trim() || null;
  if (f.setId !== initial.setId) body.setId = f.setId;
  return body;
}

/** Everyone who may be ticked: the set's members, and anyone recorded before who has left it. */
export function attendeeChoices(members: MeetingPersonRes[], m: MeetingRes): MeetingPersonRes[] {
  const known = new Set(members.map((p) => p.personId));
  return [...members, ...m.attendees.filter((a) => !known.has(a.personId))];
}

/** The members' projects, and any recorded before whose owner has left the set. */
export function projectChoices(projects: MeetingProjectRes[], m: MeetingRes): MeetingProjectRes[] {
  const known = new Set(projects.map((p) => p.id));
  return [...projects, ...m.projects.filter((p) => !known.has(p.id))];
}

/** Meetings not yet begun (soonest first), and those held (latest first). */
export function splitByTime<M extends { startsAt: string }>(meetings: readonly M[], now: Date) {
  const at = now.toISOString();
  return {
    coming: meetings.filter((m) => m.startsAt >= at),
    held: meetings.filter((m) => m.startsAt < at).reverse(),
  };
}

/** Lines of a text, without the empty ones: questions and next steps are written one per line. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
