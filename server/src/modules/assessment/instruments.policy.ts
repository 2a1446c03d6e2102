import type { Ability } from '../../lib/policy.js';
import { AssessmentAbilities } from './assessment.policy.js';

export const InstrumentAbilities = {
  /** Read the instrument and the organisation's versions: those who see rounds. */
  read: AssessmentAbilities.view,
  /** Make, change, publish and delete versions with the organisation's own statements. */
  manage: { name: 'assessment.instrument', roles: ['admin'] },
} as const satisfies Record<string, Ability>;
