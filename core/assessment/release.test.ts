import { describe, expect, it } from 'vitest';
import type { Level } from '../organisation.js';
import {
  type CellStatus,
  groupId,
  groupMembers,
  type ReleaseCell,
  type ReleaseRespondent,
  type RoundRelease,
  releaseChange,
  releaseRound,
  resolveK,
} from './release.js';

let next = 0;
/** `count` respondents in the unit at the end of `path`. */
const people = (
  count: number,
  path: string[],
  level: Level = 'leder',
  fieldId: string | null = 'f',
): ReleaseRespondent[] =>
  Array.from({ length: count }, () => ({ id: `r${next++}`, unitPath: path, level, fieldId }));

/** The cell of a breakdown (by key) in the round (filter null) or a filter. */
function cell(
  release: RoundRelease,
  breakdown: keyof RoundRelease['populations'][0]['breakdowns'],
  key: string,
  filter: string | null = null,
): ReleaseCell | undefined {
  return release.populations
    .find((p) => p.filter === filter)
    ?.breakdowns[breakdown].find((c) => c.key === key);
}
const state = (c: ReleaseCell | undefined): string =>
  !c ? 'absent' : c.released ? `released ${c.count}` : c.reason;
const unitLevel = (unit: string, level: Level): string => JSON.stringify([unit, level]);

describe('resolveK', () => {
  it('is 5 by default and takes an organisation’s own k from 3 up to 50', () => {
    expect(resolveK()).toBe(5);
    expect(resolveK(null)).toBe(5);
    expect(resolveK(3)).toBe(3);
    expect(resolveK(12)).toBe(12);
    expect(resolveK(50)).toBe(50);
  });

  it('refuses a k below 3, above 50 or not whole', () => {
    for (const k of [2, 0, -5, 2.5, 51]) expect(() => resolveK(k)).toThrow();
    expect(() => releaseRound([], { k: 2 })).toThrow();
  });
});

describe('releaseRound: the k rule', () => {
  it('releases a group of at least k with its respondents, and withholds a smaller one without any number', () => {
    const a = people(5, ['top', 'a']);
    const b = people(4, ['top', 'b']);
    const release = releaseRound([...a, ...b, ...people(6, ['top', 'c']), ...people(2, ['top'])], { k: 5 });
    const shown = cell(release, 'unit', 'a');
    expect(shown?.released && [...shown.respondentIds].sort()).toEqual(a.map((r) => r.id).sort());
    expect(cell(release, 'unit', 'b')).toEqual({
      breakdown: 'unit',
      key: 'b',
      group: { unitId: 'b', level: null, fieldId: null },
      released: false,
      reason: 'too_few',
    });
  });

  it('shows nothing of a round with fewer than k respondents', () => {
    const release = releaseRound(people(4, ['top']), { k: 5 });
    const all = release.populations.flatMap((p) => Object.values(p.breakdowns).flat());
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((c) => !c.released && c.reason === 'too_few')).toBe(true);
  });
});

