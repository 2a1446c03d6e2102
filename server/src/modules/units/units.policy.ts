import type { Ability } from '../../lib/policy.js';

export const UnitAbilities = {
  /** The tree with managers' names: what an observer needs to read reports by area. */
  read: { name: 'units.read', roles: ['admin', 'facilitator', 'observer'] },
  manage: { name: 'units.manage', roles: ['admin'] },
} as const satisfies Record<string, Ability>;
