import type { Ability } from '../../lib/policy.js';

export const AuditAbilities = {
  read: { name: 'audit.read', roles: ['admin'] },
} as const satisfies Record<string, Ability>;
