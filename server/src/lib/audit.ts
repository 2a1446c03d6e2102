import type { Clock } from './clock.js';
import type { Trx } from './context.js';
import { newId } from './ids.js';

export interface AuditEntry {
  organisationId: string;
  actorUserId: string | null;
  /** Verb in the form `entity.verb`, e.g. `user.roles_changed`. */
  action: string;
  entityType: string;
  entityId: string | null;
  /** What changed: field names with before/after values. Never secrets or anonymous content. */
  changes?: Record<string, unknown>;
}

/** Writes one audit entry in the caller's transaction, so the change and its record stand or fall together. */
export async function recordAudit(trx: Trx, clock: Clock, entry: AuditEntry): Promise<void> {
  await recordAudits(trx, clock, [entry]);
}

/** Several entries in one statement (a batch of registrations), in the caller's transaction. */
export async function recordAudits(trx: Trx, clock: Clock, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const now = clock.now().toISOString();
  await trx
    .insertInto('audit_log')
    .values(
      entries.map((entry) => ({
        id: newId(),
        organisation_id: entry.organisationId,
        actor_user_id: entry.actorUserId,
        action: entry.action,
        entity_type: entry.entityType,
        entity_id: entry.entityId,
        changes: entry.changes ? JSON.stringify(entry.changes) : null,
        created_at: now,
      })),
    )
    .execute();
}
