import type { Instrument } from '../../../../core/assessment/instrument.js';

/** Keys are at most 80 characters (AssessmentKeySchema); the slug leaves room for a `-NN` suffix. */
const KEY_MAX = 80;
const SLUG_MAX = 40;
const DANISH: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** Every key of an instrument, dimensions and statements: own statements may reuse none. */
export function keysOf(instrument: Instrument): Set<string> {
  return new Set(instrument.dimensions.flatMap((d) => [d.key, ...d.items.map((i) => i.key)]));
}

/** Lower-case ASCII words of a text joined by `-`, whole words only, at most `max` characters. */
export function slugOf(text: string, max = SLUG_MAX): string {
  const folded = text
    .toLocaleLowerCase('da')
    .replace(/[æøå]/g, (c) => DANISH[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, max) || 'udsagn';
}

/**
 * A key for an own statement made from its Danish text: `<dimension>.org-<words>`, with `-2`,
 * `-3` … added while it is taken. The `org-` part keeps own keys apart from the built-in ones.
 */
export function makeOwnKey(dimension: string, danishText: string, taken: ReadonlySet<string>): string {
  const prefix = `${dimension}.org-`;
  const slug = slugOf(danishText, Math.min(SLUG_MAX, KEY_MAX - prefix.length - 4));
  let key = `${prefix}${slug}`;
  for (let n = 2; taken.has(key); n++) key = `${prefix}${slug}-${n}`;
  return key;
}
