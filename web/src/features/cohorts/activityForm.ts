import type { ActivityBodyReq, ActivityRes, UpdateActivityReq } from '../../../../core/schemas/cohorts.js';
import { instantToLocal, localToInstant } from '../events/time.js';

/** An activity as its form holds it: Copenhagen date and clock times, text for the rest. */
export interface ActivityFormState {
  moduleId: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM. */
  startTime: string;
  endTime: string;
  location: string;
  onlineUrl: string;
  capacity: string;
  facilitatorUserId: string;
  /** Participants sign up for a seat (one of the module's dates); needs a capacity. */
  signup: boolean;
  waitingList: boolean;
}

export type ActivityField = keyof ActivityFormState;

/** The input ids of one activity form; `prefix` keeps two forms on a page apart. */
export function activityIds(prefix: string): Record<ActivityField, string> {
  return {
    moduleId: `${prefix}-module`,
    title: `${prefix}-title`,
    date: `${prefix}-date`,
    startTime: `${prefix}-start`,
    endTime: `${prefix}-end`,
    location: `${prefix}-location`,
    onlineUrl: `${prefix}-online-url`,
    capacity: `${prefix}-capacity`,
    facilitatorUserId: `${prefix}-facilitator`,
    signup: `${prefix}-signup`,
    waitingList: `${prefix}-waiting-list`,
  };
}

export const emptyActivity = (moduleId = ''): ActivityFormState => ({
  moduleId,
  title: '',
  date: '',
  startTime: '',
  endTime: '',
  location: '',
  onlineUrl: '',
  capacity: '',
  facilitatorUserId: '',
  signup: false,
  waitingList: true,
});

export function activityToForm(a: ActivityRes): ActivityFormState {
  const start = instantToLocal(a.startsAt);
  return {
    moduleId: a.module.id,
    title: a.title,
    date: start.slice(0, 10),
    startTime: start.slice(11, 16),
    endTime: instantToLocal(a.endsAt).slice(11, 16),
    location: a.location ?? '',
    onlineUrl: a.onlineUrl ?? '',
    capacity: a.capacity === null ? '' : String(a.capacity),
    facilitatorUserId: a.facilitator?.id ?? '',
    signup: a.signup !== null,
    waitingList: a.signup?.waitingList ?? true,
  };
}

export type ActivityProblem =
  | 'module'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'endBeforeStart'
  | 'capacity'
  | 'signupCapacity'
  | 'onlineUrl';

type Problems = Array<{ field: ActivityField; problem: ActivityProblem }>;

/** A time of day typed as "9.30", "9:30" or "0930", as HH:MM; null when it is not one. */
export function normaliseClock(input: string): string | null {
  const m = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(input.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

function instants(s: ActivityFormState): { startsAt: string | null; endsAt: string | null } {
  const start = normaliseClock(s.startTime);
  const end = normaliseClock(s.endTime);
  return {
    startsAt: start ? localToInstant(`${s.date}T${start}`) : null,
    endsAt: end ? localToInstant(`${s.date}T${end}`) : null,
  };
}

/** What must be put right before sending, in the form's order. */
export function validateActivity(s: ActivityFormState): Problems {
  const problems: Problems = [];
  if (!s.moduleId) problems.push({ field: 'moduleId', problem: 'module' });
  const dateOk = localToInstant(`${s.date}T12:00`) !== null;
  if (!dateOk) problems.push({ field: 'date', problem: 'date' });
  const { startsAt, endsAt } = instants(s);
  if (!normaliseClock(s.startTime) || (dateOk && !startsAt))
    problems.push({ field: 'startTime', problem: 'startTime' });
  if (!normaliseClock(s.endTime) || (dateOk && !endsAt))
    problems.push({ field: 'endTime', problem: 'endTime' });
  else if (startsAt && endsAt && endsAt <= startsAt)
    problems.push({ field: 'endTime', problem: 'endBeforeStart' });
  const url = s.onlineUrl.trim();
  if (url && !/^https?:\/\/\S+$/i.test(url)) problems.push({ field: 'onlineUrl', problem: 'onlineUrl' });
  const capacity = s.capacity.trim();
  if (capacity && !/^[1-9]\d{0,5}$/.test(capacity)) problems.push({ field: 'capacity', problem: 'capacity' });
  else if (!capacity && s.signup) problems.push({ field: 'capacity', problem: 'signupCapacity' });
  return problems;
}

/** The fields both a new activity and a change send (call after `validateActivity` found nothing). */
function common(s: ActivityFormState) {
  const { startsAt, endsAt } = instants(s);
  return {
    startsAt: startsAt ?? '',
    endsAt: endsAt ?? '',
    location: s.location.trim() || null,
    onlineUrl: s.onlineUrl.trim() || null,
    capacity: s.capacity.trim() ? Number(s.capacity.trim()) : null,
    facilitatorUserId: s.facilitatorUserId || null,
    signup: s.signup ? { waitingList: s.waitingList } : null,
  };
}

/** A new activity; an empty title takes the module's. */
export function toActivityBody(s: ActivityFormState): ActivityBodyReq {
  return { moduleId: s.moduleId, title: s.title.trim() || null, ...common(s) };
}

/** A change (the module stays); an empty title keeps the one it has. */
export function toActivityUpdate(s: ActivityFormState): UpdateActivityReq {
  const title = s.title.trim();
  return { ...(title ? { title } : {}), ...common(s) };
}

/** Where a server field error belongs: `startsAt` is the date and start time, `endsAt` the end time. */
export function activityFieldFor(field: string): ActivityField {
  const first = field.split('.')[0] ?? '';
  const map: Record<string, ActivityField> = {
    moduleId: 'moduleId',
    title: 'title',
    startsAt: 'startTime',
    endsAt: 'endTime',
    location: 'location',
    onlineUrl: 'onlineUrl',
    capacity: 'capacity',
    facilitatorUserId: 'facilitatorUserId',
    signup: 'signup',
  };
  return map[first] ?? 'date';
}

/** Where a refusal without a field belongs: seats below those taken on the capacity, and so on. */
export function activityFieldForReason(reason: string | undefined): ActivityField {
  if (reason === 'capacity_below_taken') return 'capacity';
  if (reason === 'signup_in_use') return 'signup';
  return 'date';
}

/** The instant a copy moves to: the new date at the original's Copenhagen start time. */
export function duplicateStart(original: ActivityRes, date: string): string | null {
  return localToInstant(`${date}T${instantToLocal(original.startsAt).slice(11, 16)}`);
}
