/**
 * Glossary terms in a text: where they occur (readers see them underlined) and which are used
 * without being explained (editors are warned). Pure. (Signatures fixed; bodies by the core helper.)
 */
import type { TextSpan } from './lix.js';

export interface GlossaryEntry {
  term: string;
  variants: readonly string[];
  explanation: string;
}

export interface TermUse extends TextSpan {
  /** The glossary entry's term (not the form found in the text). */
  term: string;
  /** The text as it stands at this place ("API'er"). */
  found: string;
}

/** A term's identity: lower case, spaces collapsed, trimmed ("  Kunstig  Intelligens" → "kunstig intelligens"). */
export function termKey(_term: string): string {
  throw new Error('not implemented');
}

/** Every use of a glossary term (or a variant), longest match first, never overlapping, in text order. */
export function findTermUses(_text: string, _glossary: readonly GlossaryEntry[]): TermUse[] {
  throw new Error('not implemented');
}

/** Terms the text uses without explaining them where first used, each once, in order of first use. */
export function unexplainedTerms(_text: string, _glossary: readonly GlossaryEntry[]): string[] {
  throw new Error('not implemented');
}

/** Other terms an entry's explanation uses without explaining them (the glossary's own warning). */
export function explanationWarnings(_entry: GlossaryEntry, _glossary: readonly GlossaryEntry[]): string[] {
  throw new Error('not implemented');
}
