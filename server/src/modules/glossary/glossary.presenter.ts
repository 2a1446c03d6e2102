import { type GlossaryEntry, termKey } from '../../../../core/plain-language/jargon.js';
import type { GlossaryTermRes } from '../../../../core/schemas/glossary.js';
import type { GlossaryTermRow } from './glossary.tables.js';

/** A stored term as core's functions take it. */
export function toEntry(row: Pick<GlossaryTermRow, 'term' | 'variants' | 'explanation'>): GlossaryEntry {
  return { term: row.term, variants: JSON.parse(row.variants) as string[], explanation: row.explanation };
}

/** Every form (term and variants) by termKey, with the term it belongs to. */
export function formsOf(entries: readonly GlossaryEntry[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const e of entries) for (const form of [e.term, ...e.variants]) forms.set(termKey(form), e.term);
  return forms;
}

export function presentTerm(
  row: GlossaryTermRow,
  entry: GlossaryEntry,
  warnings: readonly string[],
): GlossaryTermRes {
  return {
    id: row.id,
    term: row.term,
    variants: entry.variants.slice(),
    explanation: row.explanation,
    unexplainedTerms: [...warnings],
    updatedAt: row.updated_at,
  };
}

/** Danish order: "Aa" as "å", æ ø å after z. */
export const byTerm = (a: { term: string }, b: { term: string }) => a.term.localeCompare(b.term, 'da');
