import type { AuditPageRes } from '../../../core/schemas/audit.js';
import { query, request } from './client.js';

export interface AuditFilters {
  actorId?: string;
  entityType?: string;
  entityId?: string;
}

export function listAudit(filters: AuditFilters, before?: string | null, limit = 50): Promise<AuditPageRes> {
  return request('GET', `/api/audit${query({ ...filters, before, limit })}`);
}

export function auditCsvUrl(filters: AuditFilters): string {
  return `/api/audit/export.csv${query({ ...filters })}`;
}
