import { ROLES } from '../../../../core/roles.js';
import type { Ability } from '../../lib/policy.js';

export const GlossaryAbilities = {
  /** Read the glossary (the web underlines its terms in texts): every member. */
  read: { name: 'glossary.read', roles: ROLES },
  /** Add, change and delete terms; set LIX targets. */
  edit: { name: 'glossary.edit', roles: ['admin'] },
  /** The readability report of the organisation's texts: those who write them. */
  report: { name: 'readability.report', roles: ['admin', 'facilitator'] },
} as const satisfies Record<string, Ability>;
