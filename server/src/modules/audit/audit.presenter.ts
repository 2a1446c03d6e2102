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

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a cursor back; null unless it is exactly what encodeCursor writes (never reaches SQL otherwise). */
export function decodeCursor(cursor: string): { at: string; id: string } | null {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || rest.length > 0 || !ISO_UTC.test(at) || Number.isNaN(Date.parse(at)) || !UUID.test(id)) {
    return null;
  }
  return { at, id };
}
