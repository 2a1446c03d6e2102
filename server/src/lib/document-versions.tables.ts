import type { Selectable } from 'kysely';

/**
 * The shape of a versioned document table (the responsibility matrix, the base narrative): one
 * draft at a time per organisation, published versions read-only, the document as JSON.
 */
export interface DocumentVersionsTable {
  id: string;
  organisation_id: string;
  version: number;
  /** draft | published */
  status: string;
  /** JSON document; its schema belongs to the module. */
  document: string;
  /** Saves of the draft so far; a save naming an older revision is refused (409 `stale_edit`). */
  revision: number;
  published_at: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}
export type DocumentVersionRow = Selectable<DocumentVersionsTable>;

/** The tables that hold versioned documents. */
export type DocumentTable = 'responsibility_matrices' | 'narrative_versions';
