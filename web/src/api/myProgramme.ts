import type {
  CalendarLinkCreatedRes,
  CalendarLinkStateRes,
  MyProgrammeRes,
  MySignupRes,
} from '../../../core/schemas/my-programme.js';
import { request } from './client.js';

/** My current cohorts with their plans and my own attendance. */
export function getMyProgramme(): Promise<MyProgrammeRes> {
  return request('GET', '/api/my/programme');
}

/** Whether I have a calendar subscription link (the link itself is shown only when made). */
export function getCalendarLink(): Promise<CalendarLinkStateRes> {
  return request('GET', '/api/my/calendar');
}

/** Makes my subscription link, or a new one: the old one stops working at once. */
export function renewCalendarLink(): Promise<CalendarLinkCreatedRes> {
  return request('POST', '/api/my/calendar/renew');
}

/** One activity as an .ics file (a plain link: the browser sends the session cookie). */
export const activityCalendarUrl = (id: string) =>
  `/api/my/activities/${encodeURIComponent(id)}/calendar.ics`;

const signupPath = (id: string) => `/api/my/activities/${encodeURIComponent(id)}/signup`;

/** Signs me up for the date (a seat, else the waiting list); my place on another date of the module is given up. */
export function signUp(activityId: string): Promise<MySignupRes> {
  return request('POST', signupPath(activityId));
}

/** Gives up my seat, offer or place on the waiting list for the date. */
export function cancelSignup(activityId: string): Promise<MySignupRes> {
  return request('DELETE', signupPath(activityId));
}

/** Takes the seat offered to me from the waiting list. */
export function acceptOffer(activityId: string): Promise<MySignupRes> {
  return request('POST', `${signupPath(activityId)}/accept`);
}
