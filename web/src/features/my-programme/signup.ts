import type { MySignupRes } from '../../../../core/schemas/my-programme.js';

export type SignupAction = 'signUp' | 'joinWaitingList' | 'accept' | 'cancel';

/**
 * What a participant may do with a date now: sign up (a seat or the waiting list), take an offered
 * seat, or cancel. Nothing once the date has begun, nor when it is full without a waiting list.
 */
export function signupActions(s: MySignupRes): SignupAction[] {
  if (!s.open) return [];
  switch (s.status) {
    case 'none':
      if (s.seatsLeft > 0) return ['signUp'];
      return s.waitingList ? ['joinWaitingList'] : [];
    case 'offered':
      return ['accept', 'cancel'];
    case 'confirmed':
    case 'waitlisted':
      return ['cancel'];
  }
}

/** The words for the seats: how many are free, or what happens now that none are. */
export function seatsKey(s: MySignupRes): 'seatsLeft' | 'fullWaitingList' | 'full' {
  if (s.seatsLeft > 0) return 'seatsLeft';
  return s.waitingList ? 'fullWaitingList' : 'full';
}

/**
 * What taking part here does to the place the participant holds on another date of the module:
 * a seat here gives it up, a waiting place here keeps it until they take a seat offered here.
 */
export function elsewhereKey(s: MySignupRes): 'moves' | 'movesWaitlisted' | 'movesOffered' | null {
  if (!s.heldElsewhere || !s.open) return null;
  switch (s.status) {
    case 'none':
      return signupActions(s).length > 0 ? 'moves' : null;
    case 'waitlisted':
      return 'movesWaitlisted';
    case 'offered':
      return 'movesOffered';
    case 'confirmed':
      return null;
  }
}
