/** Attendance figures of a cohort: per participant and per activity, and who missed two in a row. */

export type Mark = 'present' | 'absent';

export interface AttendanceCounts {
  present: number;
  absent: number;
  unmarked: number;
  /** present / (present + absent); null while nothing is marked. */
  rate: number | null;
}

const rate = (present: number, absent: number) =>
  present + absent === 0 ? null : Math.round((present / (present + absent)) * 1000) / 1000;

/** One mark as the database holds it. */
export interface MarkRow {
  activity_id: string;
  person_id: string;
  status: string;
}

const MARK_CODE: Record<string, number> = { present: 1, absent: 2 };

/**
 * Figures over the given activities (those that have begun, in order of start) for the given
 * participants. Marks of other activities or people are ignored.
 *
 * "Missed two in a row": two absent marks after each other in the person's own sequence of marks.
 * An activity the person was not marked for is skipped, so a participant who went to the other
 * date of a module held twice is not counted as missing one.
 *
 * One grid of small numbers, filled once, read once per person: a cohort of 350 over 20
 * activities is 7,000 cells, and string keys per cell cost more than the counting.
 */
export function attendanceFigures(
  activityIds: readonly string[],
  personIds: readonly string[],
  marks: Iterable<MarkRow>,
) {
  const activityIndex = new Map(activityIds.map((id, i) => [id, i]));
  const personIndex = new Map(personIds.map((id, i) => [id, i]));
  const width = activityIds.length;
  const grid = new Uint8Array(width * personIds.length);
  for (const m of marks) {
    const a = activityIndex.get(m.activity_id);
    const p = personIndex.get(m.person_id);
    if (a !== undefined && p !== undefined) grid[p * width + a] = MARK_CODE[m.status] ?? 0;
  }
  const present = new Array<number>(width).fill(0);
  const absent = new Array<number>(width).fill(0);
  const participants = personIds.map((personId, p) => {
    let here = 0;
    let away = 0;
    let previous = 0;
    let missedTwoInARow = false;
    for (let a = 0; a < width; a++) {
      const code = grid[p * width + a] ?? 0;
      if (code === 0) continue;
      if (code === 1) {
        here++;
        present[a] = (present[a] ?? 0) + 1;
      } else {
        away++;
        absent[a] = (absent[a] ?? 0) + 1;
        if (previous === 2) missedTwoInARow = true;
      }
      previous = code;
    }
    return {
      personId,
      present: here,
      absent: away,
      unmarked: width - here - away,
      rate: rate(here, away),
      missedTwoInARow,
    };
  });
  const activities = activityIds.map((activityId, a) => {
    const here = present[a] ?? 0;
    const away = absent[a] ?? 0;
    return {
      activityId,
      present: here,
      absent: away,
      unmarked: personIds.length - here - away,
      rate: rate(here, away),
    };
  });
  return { activities, participants };
}
