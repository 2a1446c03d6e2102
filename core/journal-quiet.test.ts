import { describe, expect, it } from 'vitest';
import {
  hasGoneSilent,
  journalQuietSince,
  QUIET_DEFAULT_DAYS,
  quietReasons,
  silentDays,
} from './journal-quiet.js';

describe('journalQuietSince', () => {
  it('takes the latest of enrolment, the first day in Copenhagen and the last entry', () => {
    const enrolledAt = '2027-01-10T12:00:00.000Z';
    expect(journalQuietSince({ enrolledAt, cohortStartsOn: '2027-01-04', lastEntryAt: null })).toBe(
      enrolledAt,
    );
    // Enrolled long before the start: counted from 00:00 Copenhagen time on the first day (CET).
    expect(journalQuietSince({ enrolledAt, cohortStartsOn: '2027-02-01', lastEntryAt: null })).toBe(
      '2027-01-31T23:00:00.000Z',
    );
    expect(
      journalQuietSince({
        enrolledAt,
        cohortStartsOn: '2027-01-04',
        lastEntryAt: '2027-03-01T08:00:00.000Z',
      }),
    ).toBe('2027-03-01T08:00:00.000Z');
    // An entry older than the enrolment (a participant added again) does not move it back.
    expect(
      journalQuietSince({
        enrolledAt,
        cohortStartsOn: '2027-01-04',
        lastEntryAt: '2027-01-05T08:00:00.000Z',
      }),
    ).toBe(enrolledAt);
  });
});

describe('silence', () => {
  const since = '2027-03-01T08:00:00.000Z';
  const at = (days: number, ms = 0) => new Date(Date.parse(since) + days * 86_400_000 + ms);

  it('counts whole days, never below zero', () => {
    expect(silentDays(since, at(0))).toBe(0);
    expect(silentDays(since, at(13, 86_399_999))).toBe(13);
    expect(silentDays(since, at(14))).toBe(14);
    expect(silentDays(since, at(-2))).toBe(0);
  });

  it('is silent from the given number of days on', () => {
    expect(hasGoneSilent(since, at(7, -1), 7)).toBe(false);
    expect(hasGoneSilent(since, at(7), 7)).toBe(true);
  });

  it('names why someone is quiet: the journal (own interval, or 14 days when off) and attendance', () => {
    expect(quietReasons({ since, now: at(7), reminderDays: 7, missedTwoInARow: false })).toEqual(['journal']);
    expect(quietReasons({ since, now: at(7), reminderDays: null, missedTwoInARow: false })).toEqual([]);
    expect(
      quietReasons({ since, now: at(QUIET_DEFAULT_DAYS), reminderDays: null, missedTwoInARow: true }),
    ).toEqual(['journal', 'attendance']);
    expect(quietReasons({ since, now: at(1), reminderDays: 30, missedTwoInARow: true })).toEqual([
      'attendance',
    ]);
  });
});
