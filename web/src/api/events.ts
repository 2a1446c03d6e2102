import type {
  CheckInReq,
  CheckInResultRes,
  EventBodyReq,
  EventRes,
  ManagedRegistrationRes,
  MemberEventRes,
  PublicEventRes,
  RegistrationBodyReq,
  RegistrationCreatedRes,
  RegistrationRes,
  SeatCounts,
  SubstituteReq,
} from '../../../core/schemas/events.js';
import { request } from './client.js';

const path = (id: string) => `/api/events/${encodeURIComponent(id)}`;
const publicPath = (slug: string) => `/api/public/events/${encodeURIComponent(slug)}`;
const memberPath = (slug: string) => `/api/my/events/${encodeURIComponent(slug)}`;

export async function listEvents(): Promise<EventRes[]> {
  return (await request<{ items: EventRes[] }>('GET', '/api/events')).items;
}

export function getEvent(id: string): Promise<EventRes> {
  return request('GET', path(id));
}

export function createEvent(body: EventBodyReq): Promise<EventRes> {
  return request('POST', '/api/events', body);
}

export function updateEvent(id: string, body: EventBodyReq): Promise<EventRes> {
  return request('PUT', path(id), body);
}

export function publishEvent(id: string): Promise<EventRes> {
  return request('POST', `${path(id)}/publish`, {});
}

export function listRegistrations(id: string): Promise<{ items: RegistrationRes[]; seats: SeatCounts }> {
  return request('GET', `${path(id)}/registrations`);
}

export async function listPublicEvents(): Promise<PublicEventRes[]> {
  return (await request<{ items: PublicEventRes[] }>('GET', '/api/public/events')).items;
}

export function getPublicEvent(slug: string): Promise<PublicEventRes> {
  return request('GET', publicPath(slug));
}

/** The body as the form sends it: `acceptTerms` is whatever the box says; the server insists on true. */
export type RegistrationSend = Omit<RegistrationBodyReq, 'acceptTerms'> & { acceptTerms: boolean };

export function register(slug: string, body: RegistrationSend): Promise<RegistrationCreatedRes> {
  return request('POST', `${publicPath(slug)}/registrations`, body);
}

/** Published, not yet ended events of my active organisation, organisation-only ones included. */
export async function listMemberEvents(): Promise<MemberEventRes[]> {
  return (await request<{ items: MemberEventRes[] }>('GET', '/api/my/events')).items;
}

/** An event of my active organisation (404 when it is another's or not published). */
export function getMemberEvent(slug: string): Promise<MemberEventRes> {
  return request('GET', memberPath(slug));
}

/** Registers through the member route, which also takes organisation-only events. */
export function registerAsMember(slug: string, body: RegistrationSend): Promise<RegistrationCreatedRes> {
  return request('POST', `${memberPath(slug)}/registrations`, body);
}

const managePath = (token: string) => `/api/public/registrations/${encodeURIComponent(token)}`;

/** A registration seen through its private link (410 when the link was replaced or never existed). */
export function getManagedRegistration(token: string): Promise<ManagedRegistrationRes> {
  return request('GET', managePath(token));
}

/** Hands the seat to a colleague; the answer holds the colleague's own link, which is theirs only. */
export function substituteRegistration(token: string, body: SubstituteReq): Promise<{ manageUrl: string }> {
  return request('POST', `${managePath(token)}/substitute`, body);
}

export function cancelRegistration(token: string): Promise<void> {
  return request('POST', `${managePath(token)}/cancel`, {});
}

export function acceptOffer(token: string): Promise<void> {
  return request('POST', `${managePath(token)}/accept`, {});
}

/** The registration's event as an .ics file, through the private link (also organisation-only events). */
export function registrationCalendarUrl(token: string): string {
  return `${managePath(token)}/calendar.ics`;
}

/** An event's registrations or invoice basis as a file to download (administrators only). */
export function eventExportUrl(
  id: string,
  table: 'registrations' | 'invoice-basis',
  format: 'csv' | 'xlsx',
): string {
  return `${path(id)}/${table}.${format}`;
}

export function checkIn(id: string, body: CheckInReq): Promise<CheckInResultRes> {
  return request('POST', `${path(id)}/check-ins`, body);
}
