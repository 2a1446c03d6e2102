import type { Ability } from '../../lib/policy.js';

export const ProgrammeAbilities = {
  /** Design programmes, versions and the focus-area catalogue. */
  manage: { name: 'programmes.manage', roles: ['admin'] },
  /** Read designs: those who run cohorts and those who follow the programme. */
  read: { name: 'programmes.read', roles: ['admin', 'facilitator', 'observer'] },
} as const satisfies Record<string, Ability>;
