import { stemmer } from '@orama/stemmers/danish';
import { stopwords } from '@orama/stopwords/danish';

/**
 * Danish search terms, made the same way for the text that is searched and for the query, so that
 * inflected forms meet: "automatiseringerne" and "automatisering" both become "automatisering",
 * "digitale løsninger" and "digital løsning" both "digital løsning".
 *
 * The stemmer is the Danish Snowball algorithm as the Snowball compiler generates it for
 * JavaScript (package @orama/stemmers, Apache-2.0). It gives the same stems as PostgreSQL's
 * `danish_stem` (Snowball's C code) for every word of Debian's Danish word list that is not a stop
 * word, and the stop words are Snowball's Danish list, the same 94 words as PostgreSQL's
 * `danish.stop` (package @orama/stopwords), so SQLite (terms stemmed here) and PostgreSQL
 * (`to_tsvector('danish', …)`) find the same insights.
 */

const STOP_WORDS: ReadonlySet<string> = new Set(stopwords);

/** Runs of letters and digits; everything else (punctuation, FTS operators, quotes) separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower-cased the Danish way, in order (repeats kept). */
export function words(text: string): string[] {
  return text.toLocaleLowerCase('da-DK').match(WORD) ?? [];
}

export const isStopWord = (word: string): boolean => STOP_WORDS.has(word);

/** One lower-case word's stem. */
export const stem = (word: string): string => stemmer(word);

/** The stems of a text without stop words, each once, in order of first appearance. */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const w of words(text)) if (!isStopWord(w)) terms.add(stem(w));
  return [...terms];
}

/**
 * The words of a query that PostgreSQL should stem itself (`plainto_tsquery('danish', …)`): the
 * same words `searchTerms` stems, unstemmed, each once, so both databases search for the same
 * words and no operator of either query language gets through.
 */
export function queryWords(text: string): string[] {
  return [...new Set(words(text).filter((w) => !isStopWord(w)))];
}
