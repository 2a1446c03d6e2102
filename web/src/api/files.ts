import { contentTypeOfFile } from '../../../core/files.js';
import type { FileRes } from '../../../core/schemas/files.js';
import { query, upload } from './client.js';

/**
 * Uploads a file for module materials. 415 when its type may not be uploaded, 413 over 20 MB;
 * the server's message says what is allowed.
 */
export function uploadFile(file: File): Promise<FileRes> {
  const type = contentTypeOfFile(file.name, file.type) || 'application/octet-stream';
  return upload(`/api/files${query({ fileName: file.name || 'fil' })}`, file, type);
}

/** Where a member downloads the file. */
export const fileUrl = (id: string) => `/api/files/${encodeURIComponent(id)}`;
