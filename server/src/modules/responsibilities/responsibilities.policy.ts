import { ROLES } from '../../../../core/roles.js';
import type { Ability } from '../../lib/policy.js';

export const ResponsibilityAbilities = {
  /** Read the published matrix and one's own responsibilities: every member. */
  read: { name: 'responsibilities.read', roles: ROLES },
  /** Edit drafts, publish, manage named groups; read drafts and earlier versions. */
  manage: { name: 'responsibilities.manage', roles: ['admin'] },
} as const satisfies Record<string, Ability>;
