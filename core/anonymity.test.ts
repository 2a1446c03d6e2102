import { describe, expect, it } from 'vitest';
import { releaseBreakdown } from './anonymity.js';
import { areaOf } from './organisation.js';

const cells = (...counts: number[]) => counts.map((count, i) => ({ key: `c${i}`, count }));
const released = (...counts: number[]) => releaseBreakdown(cells(...counts)).map((c) => c.count);

describe('releaseBreakdown', () => {
  it('releases cells of at least five, and zero', () => {
    expect(released(12, 5, 0, 9)).toEqual([12, 5, 0, 9]);
  });

  it('withholds cells of one to four people', () => {
    expect(released(12, 3, 1, 9)).toEqual([12, null, null, 9]);
  });

  it('withholds the next smallest too when only one cell is withheld, so the total cannot give it away', () => {
    expect(released(12, 2, 7, 9)).toEqual([12, null, null, 9]);
    expect(released(12, 2, 0)).toEqual([null, null, 0]);
  });

  it('keeps the keys and the order', () => {
    expect(releaseBreakdown([{ key: 'b', count: 1 }]).map((c) => c.key)).toEqual(['b']);
    expect(releaseBreakdown([{ key: 'b', count: 1 }])[0]?.count).toBeNull();
  });

  it('takes another k', () => {
    expect(releaseBreakdown(cells(3, 3), 3).map((c) => c.count)).toEqual([3, 3]);
  });
});

describe('areaOf', () => {
  const parents = new Map<string, string | null>([
    ['top', null],
    ['area', 'top'],
    ['dept', 'area'],
    ['team', 'dept'],
    ['other-top', null],
  ]);
  it('is the unit just below the top, or the top unit itself', () => {
    expect(areaOf('team', parents)).toBe('area');
    expect(areaOf('dept', parents)).toBe('area');
    expect(areaOf('area', parents)).toBe('area');
    expect(areaOf('top', parents)).toBe('top');
    expect(areaOf('other-top', parents)).toBe('other-top');
  });

  it('stops on a cycle instead of looping', () => {
    const loop = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(['a', 'b']).toContain(areaOf('a', loop));
  });
});
