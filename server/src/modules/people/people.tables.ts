import type { Insertable, Selectable, Updateable } from 'kysely';

export interface PersonsTable {
  id: string;
  organisation_id: string;
  external_id: string | null;
  name: string;
  email: string | null;
  /** `name email` in lower case, for search on both databases. */
  search_text: string;
  job_title: string | null;
  unit_id: string | null;
  /** One of core/organisation.ts LEVELS. */
  level: string;
  field_id: string | null;
  /** The account the person logs in with, if any. */
  user_id: string | null;
  /** Set when the person left; never deleted, so their history in programmes stays. */
  left_at: string | null;
  created_at: string;
  updated_at: string;
}
export type PersonRow = Selectable<PersonsTable>;
export type NewPersonRow = Insertable<PersonsTable>;
export type PersonUpdate = Updateable<PersonsTable>;

export interface ProfessionalFieldsTable {
  id: string;
  organisation_id: string;
  key: string;
  name: string;
  sort_order: number;
  archived_at: string | null;
  created_at: string;
}
export type FieldRow = Selectable<ProfessionalFieldsTable>;
export type NewFieldRow = Insertable<ProfessionalFieldsTable>;
