import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { FileRes } from '../../../core/schemas/files.js';
import type { Db } from '../db/dialect.js';
import { type Session, send } from './test-app.js';

/** The smallest file a PDF check accepts: it begins with %PDF-. */
export const SMALL_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

/** Uploads a file as the web page does: the raw body, its type, its name in the query. */
export function sendFile(
  app: FastifyInstance,
  session: Session | null,
  body: Buffer | string,
  contentType: string | undefined,
  fileName = 'Læseplan.pdf',
  headers: Record<string, string> = {},
) {
  return send(app, session, {
    method: 'POST',
    url: `/api/files?fileName=${encodeURIComponent(fileName)}`,
    payload: body,
    headers: contentType ? { 'content-type': contentType, ...headers } : headers,
  });
}

/** A small PDF uploaded by `session` (an administrator); fails the test when refused. */
export async function uploadPdf(app: FastifyInstance, session: Session, fileName = 'Læseplan.pdf') {
  const res = await sendFile(app, session, SMALL_PDF, 'application/pdf', fileName);
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json<FileRes>();
}

/** A file of the organisation written straight to the database (for tests that need one to exist). */
export async function createFile(db: Db, organisationId: string, fileName = 'Læseplan.pdf') {
  const id = crypto.randomUUID();
  await db.kysely
    .insertInto('files')
    .values({
      id,
      organisation_id: organisationId,
      file_name: fileName,
      content_type: 'application/pdf',
      size_bytes: SMALL_PDF.length,
      sha256: createHash('sha256').update(SMALL_PDF).digest('hex'),
      content: SMALL_PDF,
      uploaded_by_user_id: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return { id, fileName };
}