describe('releaseRound: differencing', () => {
  it('suppresses the next smallest child when the hidden remainder would be under k', () => {
    const release = releaseRound(
      [...people(6, ['top', 'b']), ...people(5, ['top', 'c']), ...people(2, ['top', 'd'])],
      { k: 5 },
    );
    expect(state(cell(release, 'unit', 'top'))).toBe('released 13');
    expect(state(cell(release, 'unit', 'b'))).toBe('released 6');
    // top − b − c would be d's two people.
    expect(state(cell(release, 'unit', 'c'))).toBe('would_reveal');
    expect(state(cell(release, 'unit', 'd'))).toBe('too_few');
  });

  it('counts a parent’s own members in the remainder', () => {
    const release = releaseRound(
      [...people(3, ['top']), ...people(6, ['top', 'b']), ...people(5, ['top', 'c'])],
      { k: 5 },
    );
    expect(state(cell(release, 'unit', 'b'))).toBe('released 6');
    expect(state(cell(release, 'unit', 'c'))).toBe('would_reveal');
  });

  it('releases all children when the remainder is zero or at least k', () => {
    const release = releaseRound(
      [...people(5, ['top']), ...people(6, ['top', 'b']), ...people(5, ['top', 'c'])],
      { k: 5 },
    );
    expect(state(cell(release, 'unit', 'b'))).toBe('released 6');
    expect(state(cell(release, 'unit', 'c'))).toBe('released 5');
  });

  it('suppresses across breakdowns: a unit × level cell that the unit total would give away', () => {
    const respondents = ['b', 'c'].flatMap((u) => [
      ...people(5, ['top', u]),
      ...people(3, ['top', u], 'chef'),
    ]);
    const release = releaseRound(respondents, { k: 5 });
    expect(state(cell(release, 'unit', 'b'))).toBe('released 8');
    expect(state(cell(release, 'level', 'leder'))).toBe('released 10');
    expect(state(cell(release, 'level', 'chef'))).toBe('released 6');
    // b's leders would give b's three chefs away (b − b × leder).
    expect(state(cell(release, 'unitLevel', unitLevel('b', 'leder')))).toBe('would_reveal');
    expect(state(cell(release, 'unitLevel', unitLevel('b', 'chef')))).toBe('too_few');
  });

  it('never lets the field breakdown single out a person whom the units reveal', () => {
    // Field g is unit b plus one person from c: g − b would be that person.
    const respondents = [
      ...people(6, ['top', 'b'], 'leder', 'g'),
      ...people(1, ['top', 'c'], 'leder', 'g'),
      ...people(6, ['top', 'c'], 'leder', 'h'),
    ];
    const release = releaseRound(respondents, { k: 5 });
    expect(state(cell(release, 'unit', 'b'))).toBe('released 6');
    expect(state(cell(release, 'field', 'g'))).toBe('would_reveal');
  });

  it('treats a filter like another breakdown: differing from the whole by 1 … k−1 is suppressed', () => {
    const respondents = people(12, ['top']);
    const ids = respondents.map((r) => r.id);
    const release = releaseRound(respondents, {
      k: 5,
      filters: [
        { key: 'most', respondentIds: ids.slice(0, 10) },
        { key: 'half', respondentIds: ids.slice(0, 6) },
        { key: 'few', respondentIds: ids.slice(0, 3) },
      ],
    });
    expect(state(cell(release, 'total', 'total'))).toBe('released 12');
    expect(state(cell(release, 'total', 'total', 'most'))).toBe('would_reveal');
    expect(state(cell(release, 'total', 'total', 'half'))).toBe('released 6');
    expect(state(cell(release, 'total', 'total', 'few'))).toBe('too_few');
  });

  it('without the differencing rule (tests only) keeps only the k rule', () => {
    const release = releaseRound(
      [...people(6, ['top', 'b']), ...people(5, ['top', 'c']), ...people(2, ['top', 'd'])],
      { k: 5, differencing: false },
    );
    expect(state(cell(release, 'unit', 'c'))).toBe('released 5');
  });

  it('gives the same release for the same input', () => {
    const respondents = [
      ...people(7, ['top', 'b']),
      ...people(6, ['top', 'c'], 'chef'),
      ...people(3, ['top']),
    ];
    expect(releaseRound(respondents, { k: 5 })).toEqual(releaseRound(respondents, { k: 5 }));
  });
});

describe('releaseRound: dimensions', () => {
  it('counts in a dimension only the respondents who have a score there', () => {
    const respondents = people(7, ['top']).map((r, i) => ({
      ...r,
      scored: i < 2 ? ['data'] : ['data', 'automation'],
    }));
    const release = releaseRound(respondents, { k: 5, dimensions: ['data', 'automation', 'coherence'] });
    const total = cell(release, 'total', 'total');
    expect(total?.released && total.dimensions).toEqual({
      data: { released: true },
      automation: { released: true },
      // Nobody has a coherence score: released as an empty group.
      coherence: { released: true },
    });
    const fewer = releaseRound(respondents.slice(1), { k: 6, dimensions: ['automation'] });
    const t = cell(fewer, 'total', 'total');
    expect(t?.released && t.dimensions.automation).toEqual({ released: false, reason: 'too_few' });
  });

  it('keeps a dimension hidden wherever the round is hidden, and differences it like the round', () => {
    const b = people(6, ['top', 'b']);
    const c = people(6, ['top', 'c']).map((r, i) => ({ ...r, scored: i < 2 ? [] : ['data'] }));
    const release = releaseRound([...b, ...c, ...people(5, ['top', 'd'])], { k: 5, dimensions: ['data'] });
    const unit = (key: string) => cell(release, 'unit', key);
    expect(state(unit('c'))).toBe('released 6');
    expect(state(unit('d'))).toBe('released 5');
    // In data, c has 4 scored people: too few; and then d would give c away through top.
    const data = (key: string) => {
      const x = unit(key);
      return x?.released ? x.dimensions.data : x;
    };
    expect(data('c')).toEqual({ released: false, reason: 'too_few' });
    expect(data('b')).toEqual({ released: true });
    expect(data('d')).toEqual({ released: false, reason: 'would_reveal' });
  });
});

