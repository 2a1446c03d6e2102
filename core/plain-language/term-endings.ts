/**
 * The Danish endings a glossary form's last word may carry in a text (the rules are in jargon.ts):
 * "algoritme" → "algoritmer", "robot" → "robotten", "API" → "API'er", "agil" → "agilt".
 */

const AFTER_CONSONANT = ['e', 'en', 'ens', 'er', 'erne', 'ernes', 'ene', 'enes', 'es', 'et', 'ets'];
const AFTER_E = ['r', 'rne', 'rnes', 'rs', 'n', 'ns', 's', 't', 'ts'];
/** What may follow an apostrophe after any form ending in a letter ("API'er", "KL's"). */
export const AFTER_APOSTROPHE: ReadonlySet<string> = new Set([...AFTER_CONSONANT, ...AFTER_E]);
/** The longest direct ending (how far a word may reach past a form's last word): a doubled consonant + "ernes". */
export const MAX_ENDING = 1 + Math.max(...AFTER_CONSONANT.map((x) => x.length));

const LOWER = /\p{Ll}/u;

/** A form whose letters are all capitals, two or more ("MED", "API", "GDPR"; not "IoT"). */
export function isAcronym(form: string): boolean {
  if (LOWER.test(form)) return false;
  const letters = form.replace(/\P{L}/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A–Z, a–z and æ ø å in either case: most forms are such words, and testing them needs no regex. */
export function isPlainLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 230 ||
    c === 248 ||
    c === 229 ||
    c === 198 ||
    c === 216 ||
    c === 197
  );
}

interface Endings {
  endings: ReadonlySet<string>;
  apostrophe: boolean;
}
const NONE: Endings = { endings: new Set(), apostrophe: false };
/** The few distinct sets of endings, by what decides them (a Set per form would be slow to build). */
const endingSets = new Map<string, Endings>();

/**
 * The Danish endings of a form's last word. After a final -t there is no bare -e ("prompte" is
 * the adverb, not a prompt); after another consonant a -t may follow ("agil" → "agilt").
 */
export function endingsOf(form: string, acronym: boolean): Endings {
  const last = form.at(-1) ?? '';
  if (!(isPlainLetter(last.charCodeAt(0)) || /\p{L}/u.test(last))) return NONE;
  const lower = acronym ? '' : last.toLowerCase();
  const plural = !acronym && lower === 'r' && form.at(-2)?.toLowerCase() === 'e';
  const key = plural ? 'er' : lower;
  let known = endingSets.get(key);
  if (!known) {
    known = { endings: endingSet(lower, plural), apostrophe: true };
    endingSets.set(key, known);
  }
  return known;
}

/** The endings after a last letter in lower case ('' for an acronym); `plural` when the form ends in -er. */
function endingSet(lower: string, plural: boolean): ReadonlySet<string> {
  if (lower === '') return new Set(['s']);
  if (lower === 'e') return new Set(AFTER_E);
  const consonant = !/[aeiouyæøå]/u.test(lower);
  const base = lower === 't' ? AFTER_CONSONANT.filter((x) => x !== 'e') : AFTER_CONSONANT;
  const endings = new Set([...base, 's']);
  if (consonant) for (const x of base) endings.add(lower + x);
  if (consonant && lower !== 't') endings.add('t');
  if (plural) for (const x of ['ne', 'nes']) endings.add(x);
  return endings;
}
