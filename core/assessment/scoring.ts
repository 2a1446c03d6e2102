/**
 * Scoring of the digital mindset assessment. Pure functions over an instrument and answers.
 *
 * - An answer is 1–5 or `dont_know`; a reverse-worded item is mirrored (1 ↔ 5, 2 ↔ 4) first.
 * - A dimension's score is the mean of its answered items, put on 0–100: 25 · (mean − 1).
 *   "Ved ikke" and unanswered items are left out; when fewer than half of a dimension's items are
 *   answered, the dimension has no score (null).
 * - Bands: the last of BANDS whose `from` the score reaches.
 * - A group: per dimension, the mean of the members' scores and the shares of favourable (4–5),
 *   neutral (3) and unfavourable (1–2) answers (after mirroring). Only members who have a score in
 *   the dimension count there — the same rule the release uses (release.ts `scored`), so a
 *   released group never shows a dimension carried by fewer people than the release checked.
 */
import { type Answer, BANDS, type Band, type Instrument, type ScaleValue } from './instrument.js';

/** Answers by item key; an item left out was not answered. */
export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface DimensionScore {
  dimension: string;
  /** 0–100, or null when fewer than half of the items are answered. */
  score: number | null;
  /** Items answered 1–5 (not "ved ikke"). */
  answered: number;
  items: number;
}

/** The value an answer counts as: mirrored for a reverse item; null for "ved ikke" or no answer. */
export function itemValue(answer: Answer | undefined, reverse: boolean): ScaleValue | null {
  if (answer === undefined || answer === 'dont_know') return null;
  return reverse ? ((6 - answer) as ScaleValue) : answer;
}

/** The respondent's score in every dimension of the instrument, in the instrument's order. */
export function scoreRespondent(instrument: Instrument, answers: Answers): DimensionScore[] {
  return instrument.dimensions.map((d) => {
    let sum = 0;
    let answered = 0;
    for (const item of d.items) {
      const v = itemValue(answers[item.key], item.reverse);
      if (v === null) continue;
      sum += v;
      answered += 1;
    }
    const enough = answered > 0 && 2 * answered >= d.items.length;
    // 25 · (sum − n) / n: integer arithmetic up to the one division, so 40, 60, 80 come out exact.
    const score = enough ? (25 * (sum - answered)) / answered : null;
    return { dimension: d.key, score, answered, items: d.items.length };
  });
}

export function bandOf(score: number): Band {
  if (!(score >= 0 && score <= 100)) throw new RangeError(`score ${score} is outside 0–100`);
  let band = BANDS[0] as Band;
  for (const b of BANDS) if (score >= b.from) band = b;
  return band;
}

/** The keys of the dimensions a respondent has a score in: the `scored` of a release respondent. */
export function scoredDimensions(scores: readonly DimensionScore[]): string[] {
  return scores.filter((s) => s.score !== null).map((s) => s.dimension);
}

/** The `count` lowest-scoring dimensions (ties in instrument order), for reflection questions. */
export function lowestDimensions(scores: readonly DimensionScore[], count: number): DimensionScore[] {
  return scores
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.score !== null)
    .sort((a, b) => (a.s.score as number) - (b.s.score as number) || a.i - b.i)
    .slice(0, Math.max(0, count))
    .map(({ s }) => s);
}

export interface DimensionAggregate {
  dimension: string;
  /** Members with a score in this dimension. */
  respondents: number;
  /** Mean of their scores, 0–100; null when nobody has one. */
  mean: number | null;
  /** Their 1–5 answers to the dimension's items (after mirroring), and the shares of them. */
  answers: number;
  favourable: number;
  neutral: number;
  unfavourable: number;
}

/**
 * The group's aggregate per dimension. The caller passes only the answers of a released group
 * (release.ts); this function does not check the group's size.
 */
export function aggregateGroup(instrument: Instrument, group: readonly Answers[]): DimensionAggregate[] {
  const scored = group.map((answers) => scoreRespondent(instrument, answers));
  return instrument.dimensions.map((d, di) => {
    let respondents = 0;
    let scoreSum = 0;
    let favourable = 0;
    let neutral = 0;
    let unfavourable = 0;
    group.forEach((answers, gi) => {
      const score = scored[gi]?.[di]?.score ?? null;
      if (score === null) return;
      respondents += 1;
      scoreSum += score;
      for (const item of d.items) {
        const v = itemValue(answers[item.key], item.reverse);
        if (v === null) continue;
        if (v >= 4) favourable += 1;
        else if (v === 3) neutral += 1;
        else unfavourable += 1;
      }
    });
    const answers = favourable + neutral + unfavourable;
    const share = (x: number): number => (answers === 0 ? 0 : x / answers);
    return {
      dimension: d.key,
      respondents,
      mean: respondents === 0 ? null : scoreSum / respondents,
      answers,
      favourable: share(favourable),
      neutral: share(neutral),
      unfavourable: share(unfavourable),
    };
  });
}
