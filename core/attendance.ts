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

function counts(marks: (Mark | undefined)[]): AttendanceCounts {
  const present = marks.filter((m) => m === 'present').length;
  const absent = marks.filter((m) => m === 'absent').length;
  return { present, absent, unmarked: marks.length - present - absent, rate: rate(present, absent) };
}

/**
 * Figures over the given activities (those that have begun, in order of start) for the given
 * participants. `marks` maps `${activityId}:${personId}` to a mark.
 *
 * "Missed two in a row": two absent marks after each other in the person's own sequence of marks.
 * An activity the person was not marked for is skipped, so a participant who went to the other
 * date of a module held twice is not counted as missing one.
 */
export function attendanceFigures(
  activityIds: readonly string[],
  personIds: readonly string[],
  marks: ReadonlyMap<string, Mark>,
) {
  const of = (activityId: string, personId: string) => marks.get(`${activityId}:${personId}`);
  const activities = activityIds.map((a) => ({
    activityId: a,
    ...counts(personIds.map((p) => of(a, p))),
  }));
  const participants = personIds.map((p) => {
    const sequence = activityIds.map((a) => of(a, p));
    const marked = sequence.filter((m): m is Mark => m !== undefined);
    const missedTwoInARow = marked.some((m, i) => m === 'absent' && marked[i + 1] === 'absent');
    return { personId: p, ...counts(sequence), missedTwoInARow };
  });
  return { activities, participants };
}
