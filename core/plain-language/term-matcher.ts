/**
 * A glossary compiled for finding its terms in a text (the rules are in jargon.ts). Built for
 * speed: the editors match on every keystroke, and a glossary may have 500 terms with 10 variants
 * each. The text is cut into word runs once; each run looks up the forms whose first word it
 * starts with (a Map), and only those are checked, by comparing strings. No regex per form.
 */
import type { GlossaryEntry } from './jargon.js';
import { AFTER_APOSTROPHE, endingsOf, isAcronym, isPlainLetter } from './term-endings.js';

export { MAX_ENDING } from './term-endings.js';

/** A term's identity: lower case, spaces collapsed, trimmed ("  Kunstig  Intelligens" → "kunstig intelligens"). */
export function termKey(term: string): string {
  return term.trim().replace(SPACES, ' ').toLowerCase();
}
/** (Without the u flag: the same white space, and quicker to build and run.) */
const SPACES = /\s+/g;

/** What stands between, before or after a form's words; a space matches white space or one hyphen. */
type Gap = Array<'space' | 'hyphen' | 'apostrophe' | { char: string }>;

export interface Form {
  /** The entry's place in the glossary, and the place of the form among all forms (ties go to the earlier). */
  entry: number;
  order: number;
  key: string;
  /** An acronym ("MED", "API"): its words are compared case for case, so "med" is not "MED". */
  exact: boolean;
  /** The words, case-folded unless exact; gaps[0] comes before the first word, gaps[i] after word i - 1. */
  words: string[];
  gaps: readonly Gap[];
  /** Endings the last word may carry directly ("er"), and whether it may carry them after an apostrophe. */
  endings: ReadonlySet<string>;
  apostrophe: boolean;
  /** All forms with this key, in order, when there is more than one (then only the first that takes part counts). */
  sameKey: Form[] | null;
}

export interface TermMatcher {
  terms: string[];
  /** termKey of each entry's term. */
  entryKeys: string[];
  /** Forms by their first word, case-folded. */
  byFirstWord: Map<string, Form[]>;
  /** The first form of each key. */
  byKey: Map<string, Form>;
  formCount: number;
}

const IS_SPACE = /\s/u;
const HYPHENS = '-‐‑';
const APOSTROPHES = "'’";

/**
 * Lower case with every UTF-16 offset kept (a character whose lower case is longer stays as it
 * is), so offsets found in the folded text hold in the text. Final sigma is folded as σ.
 */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length && !s.includes('Σ')) return lower;
  let out = '';
  for (const c of s) {
    const l = c === 'Σ' ? 'σ' : c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

const WORD_SPLIT = /([\p{L}\p{M}\p{N}]+)/u;
const NO_GAP: Gap = [];
const SPACE_GAP: Gap = ['space'];
const ONE_WORD_GAPS: readonly Gap[] = [NO_GAP, NO_GAP];

/** A form as its words and the gaps before, between and after them ("open source" → open, source). */
function parseForm(form: string): { words: string[]; gaps: readonly Gap[] } {
  if (isPlainWord(form)) return { words: [form], gaps: ONE_WORD_GAPS };
  const words: string[] = [];
  const gaps: Gap[] = [];
  form.split(WORD_SPLIT).forEach((piece, i) => {
    if (i % 2 === 1) words.push(piece);
    else gaps.push(piece === '' ? NO_GAP : piece === ' ' ? SPACE_GAP : parseGap(piece));
  });
  return { words, gaps };
}

function isPlainWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isPlainLetter(c) || (c >= 48 && c <= 57))) return false;
  }
  return s.length > 0;
}

function parseGap(piece: string): Gap {
  const gap: Gap = [];
  for (const c of piece) {
    if (IS_SPACE.test(c)) {
      if (gap.at(-1) !== 'space') gap.push('space');
    } else gap.push(HYPHENS.includes(c) ? 'hyphen' : APOSTROPHES.includes(c) ? 'apostrophe' : { char: c });
  }
  return gap;
}

