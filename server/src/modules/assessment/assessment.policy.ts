import type { Ability, OrgActor } from '../../lib/policy.js';

export const AssessmentAbilities = {
  /**
   * Open, change, close and remind rounds: administrators for any round; a facilitator for the
   * rounds of the cohorts they facilitate (see canManageRound). Never individual answers.
   */
  manage: { name: 'assessment.manage', roles: ['admin', 'facilitator'] },
  /**
   * See rounds (counts) and released aggregates: administrators and observers every round, a
   * facilitator the rounds of their cohorts.
   */
  view: { name: 'assessment.view', roles: ['admin', 'facilitator', 'observer'] },
  /** Set the organisation's k. */
  settings: { name: 'assessment.settings', roles: ['admin'] },
} as const satisfies Record<string, Ability>;

/** Administrators and observers see every round of the organisation. */
export const seesAllRounds = (actor: OrgActor): boolean =>
  actor.roles.includes('admin') || actor.roles.includes('observer');

/**
 * Whether the actor may see a round at all (else 404, as for another organisation's):
 * administrators and observers any; a facilitator only a round of a cohort they facilitate.
 */
export function canSeeRound(actor: OrgActor, cohortFacilitatorUserIds: readonly string[]): boolean {
  return seesAllRounds(actor) || cohortFacilitatorUserIds.includes(actor.userId);
}

/** Whether the actor may change, close or remind a round: administrators, or its cohort's facilitators. */
export function canManageRound(actor: OrgActor, cohortFacilitatorUserIds: readonly string[]): boolean {
  return actor.roles.includes('admin') || cohortFacilitatorUserIds.includes(actor.userId);
}
