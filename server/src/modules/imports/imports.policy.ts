import type { Ability } from '../../lib/policy.js';

/** Only administrators import: an import changes the whole organisation's units and people. */
export const ImportAbilities = {
  manage: { name: 'imports.manage', roles: ['admin'] },
} as const satisfies Record<string, Ability>;
