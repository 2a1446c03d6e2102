import type {
  ActivityAttendanceRes,
  AttendanceStatus,
  MarkAttendanceReq,
} from '../../../../core/schemas/cohorts.js';

/** One participant's mark as the form holds it: '' is "ikke registreret". */
export interface MarkState {
  status: AttendanceStatus | '';
  reason: string;
}
export type Marks = Record<string, MarkState>;

/** The form's starting point: the marks the server has. */
export function marksFrom(attendance: ActivityAttendanceRes): Marks {
  const marks: Marks = {};
  for (const row of attendance.items)
    marks[row.personId] = { status: row.status ?? '', reason: row.reason ?? '' };
  return marks;
}

/**
 * The one PUT for the marking form: only the participants whose mark changed (a reason only for
 * absent; "ikke registreret" takes a mark back). Null when nothing changed.
 */
export function attendanceRequest(saved: Marks, edited: Marks): MarkAttendanceReq | null {
  const marks: MarkAttendanceReq['marks'] = [];
  for (const [personId, mark] of Object.entries(edited)) {
    const before = saved[personId] ?? { status: '', reason: '' };
    const reason = mark.status === 'absent' ? mark.reason.trim() : '';
    const beforeReason = before.status === 'absent' ? before.reason.trim() : '';
    if (mark.status === before.status && reason === beforeReason) continue;
    marks.push({ personId, status: mark.status || null, reason: reason || null });
  }
  return marks.length ? { marks } : null;
}

/** Present, absent and unmarked counts of the form as it is. */
export function countMarks(marks: Marks): { present: number; absent: number; unmarked: number } {
  const counts = { present: 0, absent: 0, unmarked: 0 };
  for (const m of Object.values(marks)) {
    if (m.status === 'present') counts.present++;
    else if (m.status === 'absent') counts.absent++;
    else counts.unmarked++;
  }
  return counts;
}
