import { createHash } from 'node:crypto';
import { allowedFileType, fileNameForType } from '../../../../core/files.js';
import type { FileRes } from '../../../../core/schemas/files.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import { can, type OrgActor } from '../../lib/policy.js';
import { contentMatches } from './file-content.js';
import { FileAbilities } from './files.policy.js';
import * as repo from './files.repository.js';

export interface Upload {
  fileName: string;
  /** The request's Content-Type, as the browser declared it. */
  declaredType: string | undefined;
  content: Buffer;
}

/** A file ready to send: the handler adds the headers. */
export interface FileDownload {
  fileName: string;
  contentType: string;
  content: Buffer;
}

const present = (row: repo.FileSummaryRow): FileRes => ({
  id: row.id,
  fileName: row.file_name,
  contentType: row.content_type,
  sizeBytes: Number(row.size_bytes),
});

const unsupported = (key: 'file.type_not_allowed' | 'file.content_mismatch', reason: string) =>
  new AppError('unsupported_media_type', key, { reason });

/**
 * Stores one file of an allowed type whose first bytes match that type, under a name whose
 * extension is that type's (`fileNameForType`). It is never changed afterwards, so a published
 * version that points at it always shows the same file.
 */
export async function uploadFile(ctx: AppContext, actor: OrgActor, upload: Upload): Promise<FileRes> {
  if (upload.content.length === 0) {
    throw new AppError('validation_failed', 'file.empty', { reason: 'file_empty' });
  }
  const type = allowedFileType(upload.declaredType);
  if (!type) throw unsupported('file.type_not_allowed', 'file_type_not_allowed');
  if (!contentMatches(type.family, upload.content)) {
    throw unsupported('file.content_mismatch', 'file_content_mismatch');
  }
  const row = {
    id: newId(),
    organisation_id: actor.organisationId,
    file_name: fileNameForType(upload.fileName, type),
    content_type: type.contentType,
    size_bytes: upload.content.length,
    sha256: createHash('sha256').update(upload.content).digest('hex'),
    content: upload.content,
    uploaded_by_user_id: actor.userId,
    created_at: ctx.clock.now().toISOString(),
  };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await repo.insertFile(trx, row);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'file.uploaded',
      entityType: 'file',
      entityId: row.id,
      changes: { fileName: row.file_name, contentType: row.content_type, sizeBytes: row.size_bytes },
    });
  });
  return present(row);
}

/**
 * A file to download. Those who read programme designs may open any file of the organisation;
 * anyone else only a material of a module of a version that one of their current cohorts runs.
 * Any other file is 404, as an unknown one, so its id cannot be probed.
 */
export async function getFile(ctx: AppContext, actor: OrgActor, id: string): Promise<FileDownload> {
  const { organisationId, userId } = actor;
  const row = can(actor, FileAbilities.readAny)
    ? await repo.findFile(ctx.db.kysely, organisationId, id)
    : await repo.findFileOfParticipant(ctx.db.kysely, organisationId, userId, id);
  if (!row) throw notFound();
  return { fileName: row.file_name, contentType: row.content_type, content: row.content };
}

/** The organisation's files among `ids`, by id; another organisation's or an unknown id is absent. */
export async function fileSummaries(
  exec: Executor,
  organisationId: string,
  ids: Iterable<string>,
): Promise<Map<string, FileRes>> {
  const rows = await repo.listFileSummaries(exec, organisationId, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, present(r)]));
}
