import type { Role } from '../../../core/roles.js';
import { forbidden } from './app-error.js';

/** The signed-in person as every handler sees it. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  locale: 'da' | 'en';
  sessionId: string;
  csrfToken: string;
  /** The active organisation, or null when the person has none (every membership deactivated). */
  organisationId: string | null;
  roles: Role[];
  signedInWith: 'password' | 'sso';
  /** An administrator without a second factor outside the demo: only enrolment is open. */
  secondFactorSetupRequired: boolean;
}

/** An actor acting inside an organisation. */
export type OrgActor = Actor & { organisationId: string };

/** A named ability and the roles that hold it; each module declares its own in <m>.policy.ts. */
export type Ability = { name: string; roles: readonly Role[] };

export function can(actor: Actor, ability: Ability): actor is OrgActor {
  return actor.organisationId !== null && ability.roles.some((r) => actor.roles.includes(r));
}

/** Throws 403 unless the actor holds the ability in the active organisation. */
export function authorize(actor: Actor, ability: Ability): asserts actor is OrgActor {
  if (!can(actor, ability)) throw forbidden(`missing_ability:${ability.name}`);
}

/**
 * Anyone signed in to an organisation (any role): for routes where what they may touch is decided
 * by who they are in the data (a participant of a cohort, the author of an entry), not by a role.
 */
export function member(actor: Actor): OrgActor {
  if (actor.organisationId === null) throw forbidden('no_organisation');
  return actor as OrgActor;
}
