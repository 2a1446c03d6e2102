import type { Insertable, Selectable, Updateable } from 'kysely';

export interface UnitsTable {
  id: string;
  organisation_id: string;
  /** The id in the municipality's own system; what repeated imports match on. */
  external_id: string | null;
  name: string;
  kind: string;
  parent_id: string | null;
  manager_person_id: string | null;
  /** Set when the unit no longer exists (an import stopped listing it, or it was closed). */
  ended_at: string | null;
  created_at: string;
  updated_at: string;
}
export type UnitRow = Selectable<UnitsTable>;
export type NewUnitRow = Insertable<UnitsTable>;
export type UnitUpdate = Updateable<UnitsTable>;
