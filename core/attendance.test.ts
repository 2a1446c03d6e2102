import { describe, expect, it } from 'vitest';
import { attendanceFigures, type Mark } from './attendance.js';

describe('attendance figures', () => {
  const marks = (entries: [string, string, Mark][]) =>
    entries.map(([activity_id, person_id, status]) => ({ activity_id, person_id, status }));

  it('counts per participant and per activity, with rates over marked activities', () => {
    const f = attendanceFigures(
      ['a1', 'a2', 'a3'],
      ['p1', 'p2'],
      marks([
        ['a1', 'p1', 'present'],
        ['a2', 'p1', 'absent'],
        ['a1', 'p2', 'present'],
        ['a2', 'p2', 'present'],
      ]),
    );
    expect(f.participants).toEqual([
      { personId: 'p1', present: 1, absent: 1, unmarked: 1, rate: 0.5, missedTwoInARow: false },
      { personId: 'p2', present: 2, absent: 0, unmarked: 1, rate: 1, missedTwoInARow: false },
    ]);
    expect(f.activities.map((a) => [a.activityId, a.rate])).toEqual([
      ['a1', 1],
      ['a2', 0.5],
      ['a3', null],
    ]);
  });

  it('flags two absences in a row, skipping activities the person was not marked for', () => {
    const f = attendanceFigures(
      ['a1', 'a2', 'a3', 'a4'],
      ['skips', 'apart', 'adjacent'],
      marks([
        ['a1', 'skips', 'absent'],
        ['a3', 'skips', 'absent'],
        ['a1', 'apart', 'absent'],
        ['a2', 'apart', 'present'],
        ['a3', 'apart', 'absent'],
        ['a3', 'adjacent', 'absent'],
        ['a4', 'adjacent', 'absent'],
      ]),
    );
    expect(f.participants.map((p) => [p.personId, p.missedTwoInARow])).toEqual([
      ['skips', true],
      ['apart', false],
      ['adjacent', true],
    ]);
  });

  it('ignores marks of activities or people outside the figures', () => {
    const f = attendanceFigures(
      ['a1'],
      ['p1'],
      marks([
        ['a1', 'p1', 'present'],
        ['later', 'p1', 'absent'],
        ['a1', 'removed', 'absent'],
      ]),
    );
    expect(f.participants).toEqual([
      { personId: 'p1', present: 1, absent: 0, unmarked: 0, rate: 1, missedTwoInARow: false },
    ]);
    expect(f.activities).toEqual([{ activityId: 'a1', present: 1, absent: 0, unmarked: 0, rate: 1 }]);
  });
});