describe('releaseRound: bad input', () => {
  it('refuses a respondent given twice, two filters with one key, and a unit with two parents', () => {
    const [a] = people(1, ['top']);
    expect(() => releaseRound([a as ReleaseRespondent, a as ReleaseRespondent], { k: 5 })).toThrow(
      RangeError,
    );
    expect(() =>
      releaseRound(people(5, ['top']), {
        k: 5,
        filters: [
          { key: 'x', respondentIds: [] },
          { key: 'x', respondentIds: [] },
        ],
      }),
    ).toThrow(RangeError);
    expect(() => releaseRound([...people(3, ['top', 'u']), ...people(3, ['other', 'u'])], { k: 5 })).toThrow(
      RangeError,
    );
  });
});

describe('releaseChange', () => {
  const released: CellStatus = { released: true };
  const five = ['p1', 'p2', 'p3', 'p4', 'p5'];
  const change = (
    before: string[],
    after: string[],
    sides: [CellStatus, CellStatus] = [released, released],
  ) => releaseChange({ k: 5, before: sides[0], after: sides[1], invitedBefore: before, invitedAfter: after });

  it('shows the change when both rounds are released and the invited group is the same', () => {
    expect(change(five, [...five].reverse())).toEqual({ released: true });
  });

  it('shows it when those who left and those who joined are each none or at least k', () => {
    const others = ['q1', 'q2', 'q3', 'q4', 'q5'];
    expect(change(five, [...five, ...others])).toEqual({ released: true });
    expect(change([...five, ...others], others)).toEqual({ released: true });
    expect(change(five, others)).toEqual({ released: true });
  });

  it('hides it when 1 … k−1 people left or joined', () => {
    expect(change(five, [...five, 'q1'])).toEqual({ released: false, reason: 'membership_changed' });
    expect(change([...five, 'q1', 'q2'], five)).toEqual({ released: false, reason: 'membership_changed' });
    // Five changed in all, but neither side reaches k on its own.
    expect(change(five, ['p1', 'p2', 'q1', 'q2', 'q3'])).toEqual({
      released: false,
      reason: 'membership_changed',
    });
  });

  it('hides it when either round withholds the group, with that round’s reason', () => {
    expect(change(five, five, [released, { released: false, reason: 'too_few' }])).toEqual({
      released: false,
      reason: 'too_few',
    });
    expect(change(five, five, [{ released: false, reason: 'would_reveal' }, released])).toEqual({
      released: false,
      reason: 'would_reveal',
    });
    expect(
      releaseChange({ k: 5, before: released, after: undefined, invitedBefore: five, invitedAfter: five }),
    ).toEqual({
      released: false,
      reason: 'too_few',
    });
  });
});

describe('groupMembers', () => {
  it('gives every group of every breakdown and filter its people, keyed like the release', () => {
    const a = people(2, ['top', 'a'], 'chef', 'x');
    const b = people(1, ['top', 'b'], 'leder', null);
    const members = groupMembers([...a, ...b], [{ key: 'cohort', respondentIds: [b[0]?.id as string] }]);
    const ids = (filter: string | null, breakdown: Parameters<typeof groupId>[1], key: string) =>
      [...(members.get(groupId(filter, breakdown, key)) ?? [])].sort();
    expect(ids(null, 'unit', 'top')).toEqual([...a, ...b].map((r) => r.id).sort());
    expect(ids(null, 'unitLevel', unitLevel('a', 'chef'))).toEqual(a.map((r) => r.id).sort());
    expect(ids(null, 'field', 'x')).toEqual(a.map((r) => r.id).sort());
    expect(ids('cohort', 'total', 'total')).toEqual([b[0]?.id]);
    expect(members.has(groupId('cohort', 'unit', 'a'))).toBe(false);
  });
});
