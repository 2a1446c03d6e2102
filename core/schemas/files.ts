import { z } from 'zod';
import { FileLimits, sanitiseFileName } from '../files.js';
import { IdSchema } from './common.js';

/**
 * `POST /api/files?fileName=…`: the body is the file itself, its Content-Type the file's type.
 * The name travels in the query (URL-encoded, as for imports) and is cleaned here.
 */
export const FileUploadQuerySchema = z.strictObject({
  fileName: z.string().min(1).max(FileLimits.rawNameMax).transform(sanitiseFileName),
});
export type FileUploadQuery = z.infer<typeof FileUploadQuerySchema>;

/** An uploaded file, without its contents (those come from `GET /api/files/:id`). */
export const FileSchema = z.object({
  id: IdSchema,
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
});
export type FileRes = z.infer<typeof FileSchema>;
