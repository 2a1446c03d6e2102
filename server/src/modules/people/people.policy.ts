import type { Ability } from '../../lib/policy.js';

export const PeopleAbilities = {
  /** Names, addresses and places of people: administrators, and facilitators who enrol them. */
  read: { name: 'people.read', roles: ['admin', 'facilitator'] },
  manage: { name: 'people.manage', roles: ['admin'] },
} as const satisfies Record<string, Ability>;
