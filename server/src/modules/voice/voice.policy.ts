import { ROLES } from '../../../../core/roles.js';
import type { Ability } from '../../lib/policy.js';

export const VoiceAbilities = {
  /** Post anonymously and read the answers: every member. */
  post: { name: 'voice.post', roles: ROLES },
  /** Released counts and texts (never a post): leaders, administrators, observers, facilitators. */
  readAggregates: {
    name: 'voice.read_aggregates',
    roles: ['admin', 'participant', 'observer', 'facilitator'],
  },
  /** Publish "I sagde — vi gør" answers: leaders and administrators. */
  answer: { name: 'voice.answer', roles: ['admin', 'participant'] },
  /** Release or reject texts: the voice moderator only (not administrators: no line manager reads texts first). */
  moderate: { name: 'voice.moderate', roles: ['voice_moderator'] },
  /** Take a theme up in a workshop or an action project. */
  topics: { name: 'voice.topics', roles: ['admin', 'facilitator'] },
  /** The technology list and the retention period. */
  manage: { name: 'voice.manage', roles: ['admin'] },
} as const satisfies Record<string, Ability>;
