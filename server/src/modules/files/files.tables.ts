import type { Insertable, Selectable } from 'kysely';

/** An uploaded file of an organisation (module materials). Never changed after upload. */
export interface FilesTable {
  id: string;
  organisation_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by_user_id: string | null;
  created_at: string;
}
export type FileRow = Selectable<FilesTable>;
export type NewFileRow = Insertable<FilesTable>;
