import type { CohortOverviewRes } from '../../../../core/schemas/cohort-overview.js';

/**
 * A released count as text: the number, or the word for hidden. Not "under 5": a count withheld
 * to protect a small one beside it may be any size.
 */
export function countText(count: number | null, hidden: string): string {
  return count === null ? hidden : String(count);
}

/** Whether anything in the overview was withheld, so the page explains why. */
export function anythingWithheld(o: CohortOverviewRes): boolean {
  return (
    o.byArea.some((a) => a.count === null) ||
    o.byLevel.some((l) => l.count === null) ||
    o.activities.some((a) => a.present === null) ||
    o.missedTwoInARow.count === null ||
    o.projects.byStatus.some((s) => s.count === null) ||
    o.projects.byFocusArea.some((a) => a.count === null)
  );
}

/** The overall rate is withheld (not merely unknown) when it is missing while marks exist. */
export function overallWithheld(o: CohortOverviewRes): boolean {
  return (
    o.aggregatesOnly &&
    o.attendanceRate === null &&
    o.activities.some((a) => a.unmarked !== o.participantCount)
  );
}
