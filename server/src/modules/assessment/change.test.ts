import { describe, expect, it } from 'vitest';
import { INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import type { Answers } from '../../../../core/assessment/scoring.js';
import { valued } from '../../test/assessment-heatmap.js';
import { changeFinder, type InvitedPlacement, type ReleasedStoredCell } from './change.js';
import { type AnonymousResponse, computeStoredRelease } from './stored-release.js';

const FIRST = INSTRUMENT_V1.dimensions[0]?.key as string;
const person = (id: string, unit: string): InvitedPlacement => ({
  personId: id,
  unitPath: ['top', unit],
  level: 'leder',
  fieldId: null,
  filterKeys: [],
});
const people = [
  ...Array.from({ length: 6 }, (_, i) => person(`a${i}`, 'a')),
  ...Array.from({ length: 6 }, (_, i) => person(`b${i}`, 'b')),
];

/** A round where everyone invited answered with the answers given by person. */
function side(invited: InvitedPlacement[], answersOf: (p: InvitedPlacement) => Answers, k = 5) {
  const responses: AnonymousResponse[] = invited.map((p, i) => ({
    id: `r${i}`,
    unitPath: [...p.unitPath],
    level: p.level,
    fieldId: p.fieldId,
    filterKeys: [...p.filterKeys],
    answers: answersOf(p),
  }));
  return { release: computeStoredRelease(INSTRUMENT_V1, responses, [], k), invited };
}
const released = (s: ReturnType<typeof side>, key: string) => {
  const cell = s.release.populations[0]?.breakdowns.unit.find((c) => c.key === key);
  if (!cell?.released) throw new Error(`unit ${key} is not released`);
  return cell as ReleasedStoredCell;
};

describe('change between two rounds', () => {
  it('is the difference of the exact means when membership is stable', () => {
    const before = side(people, () => valued(3));
    const after = side(people, (p) => valued(p.unitPath[1] === 'a' ? 5 : 2));
    const change = changeFinder('unit', null, after, before);
    expect(change(released(after, 'a'), FIRST)).toEqual({ released: true, delta: 50 });
    expect(change(released(after, 'b'), FIRST)).toEqual({ released: true, delta: -25 });
    expect(change(released(after, 'top'), FIRST)).toEqual({ released: true, delta: 12.5 });
  });

  it('says why not: hidden in the other round, membership changed by 1 … k − 1, or no such filter there', () => {
    // Before: only four of b answered, so b is too_few and a would reveal it.
    const before = side([...people.slice(0, 6), ...people.slice(8)], () => valued(3));
    const after = side(people, () => valued(4));
    const change = changeFinder('unit', null, after, before);
    expect(change(released(after, 'a'), FIRST)).toEqual({ released: false, reason: 'would_reveal' });
    expect(change(released(after, 'b'), FIRST)).toEqual({ released: false, reason: 'too_few' });
    expect(change(released(after, 'top'), FIRST)).toEqual({ released: false, reason: 'membership_changed' });
    const noFilter = changeFinder(
      'unit',
      'cohort:x',
      after,
      side(people, () => valued(3)),
    );
    expect(noFilter(released(after, 'a'), FIRST)).toEqual({ released: false, reason: 'too_few' });
  });

  it('has no number when nobody in the group has a score in the dimension', () => {
    const blank = Object.fromEntries(
      INSTRUMENT_V1.dimensions[0]?.items.map((i) => [i.key, 'dont_know']) ?? [],
    );
    const before = side(people, () => ({ ...valued(3), ...blank }) as Answers);
    const after = side(people, () => valued(4));
    const change = changeFinder('unit', null, after, before);
    expect(change(released(after, 'a'), FIRST)).toEqual({ released: true, delta: null });
  });
});
