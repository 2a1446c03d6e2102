import { describe, expect, it } from 'vitest';
import { formatClock, formatDay, instantToLocal, localToInstant, sameDay } from './time.js';

describe('event times in Copenhagen', () => {
  it('turns local summer and winter times into instants with the right offset', () => {
    expect(localToInstant('2027-06-07T09:30')).toBe('2027-06-07T07:30:00.000Z');
    expect(localToInstant('2027-01-04T09:30')).toBe('2027-01-04T08:30:00.000Z');
    expect(localToInstant('2027-12-31T23:59')).toBe('2027-12-31T22:59:00.000Z');
    expect(localToInstant('2027-01-01T00:00')).toBe('2026-12-31T23:00:00.000Z');
  });

  it('handles the nights the clocks change', () => {
    // Spring: 02:00 → 03:00 on 28 March 2027; the hour after the change is summer time.
    expect(localToInstant('2027-03-28T01:59')).toBe('2027-03-28T00:59:00.000Z');
    expect(localToInstant('2027-03-28T03:00')).toBe('2027-03-28T01:00:00.000Z');
    // 02:30 does not exist that night.
    expect(localToInstant('2027-03-28T02:30')).toBeNull();
    // Autumn: 02:30 happens twice on 31 October 2027; the first (summer time) is meant.
    expect(localToInstant('2027-10-31T02:30')).toBe('2027-10-31T00:30:00.000Z');
    expect(localToInstant('2027-10-31T03:00')).toBe('2027-10-31T02:00:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    for (const bad of [
      '',
      '2027-06-07',
      '2027-02-30T10:00',
      '2027-06-07T24:00',
      '7/6/2027 9:30',
      '2027-13-01T10:00',
    ])
      expect(localToInstant(bad)).toBeNull();
  });

  it('shows instants as local input values, and back', () => {
    expect(instantToLocal('2027-06-07T07:30:00.000Z')).toBe('2027-06-07T09:30');
    expect(instantToLocal('2027-01-04T08:30:00+00:00')).toBe('2027-01-04T09:30');
    expect(instantToLocal('2027-06-07T09:30:00+02:00')).toBe('2027-06-07T09:30');
    expect(instantToLocal('nonsense')).toBe('');
    for (const local of ['2027-06-07T09:30', '2027-01-04T00:05', '2027-10-31T02:30'])
      expect(instantToLocal(localToInstant(local) ?? '')).toBe(local);
  });

  it('writes the day and the clock the Danish way, and the English way', () => {
    expect(formatDay('2027-06-07T07:30:00.000Z', 'da')).toBe('mandag 7. juni 2027');
    expect(formatDay('2027-06-07T07:30:00.000Z', 'en')).toBe('Monday 7 June 2027');
    expect(formatClock('2027-06-07T07:30:00.000Z', 'da')).toBe('9.30');
    expect(formatClock('2027-06-07T14:30:00.000Z', 'da')).toBe('16.30');
    expect(formatClock('2027-06-07T07:30:00.000Z', 'en')).toBe('9:30');
    // Late evening UTC is the next day in Copenhagen.
    expect(formatDay('2027-06-07T22:30:00.000Z', 'da')).toBe('tirsdag 8. juni 2027');
    expect(sameDay('2027-06-07T06:30:00.000Z', '2027-06-07T21:30:00.000Z')).toBe(true);
    expect(sameDay('2027-06-07T06:30:00.000Z', '2027-06-07T22:30:00.000Z')).toBe(false);
  });
});
