import { describe, expect, it } from 'vitest';
import { INSTRUMENT_V1 } from './instrument.js';
import {
  type Answers,
  aggregateGroup,
  bandOf,
  itemValue,
  lowestDimensions,
  scoredDimensions,
  scoreRespondent,
} from './scoring.js';

const scoreOf = (answers: Answers, dimension: string) =>
  scoreRespondent(INSTRUMENT_V1, answers).find((s) => s.dimension === dimension);

// automation: routine-tasks, time-freed, not-for-us (reverse), tried.
const leader: Answers = {
  'automation.routine-tasks': 5,
  'automation.time-freed': 4,
  'automation.not-for-us': 2,
  'automation.tried': 'dont_know',
  'data.decisions': 1,
  'data.know-where': 2,
  'data.not-useful': 5,
  'data.talk-with-staff': 3,
  'technology.in-use': 5,
  'coherence.direction': 3,
  'coherence.other-areas': 3,
  'concrete-status.where-we-stand': 5,
  'concrete-status.curious-why': 5,
  'concrete-status.hard-to-say': 5,
  'concrete-status.starting-point': 5,
};

describe('itemValue', () => {
  it('mirrors a reverse item and leaves out "ved ikke" and unanswered items', () => {
    expect(itemValue(4, false)).toBe(4);
    expect(itemValue(4, true)).toBe(2);
    expect(itemValue(1, true)).toBe(5);
    expect(itemValue(3, true)).toBe(3);
    expect(itemValue('dont_know', false)).toBeNull();
    expect(itemValue(undefined, true)).toBeNull();
  });
});

describe('scoreRespondent', () => {
  it('scores each dimension 0–100 from the answered items, reverse items mirrored', () => {
    // 5 + 4 + (6 − 2) = 13 over 3 answered: 25 · (13 − 3) / 3.
    expect(scoreOf(leader, 'automation')).toEqual({
      dimension: 'automation',
      score: 250 / 3,
      answered: 3,
      items: 4,
    });
    // 1 + 2 + (6 − 5) + 3 = 7 over 4: 25 · 3 / 4.
    expect(scoreOf(leader, 'data')?.score).toBe(18.75);
    // Agreeing with everything, the reverse item too: 5 + 5 + 1 + 5 = 16: 25 · 12 / 4.
    expect(scoreOf(leader, 'concrete-status')?.score).toBe(75);
  });

  it('gives a score from half of the items, and none from fewer', () => {
    expect(scoreOf(leader, 'coherence')).toEqual({
      dimension: 'coherence',
      score: 50,
      answered: 2,
      items: 4,
    });
    expect(scoreOf(leader, 'technology')).toEqual({
      dimension: 'technology',
      score: null,
      answered: 1,
      items: 4,
    });
    expect(scoreOf(leader, 'honesty-courage')).toEqual({
      dimension: 'honesty-courage',
      score: null,
      answered: 0,
      items: 4,
    });
    const allDontKnow: Answers = Object.fromEntries(
      INSTRUMENT_V1.dimensions[0]?.items.map((i) => [i.key, 'dont_know' as const]) ?? [],
    );
    expect(scoreOf(allDontKnow, 'automation')?.score).toBeNull();
  });

  it('runs from 0 (least favourable everywhere) through 50 (neutral) to 100', () => {
    const all = (v: 1 | 3 | 5, mirror: boolean): Answers =>
      Object.fromEntries(
        INSTRUMENT_V1.dimensions.flatMap((d) => d.items.map((i) => [i.key, mirror && i.reverse ? 6 - v : v])),
      ) as Answers;
    for (const s of scoreRespondent(INSTRUMENT_V1, all(1, true))) expect(s.score).toBe(0);
    for (const s of scoreRespondent(INSTRUMENT_V1, all(3, false))) expect(s.score).toBe(50);
    for (const s of scoreRespondent(INSTRUMENT_V1, all(5, true))) expect(s.score).toBe(100);
  });

  it('ignores answers to items the instrument does not have', () => {
    expect(scoreOf({ ...leader, 'automation.unknown': 1 }, 'automation')?.score).toBe(250 / 3);
  });

  it('lists the dimensions with a score, and the lowest first (ties in instrument order)', () => {
    const scores = scoreRespondent(INSTRUMENT_V1, leader);
    expect(scoredDimensions(scores)).toEqual(['automation', 'data', 'coherence', 'concrete-status']);
    expect(lowestDimensions(scores, 2).map((s) => s.dimension)).toEqual(['data', 'coherence']);
    expect(lowestDimensions(scores, 10)).toHaveLength(4);
    const tied = scoreRespondent(INSTRUMENT_V1, {
      'differences.different-places': 3,
      'differences.adapt': 3,
      'data.decisions': 3,
      'data.know-where': 3,
    });
    expect(lowestDimensions(tied, 2).map((s) => s.dimension)).toEqual(['data', 'differences']);
    expect(lowestDimensions(tied, 0)).toEqual([]);
  });
});

describe('bandOf', () => {
  it('places a score in one of four bands, each starting at its `from`', () => {
    const band = (score: number) => bandOf(score).key;
    expect([0, 39.99, 40, 59.99, 60, 79.99, 80, 100].map(band)).toEqual([
      'starting',
      'starting',
      'exploring',
      'exploring',
      'under-way',
      'under-way',
      'leading',
      'leading',
    ]);
    expect(bandOf(250 / 3).name).toEqual({ da: 'Drivende', en: 'Leading' });
  });

  it('refuses a score outside 0–100', () => {
    for (const s of [-1, 100.5, Number.NaN]) expect(() => bandOf(s)).toThrow(RangeError);
  });
});

describe('aggregateGroup', () => {
  const second: Answers = {
    'automation.routine-tasks': 1,
    'automation.time-freed': 2,
    'automation.not-for-us': 5,
    'automation.tried': 3,
  };
  // Only one automation answer: no automation score, so not counted there at all.
  const third: Answers = { 'automation.routine-tasks': 5 };
  const group = aggregateGroup(INSTRUMENT_V1, [leader, second, third]);
  const of = (dimension: string) => group.find((g) => g.dimension === dimension);

  it('means the members’ scores and shares their answers, counting only members with a score', () => {
    // Scores 250/3 and 25 · (1 + 2 + 1 + 3 − 4) / 4 = 18.75.
    const automation = of('automation');
    expect(automation?.respondents).toBe(2);
    expect(automation?.mean).toBeCloseTo((250 / 3 + 18.75) / 2, 10);
    // Favourable: 5, 4, mirrored 2 → 4; unfavourable: 1, 2, mirrored 5 → 1; neutral: 3.
    expect(automation?.answers).toBe(7);
    expect(automation?.favourable).toBeCloseTo(3 / 7, 10);
    expect(automation?.neutral).toBeCloseTo(1 / 7, 10);
    expect(automation?.unfavourable).toBeCloseTo(3 / 7, 10);
  });

  it('has no mean where nobody has a score', () => {
    expect(of('technology')).toEqual({
      dimension: 'technology',
      respondents: 0,
      mean: null,
      answers: 0,
      favourable: 0,
      neutral: 0,
      unfavourable: 0,
    });
    expect(group).toHaveLength(12);
  });
});
