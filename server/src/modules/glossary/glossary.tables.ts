import type { Insertable, Selectable } from 'kysely';

/** One term of an organisation's glossary. */
export interface GlossaryTermsTable {
  id: string;
  organisation_id: string;
  term: string;
  /** The term in lower case with spaces collapsed (core/plain-language termKey): unique per organisation. */
  term_key: string;
  /** JSON: string[] — other forms and synonyms. */
  variants: string;
  explanation: string;
  created_at: string;
  updated_at: string;
}
export type GlossaryTermRow = Selectable<GlossaryTermsTable>;
export type NewGlossaryTermRow = Insertable<GlossaryTermsTable>;

/** The organisation's LIX target per kind of text; no row: the default. */
export interface ReadabilityTargetsTable {
  organisation_id: string;
  /** A TextType (core/plain-language/targets.ts). */
  text_type: string;
  target: number;
  updated_at: string;
}
export type ReadabilityTargetRow = Selectable<ReadabilityTargetsTable>;
