import type { Selectable } from 'kysely';
import type { DocumentVersionsTable } from '../../lib/document-versions.tables.js';

/** A named group that a matrix column can stand for (for example the MED committee). */
export interface ResponsibilityGroupsTable {
  id: string;
  organisation_id: string;
  name: string;
  created_at: string;
  updated_at: string;
}
export type ResponsibilityGroupRow = Selectable<ResponsibilityGroupsTable>;

export interface ResponsibilityGroupMembersTable {
  group_id: string;
  person_id: string;
  organisation_id: string;
}

/** Versions of the matrix; `document` is a MatrixDocument (core/schemas/responsibilities.ts). */
export type ResponsibilityMatricesTable = DocumentVersionsTable;
