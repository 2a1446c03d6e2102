import type { Selectable } from 'kysely';
import type { DocumentVersionsTable } from '../../lib/document-versions.tables.js';

/** Versions of the base narrative; `document` is a NarrativeDocument (core/schemas/narrative.ts). */
export type NarrativeVersionsTable = DocumentVersionsTable;

/** A leader's question on a part of the narrative (by the part's key, stable across versions). */
export interface NarrativeQuestionsTable {
  id: string;
  organisation_id: string;
  part_key: string;
  question: string;
  /** Kept so the asker sees their own question before it is answered; never shown to others. */
  asked_by_user_id: string | null;
  answer: string | null;
  answered_by_user_id: string | null;
  answered_at: string | null;
  created_at: string;
  updated_at: string;
}
export type NarrativeQuestionRow = Selectable<NarrativeQuestionsTable>;
