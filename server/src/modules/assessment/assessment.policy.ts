import type { Ability, OrgActor } from '../../lib/policy.js';

export const AssessmentAbilities = {
  /**
   * Open, change, close, remind and delete rounds: administrators for any round; a facilitator for
   * the rounds of the cohorts they facilitate (see canManageRound). Never individual answers.
   */
  manage: { name: 'assessment.manage', roles: ['admin', 'facilitator'] },
  /**
   * See every round of the organisation: its counts and its released aggregates (the anonymity
   * rules protect those), never a person's answers. Administrators, observers and facilitators
   * alike, so that a facilitator reaches an organisation-wide round whose profiles were shared
   * with them (shared-profiles.service.ts).
   */
  view: { name: 'assessment.view', roles: ['admin', 'facilitator', 'observer'] },
  /** Set the organisation's k. */
  settings: { name: 'assessment.settings', roles: ['admin'] },
} as const satisfies Record<string, Ability>;

/**
 * Whether the actor may change, close, remind or delete a round: administrators any; a
 * facilitator the rounds of the cohorts they facilitate (not a round without a cohort). Anyone
 * else who sees the round gets 403 `not_round_manager`.
 */
export function canManageRound(actor: OrgActor, cohortFacilitatorUserIds: readonly string[]): boolean {
  return actor.roles.includes('admin') || cohortFacilitatorUserIds.includes(actor.userId);
}
