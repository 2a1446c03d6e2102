import type { Insertable, Selectable } from 'kysely';

export interface EventsTable {
  id: string;
  organisation_id: string;
  slug: string;
  /** draft | published | cancelled */
  status: string;
  title: string;
  description: string;
  starts_at: string;
  ends_at: string;
  check_in_from: string | null;
  venue_name: string | null;
  address: string | null;
  online_url: string | null;
  capacity: number;
  waiting_list: number;
  price_ex_vat_ore: number;
  vat_rate_bp: number;
  registration_deadline: string;
  /** binding | cancellable */
  terms_kind: string;
  cancellable_until: string | null;
  substitution_until: string | null;
  target_audience: string;
  /** JSON array of contact persons. */
  contacts: string;
  /** public | organisation */
  visibility: string;
  allow_duplicate_email: number;
  offer_hold_hours: number;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}
export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;

export interface RegistrationsTable {
  id: string;
  event_id: string;
  organisation_id: string;
  /** confirmed | waitlisted | offered | cancelled */
  status: string;
  /** Arrival order within the event. */
  seq: number;
  name: string;
  email: string;
  job_title: string | null;
  organisation_name: string | null;
  ean: string | null;
  cvr: string | null;
  order_reference: string | null;
  invoice_contact: string | null;
  /** May reveal health or religion: organisers only, deleted 30 days after the event. */
  dietary_needs: string | null;
  price_ex_vat_ore: number;
  vat_ore: number;
  manage_token_hash: string;
  ticket_version: number;
  ticket_token_hash: string;
  ticket_code: string;
  offered_until: string | null;
  checked_in_at: string | null;
  cancelled_at: string | null;
  /** cancelled | offer_expired */
  closed_reason: string | null;
  anonymised_at: string | null;
  created_at: string;
  updated_at: string;
}
export type RegistrationRow = Selectable<RegistrationsTable>;
export type NewRegistrationRow = Insertable<RegistrationsTable>;

export interface RegistrationAttendeesTable {
  id: string;
  registration_id: string;
  name: string;
  email: string;
  job_title: string | null;
  held_from: string;
  held_until: string | null;
}
