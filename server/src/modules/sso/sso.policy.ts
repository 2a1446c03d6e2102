import type { Ability } from '../../lib/policy.js';

export const SsoAbilities = {
  configure: { name: 'sso.configure', roles: ['admin'] },
} as const satisfies Record<string, Ability>;
