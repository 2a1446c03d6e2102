import { splitWords, type TextSpan } from '../../../../core/plain-language/lix.js';

/** How many words of a long sentence the panel shows to say which one it is. */
export const SENTENCE_START_WORDS = 6;

/** The first words of a sentence, to point at it: "Når vi indfører et nyt fagsystem …". */
export function sentenceStart(text: string, sentence: TextSpan, words = SENTENCE_START_WORDS): string {
  const part = text.slice(sentence.start, sentence.end);
  const all = splitWords(part);
  const last = all[Math.min(words, all.length) - 1];
  if (!last) return part.trim();
  const start = part.slice(0, last.end).trim();
  return all.length > words ? `${start} …` : part.trim();
}

/** A text is over its target when its LIX is higher than the target (equal is fine). */
export function isOverTarget(lix: number, target: number): boolean {
  return lix > target;
}

/** A target as typed: a whole number within the limits, else null. */
export function parseTarget(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/** The report's rows to show: all, or only those over their target. */
export function shownItems<T extends { overTarget: boolean }>(items: readonly T[], onlyOver: boolean): T[] {
  return onlyOver ? items.filter((i) => i.overTarget) : [...items];
}
