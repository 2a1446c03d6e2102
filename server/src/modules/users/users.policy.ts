import type { Ability } from '../../lib/policy.js';

export const UserAbilities = {
  manage: { name: 'users.manage', roles: ['admin'] },
} as const satisfies Record<string, Ability>;
