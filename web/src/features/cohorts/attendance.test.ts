import { describe, expect, it } from 'vitest';
import type { ActivityAttendanceRes } from '../../../../core/schemas/cohorts.js';
import { attendanceRequest, countMarks, marksFrom } from './attendance.js';

const row = (personId: string, status: 'present' | 'absent' | null, reason: string | null = null) => ({
  personId,
  name: personId,
  unit: null,
  level: 'leder' as const,
  status,
  reason,
  markedAt: null,
});
const attendance: ActivityAttendanceRes = {
  activityId: 'a',
  items: [row('p1', null), row('p2', 'present'), row('p3', 'absent', 'Syg')],
};

describe('attendanceRequest', () => {
  it('sends nothing when nothing changed', () => {
    const saved = marksFrom(attendance);
    expect(attendanceRequest(saved, saved)).toBeNull();
  });

  it('sends only the changed marks, a reason only for absent, and null to take a mark back', () => {
    const saved = marksFrom(attendance);
    const edited = {
      p1: { status: 'absent' as const, reason: ' Ferie ' },
      p2: { status: '' as const, reason: 'left over' },
      p3: { status: 'absent' as const, reason: 'Syg' },
    };
    expect(attendanceRequest(saved, edited)).toEqual({
      marks: [
        { personId: 'p1', status: 'absent', reason: 'Ferie' },
        { personId: 'p2', status: null, reason: null },
      ],
    });
  });

  it('sends a changed reason, and drops the reason when absent becomes present', () => {
    const saved = marksFrom(attendance);
    expect(attendanceRequest(saved, { ...saved, p3: { status: 'absent', reason: 'Kursus' } })?.marks).toEqual(
      [{ personId: 'p3', status: 'absent', reason: 'Kursus' }],
    );
    expect(attendanceRequest(saved, { ...saved, p3: { status: 'present', reason: 'Syg' } })?.marks).toEqual([
      { personId: 'p3', status: 'present', reason: null },
    ]);
  });
});

describe('countMarks', () => {
  it('counts present, absent and not registered', () => {
    expect(countMarks(marksFrom(attendance))).toEqual({ present: 1, absent: 1, unmarked: 1 });
  });
});
