import type { Insertable, Selectable } from 'kysely';

export interface AuditLogTable {
  id: string;
  organisation_id: string;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  /** JSON object describing the change (never passwords, tokens or anonymous content). */
  changes: string | null;
  created_at: string;
}
export type AuditRow = Selectable<AuditLogTable>;
export type NewAuditRow = Insertable<AuditLogTable>;
