import { ROLES } from '../../../../core/roles.js';
import type { Ability } from '../../lib/policy.js';

export const InsightAbilities = {
  /**
   * Read the library and write one's own insights: every member of the organisation. What each
   * may see is decided per insight by its visibility (canSee, and visibleTo in the repository).
   */
  use: { name: 'insights.use', roles: ROLES },
} as const satisfies Record<string, Ability>;

/** Who the reader is, for visibility: their account, and where they take part. */
export interface Viewer {
  userId: string;
  organisationId: string;
  isAdmin: boolean;
  /** The reader's persons in the organisation (not marked as left). */
  personIds: string[];
  /** Cohorts the reader is a current participant of (not removed). */
  participantCohortIds: string[];
  facilitatedCohortIds: string[];
  /** The learning sets the reader is a member of, with their cohort. */
  memberSets: Array<{ setId: string; cohortId: string }>;
  /** The learning sets the reader facilitates. */
  facilitatedSetIds: string[];
}

/** What decides who sees an insight (or one of its versions). */
export interface Audience {
  author_user_id: string | null;
  visibility: string;
  cohort_id: string | null;
  set_id: string | null;
}

/**
 * The visibility rules, one place (the repository's visibleTo is the same in SQL; the privacy
 * tests hold both to them):
 *   private       the author only: not administrators, not facilitators
 *   set           members of the set, its facilitator, and the cohort's facilitators
 *   cohort        the cohort's current participants and facilitators, and administrators
 *   organisation  every member
 * A set or cohort that no longer exists fails closed: only the author (and, for a set, the
 * cohort's facilitators) still see it.
 */
export function canSee(viewer: Viewer, a: Audience): boolean {
  if (a.author_user_id === viewer.userId) return true;
  switch (a.visibility) {
    case 'organisation':
      return true;
    case 'cohort':
      return (
        a.cohort_id !== null &&
        (viewer.isAdmin ||
          viewer.participantCohortIds.includes(a.cohort_id) ||
          viewer.facilitatedCohortIds.includes(a.cohort_id))
      );
    case 'set':
      return (
        (a.set_id !== null &&
          (viewer.memberSets.some((s) => s.setId === a.set_id) ||
            viewer.facilitatedSetIds.includes(a.set_id))) ||
        (a.cohort_id !== null && viewer.facilitatedCohortIds.includes(a.cohort_id))
      );
    default:
      return false;
  }
}

/** Cohorts the reader may share an insight with: those they take part in or facilitate. */
export function ownCohortIds(viewer: Viewer): string[] {
  return [...new Set([...viewer.participantCohortIds, ...viewer.facilitatedCohortIds])];
}