export function compileMatcher(glossary: readonly GlossaryEntry[]): TermMatcher {
  const matcher: TermMatcher = {
    terms: glossary.map((e) => e.term),
    entryKeys: glossary.map((e) => termKey(e.term)),
    byFirstWord: new Map(),
    byKey: new Map(),
    formCount: 0,
  };
  glossary.forEach((entry, index) => {
    for (const raw of [entry.term, ...entry.variants]) {
      const text = raw.trim();
      const key = text.replace(SPACES, ' ').toLowerCase();
      const exact = isAcronym(text);
      const { words, gaps } = parseForm(exact ? text : fold(text));
      if (key === '' || words.length === 0) continue;
      const { endings, apostrophe } = endingsOf(text, exact);
      const order = matcher.formCount++;
      const form: Form = { entry: index, order, key, exact, words, gaps, endings, apostrophe, sameKey: null };
      const firstWord = exact ? fold(words[0]!) : words[0]!;
      const bucket = matcher.byFirstWord.get(firstWord);
      if (bucket) bucket.push(form);
      else matcher.byFirstWord.set(firstWord, [form]);
      const first = matcher.byKey.get(key);
      if (!first) matcher.byKey.set(key, form);
      else {
        first.sameKey ??= [first];
        first.sameKey.push(form);
        form.sameKey = first.sameKey;
      }
    }
  });
  return matcher;
}

/** Compiled glossaries by array (the web keeps one) and by content (the server reads a new array per request). */
const byArray = new WeakMap<readonly GlossaryEntry[], TermMatcher>();
const byContent = new Map<string, TermMatcher>();
const CACHED_GLOSSARIES = 20;

export function matcherFor(glossary: readonly GlossaryEntry[]): TermMatcher {
  const known = byArray.get(glossary);
  if (known) return known;
  const key = JSON.stringify(glossary.map((e) => [e.term, e.variants]));
  const matcher = byContent.get(key) ?? compileMatcher(glossary);
  byContent.delete(key); // most recently used last
  byContent.set(key, matcher);
  if (byContent.size > CACHED_GLOSSARIES) byContent.delete(byContent.keys().next().value!);
  byArray.set(glossary, matcher);
  return matcher;
}

/** A word run of the text: letters, marks and digits. */
export interface Run {
  start: number;
  end: number;
}
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;

export function wordRuns(text: string): Run[] {
  return Array.from(text.matchAll(WORD_RUN), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The text once as written and once case-folded, with its word runs. */
export interface Prepared {
  text: string;
  folded: string;
  runs: Run[];
}

export function prepare(text: string): Prepared {
  return { text, folded: fold(text), runs: wordRuns(text) };
}

/** Where a gap matched from `at` ends, or -1. */
function matchGap(gap: Gap, src: string, at: number): number {
  let pos = at;
  for (const part of gap) {
    const c = src[pos] ?? '';
    if (part === 'space') {
      if (c !== '' && IS_SPACE.test(c)) while (pos < src.length && IS_SPACE.test(src[pos]!)) pos++;
      else if (c !== '' && HYPHENS.includes(c)) pos++;
      else return -1;
    } else if (part === 'hyphen' || part === 'apostrophe') {
      if (c === '' || !(part === 'hyphen' ? HYPHENS : APOSTROPHES).includes(c)) return -1;
      pos++;
    } else if (src.startsWith(part.char, pos)) pos += part.char.length;
    else return -1;
  }
  return pos;
}

/**
 * The span of `form` if it matches with its first word at run k, else null. `from` is where the
 * form's previous match ended (a form's matches never overlap each other).
 */
export function matchAt(form: Form, t: Prepared, k: number, from: number): [number, number] | null {
  const { runs } = t;
  const { words, gaps } = form;
  const n = words.length;
  if (k + n > runs.length) return null;
  const src = form.exact ? t.text : t.folded;
  for (let i = 0; i < n - 1; i++) {
    const run = runs[k + i]!;
    if (run.end - run.start !== words[i]!.length || !src.startsWith(words[i]!, run.start)) return null;
    if (matchGap(gaps[i + 1]!, src, run.end) !== runs[k + i + 1]!.start) return null;
  }
  const lastRun = runs[k + n - 1]!;
  const last = words[n - 1]!;
  if (!src.startsWith(last, lastRun.start)) return null;
  let end = lastRun.end;
  const after = runs[k + n];
  if (end > lastRun.start + last.length) {
    if (!form.endings.has(src.slice(lastRun.start + last.length, end))) return null;
  } else if (
    form.apostrophe &&
    after?.start === end + 1 &&
    APOSTROPHES.includes(t.text[end]!) &&
    AFTER_APOSTROPHE.has(t.folded.slice(after.start, after.end))
  ) {
    end = after.end;
  }
  const trail = gaps[n]!;
  if (trail.length > 0) {
    end = matchGap(trail, src, end);
    if (end < 0 || end === after?.start) return null;
  }
  const first = runs[k]!;
  const lead = gaps[0]!;
  if (lead.length === 0) return first.start >= from ? [first.start, end] : null;
  // The lead must not touch the word before: try the earliest start after it.
  for (let p = Math.max(from, k > 0 ? runs[k - 1]!.end + 1 : 0); p < first.start; p++) {
    if (matchGap(lead, src, p) === first.start) return [p, end];
  }
  return null;
}
