import { describe, expect, it } from 'vitest';
import type { ActivityRes } from '../../../../core/schemas/cohorts.js';
import {
  activityFieldFor,
  activityFieldForReason,
  activityToForm,
  duplicateStart,
  emptyActivity,
  normaliseClock,
  toActivityBody,
  toActivityUpdate,
  validateActivity,
} from './activityForm.js';

const filled = {
  ...emptyActivity('m1'),
  date: '2027-03-10',
  startTime: '9.30',
  endTime: '12',
  location: ' Rådhuset ',
  capacity: '20',
};

describe('normaliseClock', () => {
  it('takes the ways people type a time', () => {
    expect(normaliseClock('9.30')).toBe('09:30');
    expect(normaliseClock('09:30')).toBe('09:30');
    expect(normaliseClock('0930')).toBe('09:30');
    expect(normaliseClock('13')).toBe('13:00');
    expect(normaliseClock('24:00')).toBeNull();
    expect(normaliseClock('kl 9')).toBeNull();
  });
});

describe('validateActivity', () => {
  it('finds nothing wrong with a filled-in activity', () => {
    expect(validateActivity(filled)).toEqual([]);
  });

  it('names each missing or wrong field', () => {
    expect(validateActivity(emptyActivity()).map((p) => p.problem)).toEqual([
      'module',
      'date',
      'startTime',
      'endTime',
    ]);
    expect(validateActivity({ ...filled, endTime: '9:00' })).toEqual([
      { field: 'endTime', problem: 'endBeforeStart' },
    ]);
    expect(validateActivity({ ...filled, capacity: '0', onlineUrl: 'teams' }).map((p) => p.field)).toEqual([
      'onlineUrl',
      'capacity',
    ]);
  });

  it('refuses a start the spring clock change skips', () => {
    expect(validateActivity({ ...filled, date: '2027-03-28', startTime: '2.30', endTime: '4' })).toEqual([
      { field: 'startTime', problem: 'startTime' },
    ]);
  });
});

describe('toActivityBody', () => {
  it('converts Copenhagen wall-clock times to instants and empties to null', () => {
    expect(toActivityBody(filled)).toEqual({
      moduleId: 'm1',
      title: null,
      startsAt: '2027-03-10T08:30:00.000Z',
      endsAt: '2027-03-10T11:00:00.000Z',
      location: 'Rådhuset',
      onlineUrl: null,
      capacity: 20,
      facilitatorUserId: null,
      signup: null,
    });
  });

  it('sends sign-up with its waiting-list choice, and asks for the seats it needs', () => {
    expect(toActivityBody({ ...filled, signup: true, waitingList: false }).signup).toEqual({
      waitingList: false,
    });
    expect(validateActivity({ ...filled, signup: true, capacity: ' ' })).toEqual([
      { field: 'capacity', problem: 'signupCapacity' },
    ]);
    expect(toActivityUpdate({ ...filled, signup: false }).signup).toBeNull();
  });

  it('keeps the title when a change leaves it empty', () => {
    expect(toActivityUpdate(filled)).not.toHaveProperty('title');
    expect(toActivityUpdate({ ...filled, title: 'Ny' }).title).toBe('Ny');
  });
});

const saved: ActivityRes = {
  id: 'a1',
  cohortId: 'c',
  module: { id: 'm1', title: 'Kick-off', kind: 'session' },
  title: 'Kick-off',
  startsAt: '2027-07-01T07:00:00.000Z',
  endsAt: '2027-07-01T10:00:00.000Z',
  location: null,
  onlineUrl: 'https://example.org/m',
  capacity: null,
  facilitator: { id: 'u1', name: 'Frida' },
  signup: null,
  warnings: [],
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
};

describe('activityToForm and duplicateStart', () => {
  it('shows an activity in Copenhagen time', () => {
    expect(activityToForm(saved)).toMatchObject({
      date: '2027-07-01',
      startTime: '09:00',
      endTime: '12:00',
      onlineUrl: 'https://example.org/m',
      capacity: '',
      facilitatorUserId: 'u1',
      signup: false,
    });
    const seats = { capacity: 8, confirmed: 2, offered: 0, waitlisted: 0, seatsLeft: 6 };
    expect(
      activityToForm({ ...saved, capacity: 8, signup: { eventId: 'e', waitingList: false, seats } }),
    ).toMatchObject({ signup: true, waitingList: false, capacity: '8' });
  });

  it('moves a copy to a new date at the same local time, across the clock change', () => {
    expect(duplicateStart(saved, '2027-11-04')).toBe('2027-11-04T08:00:00.000Z');
    expect(duplicateStart(saved, 'ikke en dato')).toBeNull();
  });
});

describe('activityFieldFor', () => {
  it('puts server field errors on the inputs that made them', () => {
    expect(activityFieldFor('startsAt')).toBe('startTime');
    expect(activityFieldFor('endsAt')).toBe('endTime');
    expect(activityFieldFor('facilitatorUserId')).toBe('facilitatorUserId');
    expect(activityFieldFor('other')).toBe('date');
    expect(activityFieldForReason('capacity_below_taken')).toBe('capacity');
    expect(activityFieldForReason('signup_in_use')).toBe('signup');
    expect(activityFieldForReason(undefined)).toBe('date');
  });
});
