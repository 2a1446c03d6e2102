/**
 * Glossary terms in a text: where they occur (readers see them underlined) and which are used
 * without being explained (editors are warned). Pure.
 *
 * Matching rules:
 * - Case does not matter; a term must stand as a word of its own (letters or digits on either side
 *   make it part of a longer word: "API" is not in "kapital"), but a hyphen is a boundary, so
 *   "API-løsning" and "it-API" use "API" (only the term part is marked).
 * - Words of a multi-word term may be separated by any white space or by a hyphen ("open-source").
 * - The last word may carry a Danish ending: -e, -en, -et, -er, -erne, -ene, -es, -s, -ens, -ets
 *   (also after a doubled consonant: "robotter", "chatbotten"); after a final -e: -r, -rne, -n, -ns,
 *   -t, -s ("algoritmer"); the same endings after an apostrophe ("API'er"). An abbreviation in
 *   capitals takes endings only after an apostrophe, or a plain -s ("APIs"), so "BI" is not in "bier".
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
export function termKey(term: string): string {
  return term.trim().replace(/\s+/gu, ' ').toLowerCase();
}

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const HYPHEN = '[-‐‑]';
const APOSTROPHE = "['’]";
const AFTER_CONSONANT = 'e|en|ens|er|erne|ernes|ene|enes|es|et|ets';
const AFTER_E = 'r|rne|rnes|rs|n|ns|s|t|ts';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern of one word of a term: hyphens and apostrophes match their typographic twins. */
function wordPattern(word: string): string {
  return [...word]
    .map((c) => (/[-‐‑]/u.test(c) ? HYPHEN : /['’]/u.test(c) ? APOSTROPHE : escapeRegex(c)))
    .join('');
}

/** The Danish endings the last word of a form may take (see the module comment). */
function endingPattern(form: string): string {
  const last = form.at(-1) ?? '';
  if (!/\p{L}/u.test(last)) return '';
  const afterApostrophe = `${APOSTROPHE}(?:${AFTER_CONSONANT}|${AFTER_E})`;
  const letters = form.replace(/\P{L}/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return `(?:${afterApostrophe}|s)?`;
  const lower = last.toLowerCase();
  if (lower === 'e') return `(?:${AFTER_E}|${afterApostrophe})?`;
  const plural = form.toLowerCase().endsWith('er') ? '|ne|nes' : '';
  const doubled = /[aeiouyæøå]/u.test(lower) ? '' : `${escapeRegex(last)}?`;
  return `(?:${doubled}(?:${AFTER_CONSONANT})|s${plural}|${afterApostrophe})?`;
}

function formRegex(form: string): RegExp {
  const words = form.trim().split(/\s+/u).map(wordPattern).join(`(?:\\s+|${HYPHEN})`);
  return new RegExp(`(?<!${WORD_CHAR})${words}${endingPattern(form.trim())}(?!${WORD_CHAR})`, 'giu');
}

interface CompiledForm {
  term: string;
  regex: RegExp;
}

/** Compiled once per glossary array: the editors call findTermUses on every keystroke. */
const compiledCache = new WeakMap<readonly GlossaryEntry[], CompiledForm[]>();

function compile(glossary: readonly GlossaryEntry[]): CompiledForm[] {
  const cached = compiledCache.get(glossary);
  if (cached) return cached;
  const seen = new Set<string>();
  const forms: CompiledForm[] = [];
  for (const entry of glossary) {
    for (const form of [entry.term, ...entry.variants]) {
      const key = termKey(form);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      forms.push({ term: entry.term, regex: formRegex(form) });
    }
  }
  compiledCache.set(glossary, forms);
  return forms;
}

/** Every use of a glossary term (or a variant), longest match first, never overlapping, in text order. */
export function findTermUses(text: string, glossary: readonly GlossaryEntry[]): TermUse[] {
  const candidates: TermUse[] = [];
  for (const { term, regex } of compile(glossary)) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      candidates.push({ start: m.index, end: m.index + m[0].length, term, found: m[0] });
    }
  }
  // Longest first; among equals the earlier place, then the earlier entry (the sort is stable).
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const uses: TermUse[] = [];
  for (const c of candidates) {
    if (taken.subarray(c.start, c.end).some((x) => x === 1)) continue;
    taken.fill(1, c.start, c.end);
    uses.push(c);
  }
  return uses.sort((a, b) => a.start - b.start);
}

/**
 * What may follow a term's first use to explain it: "API (…)", "API: …", "API – …", "API - …",
 * "API, dvs. …", "API, det vil sige …", "API, altså …", "API betyder …". A closing quote may come first.
 * " er …" does not count: it follows a term in far too many sentences that explain nothing.
 */
const EXPLANATION_MARKER =
  /^["”’»]?(?:\s*\(|:(?=\s|$)|\s+[–—-]\s|,\s*(?:dvs\.|det vil sige|altså)(?!\p{L})|\s+betyder(?!\p{L}))/iu;

/** Terms the text uses without explaining them where first used, each once, in order of first use. */
export function unexplainedTerms(text: string, glossary: readonly GlossaryEntry[]): string[] {
  const firstUse = new Map<string, TermUse>();
  for (const use of findTermUses(text, glossary)) {
    const key = termKey(use.term);
    if (!firstUse.has(key)) firstUse.set(key, use);
  }
  return [...firstUse.values()]
    .filter((use) => !EXPLANATION_MARKER.test(text.slice(use.end, use.end + 40)))
    .map((use) => use.term);
}

/**
 * Other terms an entry's explanation uses without explaining them (the glossary's own warning).
 * The entry itself (by termKey; it may be new or edited) takes part in the matching so that its
 * own term and variants hide the shorter terms inside them, and is then left out of the answer.
 */
export function explanationWarnings(entry: GlossaryEntry, glossary: readonly GlossaryEntry[]): string[] {
  const own = termKey(entry.term);
  const others = glossary.filter((e) => termKey(e.term) !== own);
  return unexplainedTerms(entry.explanation, [entry, ...others]).filter((t) => termKey(t) !== own);
}
