/**
 * LIX readability (Björnsson): words per sentence + the percentage of words longer than six
 * letters. Pure; used live by the editors and by the server's readability report.
 *
 * Word and sentence rules (Danish text):
 * - A word is a run of letters and digits; a hyphen, an apostrophe or a full stop between two such
 *   runs keeps them one word ("it-system", "API'er", "f.eks", "3.5"), and so does a comma or colon
 *   between two digits ("3,5", "10:30"). Only letters count towards length, so numbers are never long.
 * - A sentence ends at . ! ? (and closing quotes or brackets after them) followed by white space or
 *   the end, at a line break, and at a colon followed by a capital letter.
 * - A full stop or an ellipsis followed by a lower-case letter never ends a sentence ("p.t. ingen",
 *   "den 3. maj", "100 kr. pr. måned"). Before anything else a full stop ends it, except after an
 *   abbreviation that never closes a sentence ("f.eks. Aarhus", "ca. 200") and after a list number
 *   at the start of a line ("1. Første punkt").
 * - A line break followed by a lower-case letter does not end a sentence (a hard-wrapped text);
 *   before a capital, a digit, a bullet or a blank line it does.
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

/**
 * Abbreviations that never end a sentence, also before a capital letter or a number ("f.eks.
 * Viborg", "ca. 200", "nr. 5"). Lower case, with the dot. ("el." is not here: "el" is also
 * electricity, "sparet på el. Næste år".)
 */
const NEVER_FINAL = new Set(
  (
    'f.eks. eks. fx. bl.a. ca. dvs. m.a.o. jf. jvf. pga. p.g.a. evt. inkl. ekskl. nr. kl. hhv. mht. m.h.t. ' +
    'vedr. ift. i.f.t. iflg. ifm. i.f.m. iht. ang. vha. s. stk. tlf. pkt. afd. att. bd. gl. sml. ex. ' +
    'hr. fr. dr. prof. mr. mrs. ms.'
  ).split(' '),
);

/**
 * Abbreviations that may close a sentence ("… æbler, pærer osv. Næste …", "… på PR. Næste …"): they
 * end it only when a capital letter follows, not before a number ("d. 5. maj", "pr. 1. januar").
 */
const FINAL_BEFORE_CAPITAL = new Set(
  (
    'osv. m.m. mm. mv. m.v. m.fl. mfl. o.l. ol. o.a. etc. lign. o.lign. p.t. pt. d. pr. kr. dkr. pct. mio. mia. ' +
    'mill. min. maks. max. ' +
    'jan. feb. febr. mar. apr. jun. jul. aug. sep. sept. okt. nov. dec.'
  ).split(' '),
);

const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’.]|(?<=\p{N})[,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const NOT_LETTER = /\P{L}/gu;
/** Sentence ends before the rules about abbreviations, ordinals and ellipses are applied. */
const BOUNDARY = /(\.{3}|…|[.!?]+)["'”’»«)\]]*(?=\s|$)|\r\n|[\n\r\u2028\u2029]|:(?=[ \t\u00a0]*\p{Lu})/gu;
const NEXT_CHAR = /\S/u;

export function lixBand(lix: number): LixBand {
  if (lix < 25) return 'very_easy';
  if (lix < 35) return 'easy';
  if (lix < 45) return 'medium';
  if (lix < 55) return 'hard';
  return 'very_hard';
}

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    words.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      letters: m[0].replace(NOT_LETTER, '').length,
    });
  }
  return words;
}

/** The first non-blank character at or after `from`, or '' at the end of the text. */
function nextChar(text: string, from: number): string {
  const m = NEXT_CHAR.exec(text.slice(from, from + 40));
  return m ? m[0] : '';
}

const isLower = (c: string) => /\p{Ll}/u.test(c);
const isUpper = (c: string) => /\p{Lu}/u.test(c);

/** Whether the word before a full stop is a list number at the start of its line ("1.", "2.3."). */
function isListNumber(text: string, word: Word): boolean {
  if (!/^\p{N}+(?:\.\p{N}+)*$/u.test(word.text)) return false;
  const lineStart = Math.max(text.lastIndexOf('\n', word.start), text.lastIndexOf('\r', word.start)) + 1;
  return text.slice(lineStart, word.start).trim() === '';
}

/** Whether a full stop or ellipsis found by BOUNDARY really closes the sentence. */
function endsSentence(text: string, mark: string, after: number, wordBefore?: Word): boolean {
  const next = nextChar(text, after);
  if (mark === '...' || mark === '…') return !isLower(next);
  if (mark !== '.') return true;
  if (isLower(next)) return false;
  if (!wordBefore) return true;
  const abbreviation = `${wordBefore.text.toLowerCase()}.`;
  if (NEVER_FINAL.has(abbreviation)) return false;
  if (FINAL_BEFORE_CAPITAL.has(abbreviation)) return next === '' || isUpper(next);
  return !isListNumber(text, wordBefore);
}

/** Whether a line break at `after` ends the sentence: not before a lower-case letter on the next line. */
function lineBreakEnds(text: string, after: number): boolean {
  const line = /^[^\S\r\n\u2028\u2029]*(.?)/u.exec(text.slice(after, after + 40))!;
  return !isLower(line[1]!);
}

/** Sentence end offsets: [end of the sentence, where the next one may start]. */
function boundaries(text: string, words: readonly Word[]): Array<[number, number]> {
  const byEnd = new Map(words.map((w) => [w.end, w]));
  const ends: Array<[number, number]> = [];
  for (const m of text.matchAll(BOUNDARY)) {
    const after = m.index + m[0].length;
    const mark = m[1];
    const lineBreak = /^[\r\n\u2028\u2029]/u.test(m[0]);
    if (mark !== undefined && !endsSentence(text, mark, after, byEnd.get(m.index))) continue;
    if (lineBreak && !lineBreakEnds(text, after)) continue;
    // A line break is not part of the sentence before it; punctuation and a colon are.
    ends.push(lineBreak ? [m.index, after] : [after, after]);
  }
  return ends;
}

export function splitSentences(text: string): Sentence[] {
  return sentencesOf(text, splitWords(text));
}

function sentencesOf(text: string, words: readonly Word[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  let w = 0;
  for (const [end, next] of [...boundaries(text, words), [text.length, text.length] as [number, number]]) {
    let count = 0;
    let first = -1;
    let last = -1;
    while (w < words.length && words[w]!.start < end) {
      if (first < 0) first = words[w]!.start;
      last = words[w]!.end;
      count++;
      w++;
    }
    if (count > 0) {
      // Span from the first non-blank character to the sentence's end (its mark included).
      const lead = text.slice(from, first).search(/\S/u);
      const start = lead < 0 ? first : from + lead;
      const tail = text.slice(last, end).trimEnd();
      sentences.push({ start, end: last + tail.length, words: count });
    }
    from = next;
  }
  return sentences;
}

export function readability(text: string): Readability {
  const words = splitWords(text);
  const sentences = sentencesOf(text, words);
  const longWords = words.filter((w) => w.letters > LONG_WORD_LETTERS).length;
  const lix =
    words.length === 0 ? 0 : Math.round(words.length / sentences.length + (100 * longWords) / words.length);
  return {
    lix,
    band: lixBand(lix),
    words: words.length,
    sentences: sentences.length,
    longWords,
    longSentences: sentences.filter((s) => s.words > LONG_SENTENCE_WORDS),
  };
}
