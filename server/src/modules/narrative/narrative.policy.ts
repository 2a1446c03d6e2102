import { ROLES } from '../../../../core/roles.js';
import type { Ability } from '../../lib/policy.js';

export const NarrativeAbilities = {
  /** Read the published narrative and answered questions; ask a question: every member. */
  read: { name: 'narrative.read', roles: ROLES },
  /** Write drafts, publish, answer and remove questions. */
  manage: { name: 'narrative.manage', roles: ['admin'] },
} as const satisfies Record<string, Ability>;
