import type { AuditPageRes, AuditQueryReq } from '../../../../core/schemas/audit.js';
import { fieldError } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { danishCsv } from '../../lib/csv.js';
import type { OrgActor } from '../../lib/policy.js';
import { decodeCursor, encodeCursor, presentAuditEntry } from './audit.presenter.js';
import { type AuditFilter, listAudit } from './audit.repository.js';

const EXPORT_MAX_ROWS = 50_000;

function toFilter(actor: OrgActor, query: Omit<AuditQueryReq, 'limit'>): AuditFilter {
  const before = query.before ? decodeCursor(query.before) : undefined;
  if (before === null) throw fieldError('before', 'field.invalid');
  return {
    organisationId: actor.organisationId,
    actorId: query.actorId,
    entityType: query.entityType,
    entityId: query.entityId,
    before,
  };
}

export async function auditPage(
  ctx: AppContext,
  actor: OrgActor,
  query: AuditQueryReq,
): Promise<AuditPageRes> {
  const rows = await listAudit(ctx.db.kysely, toFilter(actor, query), query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentAuditEntry),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

/** The filtered log as CSV the way Danish Excel opens it: UTF-8 with BOM, `;` between fields. */
export async function auditCsv(ctx: AppContext, actor: OrgActor, query: AuditQueryReq): Promise<string> {
  const rows = await listAudit(ctx.db.kysely, toFilter(actor, query), EXPORT_MAX_ROWS);
  const da = actor.locale === 'da';
  const header = da
    ? ['tidspunkt (UTC)', 'person', 'person-id', 'handling', 'type', 'id', 'ændringer']
    : ['time (UTC)', 'person', 'person id', 'action', 'type', 'id', 'changes'];
  const body = rows.map((r) => [
    r.created_at,
    r.actor_name ?? '',
    r.actor_user_id ?? '',
    r.action,
    r.entity_type,
    r.entity_id ?? '',
    r.changes ?? '',
  ]);
  return danishCsv(header, body);
}
