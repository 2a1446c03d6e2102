import type { ColumnMapping } from '../../../core/csv/templates.js';
import type {
  ImportBatchRes,
  ImportKind,
  ImportMappingRes,
  SaveImportMappingReq,
} from '../../../core/schemas/imports.js';
import { query, request, upload } from './client.js';

export type ImportBatchSummary = Omit<
  ImportBatchRes,
  'canConfirm' | 'file' | 'units' | 'people' | 'problems'
>;

export interface UploadImport {
  kind: ImportKind;
  file: File;
  /** Which field each column of the file fills; overrides the suggestion and `mappingId`. */
  mapping?: ColumnMapping | undefined;
  /** A saved mapping. */
  mappingId?: string | undefined;
  /** False: a partial file; nobody missing from it is marked as left. The server's default is true. */
  fullExtract?: boolean | undefined;
}

/** Uploads the file: the answer is the dry run; nothing is written yet. */
export function uploadImport({
  kind,
  file,
  mapping,
  mappingId,
  fullExtract,
}: UploadImport): Promise<ImportBatchRes> {
  const q = query({
    kind,
    fileName: file.name || 'fil',
    mapping: mapping ? JSON.stringify(mapping) : undefined,
    mappingId: mapping ? undefined : mappingId,
    fullExtract: fullExtract === undefined ? undefined : String(fullExtract),
  });
  return upload(`/api/imports${q}`, file);
}

/** Applies a dry run: all of it, or nothing. */
export function confirmImport(id: string): Promise<ImportBatchRes> {
  return request('POST', `/api/imports/${encodeURIComponent(id)}/confirm`);
}

/** The latest 50 imports, newest first. */
export async function listImports(): Promise<ImportBatchSummary[]> {
  return (await request<{ items: ImportBatchSummary[] }>('GET', '/api/imports')).items;
}

export async function listImportMappings(kind: 'units' | 'people'): Promise<ImportMappingRes[]> {
  return (await request<{ items: ImportMappingRes[] }>('GET', `/api/import-mappings${query({ kind })}`))
    .items;
}

export function saveImportMapping(body: {
  kind: SaveImportMappingReq['kind'];
  name: string;
  mapping: ColumnMapping;
}): Promise<ImportMappingRes> {
  return request('POST', '/api/import-mappings', body);
}
