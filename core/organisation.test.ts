import { describe, expect, it } from 'vitest';
import { findCycle, parseLevel } from './organisation.js';

describe('parseLevel', () => {
  it('reads levels as typed in spreadsheets', () => {
    expect(parseLevel(' Direktør ')).toBe('direktør');
    expect(parseLevel('DIREKTOER')).toBe('direktør');
    expect(parseLevel('Team-leder')).toBe('teamleder');
    expect(parseLevel('medarbejder')).toBe('medarbejder');
    expect(parseLevel('konge')).toBeNull();
    expect(parseLevel('constructor')).toBeNull();
    expect(parseLevel('toString')).toBeNull();
  });
});

describe('findCycle', () => {
  it('accepts a forest', () => {
    expect(
      findCycle(
        new Map([
          ['a', null],
          ['b', 'a'],
          ['c', 'b'],
          ['d', null],
        ]),
      ),
    ).toBeNull();
  });
  it('finds a cycle and names its members', () => {
    const cycle = findCycle(
      new Map([
        ['a', 'c'],
        ['b', 'a'],
        ['c', 'b'],
        ['d', 'a'],
      ]),
    );
    expect(cycle?.sort()).toEqual(['a', 'b', 'c']);
  });
  it('finds a unit that is its own parent', () => {
    expect(findCycle(new Map([['a', 'a']]))).toEqual(['a']);
  });
});
