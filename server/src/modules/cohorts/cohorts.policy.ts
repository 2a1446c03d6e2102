import type { Role } from '../../../../core/roles.js';
import type { Ability, OrgActor } from '../../lib/policy.js';

export const CohortAbilities = {
  /**
   * Run cohorts: administrators run all of the organisation's; a facilitator runs the cohorts they
   * facilitate (see canRunCohort). Person-level data, so observers and participants have no part.
   */
  run: { name: 'cohorts.run', roles: ['admin', 'facilitator'] },
  /**
   * See cohorts and their overview. Observers see every cohort of the organisation, but only as
   * figures with small groups withheld, never a named participant (see overview.service.ts).
   */
  view: { name: 'cohorts.view', roles: ['admin', 'facilitator', 'observer'] },
} as const satisfies Record<string, Ability>;

/** Roles a user needs to be named facilitator of a cohort or an activity. */
export const FACILITATOR_ROLES: readonly Role[] = ['facilitator', 'admin'];

/** Administrators see every cohort; a facilitator sees only those they facilitate. */
export const seesAllCohorts = (actor: OrgActor): boolean => actor.roles.includes('admin');

/** Observers look at every cohort of the organisation, through aggregates only. */
export const observesCohorts = (actor: OrgActor): boolean => actor.roles.includes('observer');

/**
 * Whether the actor may run this cohort. A facilitator who is not on the cohort gets 404, not 403:
 * to them the cohort does not exist, as another organisation's does not (no probing of ids).
 */
export function canRunCohort(actor: OrgActor, facilitatorUserIds: readonly string[]): boolean {
  return seesAllCohorts(actor) || facilitatorUserIds.includes(actor.userId);
}
