/**
 * LIX readability (Björnsson): words per sentence + the percentage of words longer than six
 * letters. Pure; used live by the editors and by the server's readability report.
 * (Signatures fixed; bodies written by the core helper.)
 */

/** Danish bands: under 25 very easy … 55 and over very hard. */
export const LIX_BANDS = ['very_easy', 'easy', 'medium', 'hard', 'very_hard'] as const;
export type LixBand = (typeof LIX_BANDS)[number];

/** A word is long when it has more than this many letters. */
export const LONG_WORD_LETTERS = 6;
/** A sentence is flagged as long when it has more than this many words. */
export const LONG_SENTENCE_WORDS = 25;

export interface TextSpan {
  /** Offsets into the text (UTF-16, as String.slice). */
  start: number;
  end: number;
}
export interface Word extends TextSpan {
  text: string;
  /** Letters only (a hyphen is not a letter): "it-system" has 8. */
  letters: number;
}
export interface Sentence extends TextSpan {
  words: number;
}

export interface Readability {
  /** Rounded to a whole number; 0 for a text without words. */
  lix: number;
  band: LixBand;
  words: number;
  sentences: number;
  longWords: number;
  /** Sentences with more than LONG_SENTENCE_WORDS words, in text order. */
  longSentences: Sentence[];
}

export function lixBand(_lix: number): LixBand {
  throw new Error('not implemented');
}

export function splitWords(_text: string): Word[] {
  throw new Error('not implemented');
}

export function splitSentences(_text: string): Sentence[] {
  throw new Error('not implemented');
}

export function readability(_text: string): Readability {
  throw new Error('not implemented');
}
