import type { Executor } from '../../lib/context.js';

export interface AuditFilter {
  organisationId: string;
  actorId?: string;
  entityType?: string;
  entityId?: string;
  /** Only entries older than this (created_at, id) pair. */
  before?: { at: string; id: string };
}

/** Newest first, with the actor's current name (null when the actor was erased). */
export function listAudit(exec: Executor, f: AuditFilter, limit: number) {
  let q = exec
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select([
      'audit_log.id',
      'audit_log.created_at',
      'audit_log.actor_user_id',
      'users.name as actor_name',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.changes',
    ])
    .where('audit_log.organisation_id', '=', f.organisationId);
  if (f.actorId) q = q.where('audit_log.actor_user_id', '=', f.actorId);
  if (f.entityType) q = q.where('audit_log.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('audit_log.entity_id', '=', f.entityId);
  const before = f.before;
  if (before) {
    q = q.where((eb) =>
      eb.or([
        eb('audit_log.created_at', '<', before.at),
        eb.and([eb('audit_log.created_at', '=', before.at), eb('audit_log.id', '<', before.id)]),
      ]),
    );
  }
  return q.orderBy('audit_log.created_at', 'desc').orderBy('audit_log.id', 'desc').limit(limit).execute();
}

export type AuditListRow = Awaited<ReturnType<typeof listAudit>>[number];
