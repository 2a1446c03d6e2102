import type {
  MeetingRes,
  MyLearningSetsRes,
  PlanMeetingReq,
  SetMeetingsRes,
  UpdateMeetingReq,
} from '../../../core/schemas/learning-set-meetings.js';
import { request } from './client.js';

const setPath = (setId: string) => `/api/learning-sets/${encodeURIComponent(setId)}/meetings`;
const meetingPath = (id: string) => `/api/learning-set-meetings/${encodeURIComponent(id)}`;

/** A set's meetings, with its members, their projects, the cohort's plan and the other sets. */
export function getSetMeetings(setId: string): Promise<SetMeetingsRes> {
  return request('GET', setPath(setId));
}

/** Plans a meeting: a time (and place), or an activity of the cohort. */
export function planMeeting(setId: string, body: Partial<PlanMeetingReq>): Promise<MeetingRes> {
  return request('POST', setPath(setId), body);
}

/** Records or changes a meeting; only the fields sent change. */
export function updateMeeting(id: string, body: UpdateMeetingReq): Promise<MeetingRes> {
  return request('PATCH', meetingPath(id), body);
}

export function deleteMeeting(id: string): Promise<void> {
  return request('DELETE', meetingPath(id));
}

/** My learning set in each current cohort, and the sets I facilitate. */
export function getMyLearningSets(): Promise<MyLearningSetsRes> {
  return request('GET', '/api/my/learning-sets');
}
