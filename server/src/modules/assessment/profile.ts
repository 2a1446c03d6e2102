/**
 * Building a leader's private profile from stored scores: the score and band of each dimension,
 * the change since the previous submitted round, and reflection questions for the lowest
 * dimensions. Pure: the service loads the rows, this shapes them.
 */

import type { Instrument } from '../../../../core/assessment/instrument.js';
import type { Answers, DimensionScore } from '../../../../core/assessment/scoring.js';
import { bandOf, lowestDimensions, scoreRespondent } from '../../../../core/assessment/scoring.js';
import type { Profile, ProfileDimension } from '../../../../core/schemas/assessment.js';

/** How many of the lowest dimensions get reflection questions. */
export const REFLECTION_DIMENSIONS = 3;

/** Scores are shown with one decimal, as the aggregates are; the band comes from the exact score. */
const oneDecimal = (x: number): number => Math.round(x * 10) / 10;

/** The scores a submitted profile stores (scoreRespondent, as JSON). */
export function scoresOf(instrument: Instrument, answers: Answers): string {
  return JSON.stringify(scoreRespondent(instrument, answers));
}

export function parseScores(json: string | null): DimensionScore[] {
  return json === null ? [] : (JSON.parse(json) as DimensionScore[]);
}

/**
 * Every dimension of the round's instrument with its score and band; `previous` (the scores of
 * the earlier round, matched by dimension key) gives the change, or null for none.
 */
export function profileDimensions(
  instrument: Instrument,
  scores: readonly DimensionScore[],
  previous: readonly DimensionScore[] | null,
): ProfileDimension[] {
  const now = new Map(scores.map((s) => [s.dimension, s.score]));
  const before = new Map((previous ?? []).map((s) => [s.dimension, s.score]));
  return instrument.dimensions.map((d) => {
    const score = now.get(d.key) ?? null;
    const prior = before.get(d.key) ?? null;
    const shown = score === null ? null : oneDecimal(score);
    const shownBefore = prior === null ? null : oneDecimal(prior);
    return {
      key: d.key,
      kind: d.kind,
      name: d.name,
      score: shown,
      band: score === null ? null : bandOf(score).key,
      previous: shownBefore,
      // The difference of the numbers shown, so that they add up on the page.
      change: shown === null || shownBefore === null ? null : oneDecimal(shown - shownBefore),
    };
  });
}

/** Reflection questions of the lowest-scoring dimensions (up to three; ties in instrument order). */
export function reflectionsFor(
  instrument: Instrument,
  scores: readonly DimensionScore[],
): Profile['reflections'] {
  const byKey = new Map(instrument.dimensions.map((d) => [d.key, d]));
  return lowestDimensions(scores, REFLECTION_DIMENSIONS).flatMap((s) => {
    const d = byKey.get(s.dimension);
    return d ? [{ dimension: d.key, name: d.name, questions: d.reflections }] : [];
  });
}
