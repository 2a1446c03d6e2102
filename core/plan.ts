/** The cohort's plan: which activities clash in time. */

export interface TimedActivity {
  id: string;
  moduleId: string;
  /** UTC instants, ISO 8601 (they sort as text). */
  startsAt: string;
  endsAt: string;
}

/**
 * The activities that overlap in time with an activity of another module of the same cohort: a
 * participant cannot be at both. Dates of one module that overlap do not count: they are
 * alternatives or parallel groups (learning sets meeting at the same time). Touching ends (one
 * ends at 12:00, the next starts at 12:00) are no overlap.
 */
export function overlappingActivities(activities: readonly TimedActivity[]): Set<string> {
  const byStart = [...activities].sort((a, b) =>
    a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0,
  );
  const clashing = new Set<string>();
  // Sweep in order of start: only activities still running at a start can overlap it.
  let running: TimedActivity[] = [];
  for (const a of byStart) {
    running = running.filter((r) => r.endsAt > a.startsAt);
    for (const r of running) {
      if (r.moduleId !== a.moduleId) {
        clashing.add(r.id);
        clashing.add(a.id);
      }
    }
    running.push(a);
  }
  return clashing;
}
