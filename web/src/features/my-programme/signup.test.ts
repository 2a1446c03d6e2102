import { describe, expect, it } from 'vitest';
import type { MySignupRes } from '../../../../core/schemas/my-programme.js';
import { elsewhereKey, seatsKey, signupActions } from './signup.js';

const open: MySignupRes = {
  capacity: 10,
  seatsLeft: 3,
  waitingList: true,
  status: 'none',
  waitingPosition: null,
  offeredUntil: null,
  open: true,
  heldElsewhere: null,
};

describe('signupActions', () => {
  it('offers a seat while there is one, else the waiting list, else nothing', () => {
    expect(signupActions(open)).toEqual(['signUp']);
    expect(signupActions({ ...open, seatsLeft: 0 })).toEqual(['joinWaitingList']);
    expect(signupActions({ ...open, seatsLeft: 0, waitingList: false })).toEqual([]);
  });

  it('lets a place be taken up or given up, and nothing once the date has begun', () => {
    expect(signupActions({ ...open, status: 'offered' })).toEqual(['accept', 'cancel']);
    expect(signupActions({ ...open, status: 'confirmed' })).toEqual(['cancel']);
    expect(signupActions({ ...open, status: 'waitlisted' })).toEqual(['cancel']);
    expect(signupActions({ ...open, status: 'confirmed', open: false })).toEqual([]);
  });
});

describe('seatsKey', () => {
  it('says how many are free, or what happens now that none are', () => {
    expect(seatsKey(open)).toBe('seatsLeft');
    expect(seatsKey({ ...open, seatsLeft: 0 })).toBe('fullWaitingList');
    expect(seatsKey({ ...open, seatsLeft: 0, waitingList: false })).toBe('full');
  });
});

describe('elsewhereKey', () => {
  const held = {
    ...open,
    heldElsewhere: {
      activityId: '00000000-0000-4000-8000-000000000001',
      startsAt: '2098-03-01T08:00:00.000Z',
    },
  };

  it('says a seat here gives up the other date, and a waiting place here keeps it until a seat is taken', () => {
    expect(elsewhereKey(held)).toBe('moves');
    expect(elsewhereKey({ ...held, seatsLeft: 0 })).toBe('moves');
    expect(elsewhereKey({ ...held, status: 'waitlisted' })).toBe('movesWaitlisted');
    expect(elsewhereKey({ ...held, status: 'offered' })).toBe('movesOffered');
  });

  it('says nothing without another date, once signed up here, or when nothing can be done', () => {
    expect(elsewhereKey(open)).toBeNull();
    expect(elsewhereKey({ ...held, status: 'confirmed' })).toBeNull();
    expect(elsewhereKey({ ...held, open: false })).toBeNull();
    expect(elsewhereKey({ ...held, seatsLeft: 0, waitingList: false })).toBeNull();
  });
});
