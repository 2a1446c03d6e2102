import type { ManagedRegistrationRes } from '../../../../core/schemas/events.js';

export type ManagedState =
  | { kind: 'confirmed' }
  | { kind: 'waitlisted'; position: number | null }
  | { kind: 'offered'; until: string | null; canAccept: boolean }
  | { kind: 'cancelled' }
  | { kind: 'offerExpired' }
  | { kind: 'waitingListClosed' };

/** Where the registration stands, as the page says it. */
export function managedState(
  r: Pick<
    ManagedRegistrationRes,
    'status' | 'closedReason' | 'waitingPosition' | 'offeredUntil' | 'canAccept'
  >,
): ManagedState {
  switch (r.status) {
    case 'confirmed':
      return { kind: 'confirmed' };
    case 'waitlisted':
      return { kind: 'waitlisted', position: r.waitingPosition };
    case 'offered':
      return { kind: 'offered', until: r.offeredUntil, canAccept: r.canAccept };
    default:
      if (r.closedReason === 'offer_expired') return { kind: 'offerExpired' };
      if (r.closedReason === 'waiting_list_closed') return { kind: 'waitingListClosed' };
      return { kind: 'cancelled' };
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const SUBSTITUTE_IDS = {
  name: 'substitute-name',
  email: 'substitute-email',
  jobTitle: 'substitute-job-title',
} as const;

export interface SubstituteState {
  name: string;
  email: string;
  jobTitle: string;
}

export type SubstituteProblem = 'name' | 'email' | 'emailInvalid' | 'sameEmail';

/** What is missing or wrong before the seat is handed on. */
export function validateSubstitute(
  s: SubstituteState,
  currentEmail: string,
): Array<{ id: string; problem: SubstituteProblem }> {
  const problems: Array<{ id: string; problem: SubstituteProblem }> = [];
  if (!s.name.trim()) problems.push({ id: SUBSTITUTE_IDS.name, problem: 'name' });
  const email = s.email.trim();
  if (!email) problems.push({ id: SUBSTITUTE_IDS.email, problem: 'email' });
  else if (!EMAIL.test(email)) problems.push({ id: SUBSTITUTE_IDS.email, problem: 'emailInvalid' });
  else if (email.toLowerCase() === currentEmail.toLowerCase())
    problems.push({ id: SUBSTITUTE_IDS.email, problem: 'sameEmail' });
  return problems;
}

export function toSubstituteRequest(s: SubstituteState) {
  return { name: s.name.trim(), email: s.email.trim(), jobTitle: s.jobTitle.trim() || null };
}
