import { describe, expect, it } from 'vitest';
import { managedState, SUBSTITUTE_IDS, toSubstituteRequest, validateSubstitute } from './manage.js';

const base = { closedReason: null, waitingPosition: null, offeredUntil: null, canAccept: false };

describe('managedState', () => {
  it('says confirmed, waiting as number N, and an offer held until a time', () => {
    expect(managedState({ ...base, status: 'confirmed' })).toEqual({ kind: 'confirmed' });
    expect(managedState({ ...base, status: 'waitlisted', waitingPosition: 3 })).toEqual({
      kind: 'waitlisted',
      position: 3,
    });
    expect(
      managedState({ ...base, status: 'offered', offeredUntil: '2027-05-01T10:00:00Z', canAccept: true }),
    ).toEqual({ kind: 'offered', until: '2027-05-01T10:00:00Z', canAccept: true });
  });
  it('tells a cancellation from an offer that ran out', () => {
    expect(managedState({ ...base, status: 'cancelled', closedReason: 'cancelled' })).toEqual({
      kind: 'cancelled',
    });
    expect(managedState({ ...base, status: 'cancelled', closedReason: 'offer_expired' })).toEqual({
      kind: 'offerExpired',
    });
    expect(managedState({ ...base, status: 'cancelled', closedReason: 'waiting_list_closed' })).toEqual({
      kind: 'waitingListClosed',
    });
  });
});

describe('validateSubstitute', () => {
  const ok = { name: 'Mette Hansen', email: 'mette@viborg.dk', jobTitle: '' };
  it('needs a name and a valid e-mail that is not the current holder’s', () => {
    expect(validateSubstitute(ok, 'lars@viborg.dk')).toEqual([]);
    expect(validateSubstitute({ name: ' ', email: '', jobTitle: '' }, 'lars@viborg.dk')).toEqual([
      { id: SUBSTITUTE_IDS.name, problem: 'name' },
      { id: SUBSTITUTE_IDS.email, problem: 'email' },
    ]);
    expect(validateSubstitute({ ...ok, email: 'mette' }, 'lars@viborg.dk')[0]?.problem).toBe('emailInvalid');
    expect(validateSubstitute(ok, 'METTE@viborg.dk')[0]?.problem).toBe('sameEmail');
  });
  it('sends an empty job title as null', () => {
    expect(toSubstituteRequest({ ...ok, name: ' Mette Hansen ' })).toEqual({
      name: 'Mette Hansen',
      email: 'mette@viborg.dk',
      jobTitle: null,
    });
  });
});
