/**
 * Glossary terms in a text: where they occur (readers see them underlined) and which are used
 * without being explained (editors are warned). Pure; the matching itself is in term-matcher.ts.
 *
 * Matching rules:
 * - Case does not matter, except for a form whose letters are all capitals (two or more: "MED",
 *   "KL", "API"), which matches only in capitals, so "med" and "kl." are ordinary words. Its
 *   endings still count ("MED-udvalget", "KL's", "API'er", "APIs").
 * - A term must stand as a word of its own (letters or digits on either side make it part of a
 *   longer word: "API" is not in "kapital"), but a hyphen is a boundary, so "API-løsning" and
 *   "it-API" use "API" (only the term part is marked).
 * - Words of a multi-word term may be separated by any white space or by a hyphen ("open-source").
 * - The last word may carry a Danish ending: -e, -en, -et, -er, -erne, -ene, -es, -s, -ens, -ets
 *   (also after a doubled consonant: "robotter", "chatbotten"), -t after another consonant
 *   ("agilt"), but no bare -e after a final -t ("prompte" is an adverb); after a final -e: -r, -rne,
 *   -n, -ns, -t, -s ("algoritmer"); the same endings after an apostrophe ("API'er"). An abbreviation
 *   in capitals takes endings only after an apostrophe, or a plain -s ("APIs"), so "BI" is not in "bier".
 */
import type { TextSpan } from './lix.js';
import {
  compileMatcher,
  type Form,
  MAX_ENDING,
  matchAt,
  matcherFor,
  prepare,
  type TermMatcher,
  termKey,
} from './term-matcher.js';

export { termKey };

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

interface Layer {
  matcher: TermMatcher;
  /** Whether a form takes part (each key counts once: the first form that takes part). */
  live: (form: Form) => boolean;
  /** Of two candidates of the same place and length, the lower rank wins. */
  rank: (form: Form) => number;
}

const wholeGlossary = (matcher: TermMatcher): Layer => ({
  matcher,
  live: (f) => !f.sameKey || f.sameKey[0] === f,
  rank: (f) => f.order,
});

/** Every use of a form of the layers' glossaries, longest match first, never overlapping, in text order. */
function usesOf(text: string, layers: readonly Layer[]): TermUse[] {
  const t = prepare(text);
  const candidates: Array<TermUse & { rank: number }> = [];
  for (const { matcher, live, rank } of layers) {
    const lastEnd = new Map<Form, number>();
    t.runs.forEach((run, k) => {
      const length = run.end - run.start;
      for (let l = length; l >= 1 && l >= length - MAX_ENDING; l--) {
        for (const form of matcher.byFirstWord.get(t.folded.slice(run.start, run.start + l)) ?? []) {
          if ((l !== length && form.words.length > 1) || !live(form)) continue;
          const span = matchAt(form, t, k, lastEnd.get(form) ?? 0);
          if (!span) continue;
          lastEnd.set(form, span[1]);
          const [start, end] = span;
          const term = matcher.terms[form.entry]!;
          candidates.push({ start, end, term, found: text.slice(start, end), rank: rank(form) });
        }
      }
    });
  }
  // Longest first; among equals the earlier place, then the earlier form.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.rank - b.rank);
  const taken = new Uint8Array(text.length);
  const uses: TermUse[] = [];
  for (const { rank: _, ...use } of candidates) {
    if (taken.subarray(use.start, use.end).includes(1)) continue;
    taken.fill(1, use.start, use.end);
    uses.push(use);
  }
  return uses.sort((a, b) => a.start - b.start);
}

/** Every use of a glossary term (or a variant), longest match first, never overlapping, in text order. */
export function findTermUses(text: string, glossary: readonly GlossaryEntry[]): TermUse[] {
  return usesOf(text, [wholeGlossary(matcherFor(glossary))]);
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
  return unexplainedIn(text, usesOf(text, [wholeGlossary(matcherFor(glossary))]));
}

function unexplainedIn(text: string, uses: readonly TermUse[]): string[] {
  const firstUse = new Map<string, TermUse>();
  for (const use of uses) {
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
 * That is: matching with [entry, ...the glossary without entries of the same term]. The glossary's
 * compiled forms are reused; only a new or changed entry's own few forms are compiled.
 */
export function explanationWarnings(entry: GlossaryEntry, glossary: readonly GlossaryEntry[]): string[] {
  const own = termKey(entry.term);
  const text = entry.explanation;
  return unexplainedIn(text, usesOf(text, entryLayers(entry, own, glossary))).filter(
    (t) => termKey(t) !== own,
  );
}

function entryLayers(entry: GlossaryEntry, own: string, glossary: readonly GlossaryEntry[]): Layer[] {
  const main = matcherFor(glossary);
  const index = glossary.findIndex((e) => e.term === entry.term && sameList(e.variants, entry.variants));
  if (index >= 0) {
    // The entry as it stands in the glossary: its forms go first, the others' forms of its keys go.
    const mine = (f: Form) => f.entry === index;
    const takesPart = (f: Form) => main.entryKeys[f.entry] !== own && !f.sameKey?.some(mine);
    const first = (f: Form, of: (g: Form) => boolean) => !f.sameKey || f.sameKey.find(of) === f;
    return [
      {
        matcher: main,
        live: (f) => (mine(f) ? first(f, mine) : takesPart(f) && first(f, takesPart)),
        rank: (f) => (mine(f) ? f.order - main.formCount : f.order),
      },
    ];
  }
  const mine = compileMatcher([entry]);
  const takesPart = (f: Form) => main.entryKeys[f.entry] !== own && !mine.byKey.has(f.key);
  return [
    wholeGlossary(mine),
    {
      matcher: main,
      live: (f) => takesPart(f) && (!f.sameKey || f.sameKey.find(takesPart) === f),
      rank: (f) => mine.formCount + f.order,
    },
  ];
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
