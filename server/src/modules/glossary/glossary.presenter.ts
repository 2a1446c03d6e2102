import { type GlossaryEntry, termKey, unexplainedTerms } from '../../../../core/plain-language/jargon.js';
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

/**
 * explanationWarnings(entry, glossary) for every entry of a stored glossary at once. Equal to it
 * because each form belongs to exactly one stored entry (every write checks that), so the entry's
 * own forms take part in the matching either way. Why not call it per entry: it compiles the
 * glossary's patterns anew for each call (about 10 ms per term at 60 terms), while one shared
 * array is compiled once. Even so, 60 terms take some 50 ms, and every member's page reads the
 * glossary: the answer is remembered by the glossary's content (a pure function, so it is never
 * stale, and organisations with the same starting glossary share it).
 */
export function storedWarnings(entries: readonly GlossaryEntry[]): ReadonlyArray<readonly string[]> {
  const key = JSON.stringify(entries.map((e) => [e.term, e.variants, e.explanation]));
  const known = remembered.get(key);
  if (known) {
    remembered.delete(key); // most recently used last
    remembered.set(key, known);
    return known;
  }
  const warnings = entries.map((entry) => {
    const own = termKey(entry.term);
    return unexplainedTerms(entry.explanation, entries).filter((t) => termKey(t) !== own);
  });
  remembered.set(key, warnings);
  if (remembered.size > REMEMBERED_GLOSSARIES) remembered.delete(remembered.keys().next().value!);
  return warnings;
}
/** At most this many glossaries' warnings are kept (a glossary of 500 terms is some 350 kB). */
const REMEMBERED_GLOSSARIES = 20;
const remembered = new Map<string, ReadonlyArray<readonly string[]>>();

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
