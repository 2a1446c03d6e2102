import type { Ability } from '../../lib/policy.js';

export const EmbeddingAbilities = {
  /** Choose the web sites that may show registration for the organisation's events. */
  configure: { name: 'embedding.configure', roles: ['admin'] },
} as const satisfies Record<string, Ability>;
