import type { CohortOverviewRes } from '../../../core/schemas/cohort-overview.js';
import type {
  ActivityAttendanceRes,
  ActivityBodyReq,
  ActivityRes,
  AddParticipantsRes,
  CohortAttendanceRes,
  CohortRes,
  CreateCohortReq,
  EnrolmentPreviewRes,
  MarkAttendanceReq,
  ParticipantRes,
  UpdateActivityReq,
  UpdateCohortReq,
} from '../../../core/schemas/cohorts.js';
import { query, request } from './client.js';

/** The people filter as sent (the wire form: `level` comma-separated, `includeSubunits` 'true'/'false'). */
export interface EnrolmentFilter {
  unitId?: string;
  includeSubunits?: 'true' | 'false';
  level?: string;
  fieldId?: string;
  q?: string;
}

const cohortPath = (id: string) => `/api/cohorts/${encodeURIComponent(id)}`;
const activityPath = (id: string) => `/api/activities/${encodeURIComponent(id)}`;

/** The cohorts the user runs: every one for administrators, their own for facilitators. */
export async function listCohorts(): Promise<CohortRes[]> {
  return (await request<{ items: CohortRes[] }>('GET', '/api/cohorts')).items;
}

/** A new cohort from a published version; a facilitator who starts it is one of its facilitators. */
export function createCohort(body: CreateCohortReq): Promise<CohortRes> {
  return request('POST', '/api/cohorts', body);
}

export function getCohort(id: string): Promise<CohortRes> {
  return request('GET', cohortPath(id));
}

/** Name, period and facilitators in one save; the version never changes. */
export function updateCohort(id: string, body: UpdateCohortReq): Promise<CohortRes> {
  return request('PUT', cohortPath(id), body);
}

/** Who the people filter would add, and who is already on the cohort; writes nothing. */
export function previewParticipants(id: string, body: EnrolmentFilter): Promise<EnrolmentPreviewRes> {
  return request('POST', `${cohortPath(id)}/participants/preview`, body);
}

export function addParticipants(id: string, personIds: string[]): Promise<AddParticipantsRes> {
  return request('POST', `${cohortPath(id)}/participants`, { personIds });
}

export async function listParticipants(id: string, includeRemoved = false): Promise<ParticipantRes[]> {
  const q = query({ includeRemoved: includeRemoved ? 'true' : undefined });
  return (await request<{ items: ParticipantRes[] }>('GET', `${cohortPath(id)}/participants${q}`)).items;
}

/** Off the cohort; their attendance history is kept, and adding them again brings it back. */
export function removeParticipant(id: string, personId: string): Promise<ParticipantRes> {
  return request('POST', `${cohortPath(id)}/participants/${encodeURIComponent(personId)}/remove`, {});
}

/** The plan: the cohort's activities in time order. */
export async function listActivities(cohortId: string): Promise<ActivityRes[]> {
  return (await request<{ items: ActivityRes[] }>('GET', `${cohortPath(cohortId)}/activities`)).items;
}

export function createActivity(cohortId: string, body: ActivityBodyReq): Promise<ActivityRes> {
  return request('POST', `${cohortPath(cohortId)}/activities`, body);
}

export function getActivity(id: string): Promise<ActivityRes> {
  return request('GET', activityPath(id));
}

export function updateActivity(id: string, body: UpdateActivityReq): Promise<ActivityRes> {
  return request('PATCH', activityPath(id), body);
}

/** A copy without attendance; with `startsAt` it moves there and keeps its length. */
export function duplicateActivity(id: string, startsAt?: string): Promise<ActivityRes> {
  return request('POST', `${activityPath(id)}/duplicate`, startsAt ? { startsAt } : {});
}

export function getAttendance(activityId: string): Promise<ActivityAttendanceRes> {
  return request('GET', `${activityPath(activityId)}/attendance`);
}

export function saveAttendance(activityId: string, body: MarkAttendanceReq): Promise<ActivityAttendanceRes> {
  return request('PUT', `${activityPath(activityId)}/attendance`, body);
}

/** Attendance rates per participant and per activity (activities that have begun). */
export function getCohortAttendance(cohortId: string): Promise<CohortAttendanceRes> {
  return request('GET', `${cohortPath(cohortId)}/attendance`);
}

/** Enrolment by area and level and attendance; observers get counts only, small groups withheld. */
export function getCohortOverview(cohortId: string): Promise<CohortOverviewRes> {
  return request('GET', `${cohortPath(cohortId)}/overview`);
}
