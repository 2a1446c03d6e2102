import { describe, expect, it } from 'vitest';
import { addDays, copenhagenDate, copenhagenInstant, weekday } from './time.js';

describe('Copenhagen time', () => {
  it('turns wall-clock times into instants across summer time', () => {
    expect(copenhagenInstant('2027-06-07', '09:30').toISOString()).toBe('2027-06-07T07:30:00.000Z');
    expect(copenhagenInstant('2027-01-04', '09:30').toISOString()).toBe('2027-01-04T08:30:00.000Z');
    // The night the clocks go back: 02:30 exists twice; the first (summer) one is taken.
    expect(copenhagenInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(() => copenhagenInstant('2027-03-28', '02:30')).toThrow(/skip/);
  });

  it('reads dates in Copenhagen, not in UTC', () => {
    expect(copenhagenDate(new Date('2027-06-06T22:30:00Z'))).toBe('2027-06-07');
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
    expect(weekday('2027-06-07')).toBe(0); // a Monday
    expect(weekday('2027-06-13')).toBe(6);
  });
});
