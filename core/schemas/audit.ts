import { z } from 'zod';
import { Limits } from '../limits.js';
import { IdSchema, TimestampSchema } from './common.js';

export const AuditQuerySchema = z.strictObject({
  actorId: IdSchema.optional(),
  entityType: z.string().trim().min(1).max(60).optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  /** Entries strictly older than this cursor (the last entry's cursor from the previous page). */
  before: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(Limits.auditPageMax).default(50),
});
export type AuditQueryReq = z.infer<typeof AuditQuerySchema>;

export const AuditEntrySchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  actor: z.object({ id: IdSchema, name: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntryRes = z.infer<typeof AuditEntrySchema>;
export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  nextCursor: z.string().nullable(),
});
export type AuditPageRes = z.infer<typeof AuditPageSchema>;
