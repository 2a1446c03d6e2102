import { describe, expect, it } from 'vitest';
import type { ActivityRes } from '../../../../core/schemas/cohorts.js';
import { groupByWeek, isoWeek, percent, seatsTaken } from './plan.js';

const activity = (id: string, startsAt: string): ActivityRes => ({
  id,
  cohortId: 'c',
  module: { id: 'm', title: 'Modul', kind: 'session' },
  title: id,
  startsAt,
  endsAt: startsAt,
  location: null,
  onlineUrl: null,
  capacity: null,
  facilitator: null,
  signup: null,
  warnings: [],
  createdAt: startsAt,
  updatedAt: startsAt,
});

describe('isoWeek', () => {
  it('counts weeks the ISO way, across the new year', () => {
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(isoWeek('2026-09-07')).toBe(37);
  });
});

describe('groupByWeek', () => {
  it('groups by the Copenhagen week, in time order', () => {
    const weeks = groupByWeek([
      activity('c', '2026-09-14T07:00:00.000Z'),
      activity('a', '2026-09-07T07:00:00.000Z'),
      activity('b', '2026-09-10T11:00:00.000Z'),
    ]);
    expect(weeks.map((w) => [w.monday, w.week, w.activities.map((a) => a.id)])).toEqual([
      ['2026-09-07', 37, ['a', 'b']],
      ['2026-09-14', 38, ['c']],
    ]);
  });

  it('puts Sunday night after 23:00 UTC into the next Monday by Copenhagen time', () => {
    // 22:30 UTC on Sunday 13 September is 00:30 on Monday 14 September in Copenhagen (summer time).
    expect(groupByWeek([activity('x', '2026-09-13T22:30:00.000Z')])[0]?.monday).toBe('2026-09-14');
  });

  it('gives nothing for an empty plan', () => {
    expect(groupByWeek([])).toEqual([]);
  });
});

describe('percent', () => {
  it('rounds to a whole percentage and keeps "nothing marked" as null', () => {
    expect(percent(2 / 3)).toBe(67);
    expect(percent(0)).toBe(0);
    expect(percent(null)).toBeNull();
  });
});

describe('seatsTaken', () => {
  it('counts confirmed seats and held offers as taken, and who waits', () => {
    const seats = { capacity: 10, confirmed: 7, offered: 1, waitlisted: 3, seatsLeft: 2 };
    expect(seatsTaken({ signup: { eventId: 'e', waitingList: true, seats } })).toEqual({
      taken: 8,
      capacity: 10,
      waiting: 3,
    });
    expect(seatsTaken({ signup: null })).toBeNull();
  });
});
