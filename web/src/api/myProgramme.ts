import type {
  CalendarLinkCreatedRes,
  CalendarLinkStateRes,
  MyProgrammeRes,
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
