import type { Insertable, Selectable } from 'kysely';

/** A saved column mapping ("our HR export") for next month's file. */
export interface ImportMappingsTable {
  id: string;
  organisation_id: string;
  /** 'units' | 'people' */
  kind: string;
  name: string;
  /** JSON: { [sourceColumn]: targetField | null } */
  mapping: string;
  created_at: string;
  updated_at: string;
}
export type ImportMappingRow = Selectable<ImportMappingsTable>;

/** An uploaded file's dry run, kept until it is confirmed or discarded. */
export interface ImportBatchesTable {
  id: string;
  organisation_id: string;
  kind: string;
  /** 'csv' | 'os2mo' */
  format: string;
  file_name: string;
  /** 'previewed' | 'applied' | 'discarded' */
  status: string;
  /** JSON: the planned changes, applied as they are on confirm. */
  plan: string;
  /** JSON: counts and problems shown in the dry run. */
  summary: string;
  created_by_user_id: string | null;
  created_at: string;
  applied_at: string | null;
}
export type ImportBatchRow = Selectable<ImportBatchesTable>;
export type NewImportBatchRow = Insertable<ImportBatchesTable>;
