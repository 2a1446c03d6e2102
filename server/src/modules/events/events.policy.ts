import type { Ability } from '../../lib/policy.js';

export const EventAbilities = {
  manage: { name: 'events.manage', roles: ['admin'] },
  read: { name: 'events.read', roles: ['admin', 'facilitator'] },
} as const satisfies Record<string, Ability>;
