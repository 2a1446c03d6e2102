import type { AuditEntryRes } from '../../../../core/schemas/audit.js';
import type { AuditListRow } from './audit.repository.js';

export function presentAuditEntry(row: AuditListRow): AuditEntryRes {
  return {
    id: row.id,
    at: row.created_at,
    actor: row.actor_user_id ? { id: row.actor_user_id, name: row.actor_name ?? '' } : null,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    changes: row.changes ? (JSON.parse(row.changes) as Record<string, unknown>) : null,
  };
}

export const encodeCursor = (row: { created_at: string; id: string }) =>
  Buffer.from(`${row.created_at}|${row.id}`).toString('base64url');

export function decodeCursor(cursor: string): { at: string; id: string } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return at && id ? { at, id } : null;
}
