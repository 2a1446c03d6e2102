import type {
  EventBodyReq,
  EventRes,
  PublicEventRes,
  RegistrationBodyReq,
  RegistrationCreatedRes,
  RegistrationRes,
  SeatCounts,
} from '../../../core/schemas/events.js';
import { request } from './client.js';

const path = (id: string) => `/api/events/${encodeURIComponent(id)}`;
const publicPath = (slug: string) => `/api/public/events/${encodeURIComponent(slug)}`;

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
