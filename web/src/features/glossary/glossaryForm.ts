import { type GlossaryEntry, termKey } from '../../../../core/plain-language/jargon.js';
import type { GlossaryTermBody, GlossaryTermRes } from '../../../../core/schemas/glossary.js';
import { GlossaryLimits } from '../../../../core/schemas/glossary.js';

export interface GlossaryFormState {
  term: string;
  /** Other forms and synonyms, separated by commas as typed. */
  variants: string;
  explanation: string;
}

export type GlossaryProblem =
  | 'termMissing'
  | 'termTooLong'
  | 'variantsTooMany'
  | 'variantTooLong'
  | 'variantTwice'
  | 'explanationMissing'
  | 'explanationTooLong';

export const emptyGlossaryForm = (): GlossaryFormState => ({ term: '', variants: '', explanation: '' });

export function fromTerm(term: GlossaryTermRes): GlossaryFormState {
  return { term: term.term, variants: term.variants.join(', '), explanation: term.explanation };
}

/** "API'er, snitflade ," → ["API'er", "snitflade"]. */
export function parseVariants(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** What is wrong with the form, by field, before anything is sent (the server checks the same). */
export function validateGlossaryForm(state: GlossaryFormState): Array<{
  field: keyof GlossaryFormState;
  problem: GlossaryProblem;
}> {
  const problems: Array<{ field: keyof GlossaryFormState; problem: GlossaryProblem }> = [];
  const term = state.term.trim();
  if (!term) problems.push({ field: 'term', problem: 'termMissing' });
  else if (term.length > GlossaryLimits.termMax) problems.push({ field: 'term', problem: 'termTooLong' });
  const variants = parseVariants(state.variants);
  const keys = variants.map((v) => v.toLowerCase());
  if (variants.length > GlossaryLimits.variantsMax)
    problems.push({ field: 'variants', problem: 'variantsTooMany' });
  else if (variants.some((v) => v.length > GlossaryLimits.termMax))
    problems.push({ field: 'variants', problem: 'variantTooLong' });
  else if (new Set(keys).size !== keys.length || keys.includes(term.toLowerCase()))
    problems.push({ field: 'variants', problem: 'variantTwice' });
  const explanation = state.explanation.trim();
  if (!explanation) problems.push({ field: 'explanation', problem: 'explanationMissing' });
  else if (explanation.length > GlossaryLimits.explanationMax)
    problems.push({ field: 'explanation', problem: 'explanationTooLong' });
  return problems;
}

/**
 * Whether the form that another term already has is one of the variants rather than the term
 * itself (a 409 `term_exists` then belongs on the variants field).
 */
export function takenInVariants(state: GlossaryFormState, others: readonly GlossaryEntry[]): boolean {
  const taken = new Set(others.flatMap((o) => [o.term, ...o.variants].map(termKey)));
  return !taken.has(termKey(state.term)) && parseVariants(state.variants).some((v) => taken.has(termKey(v)));
}

export function toGlossaryBody(state: GlossaryFormState): GlossaryTermBody {
  return {
    term: state.term.trim(),
    variants: parseVariants(state.variants),
    explanation: state.explanation.trim(),
  };
}

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** The terms A–Å in Danish order (æ, ø and å last). */
export function sortTerms<T extends { term: string }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => collator.compare(a.term, b.term));
}

/** Terms whose name, a variant or the explanation contains the search (any case). */
export function searchTerms<T extends GlossaryTermRes>(terms: readonly T[], search: string): T[] {
  const q = search.trim().toLocaleLowerCase('da');
  if (!q) return [...terms];
  return terms.filter((t) =>
    [t.term, ...t.variants, t.explanation].some((s) => s.toLocaleLowerCase('da').includes(q)),
  );
}

/** The first letter a term is listed under ("ÆØÅ" stay themselves, digits go under "#"). */
export function initialOf(term: string): string {
  const first = term.trim().charAt(0).toLocaleUpperCase('da');
  return /\p{L}/u.test(first) ? first : '#';
}
