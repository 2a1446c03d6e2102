import { describe, expect, it } from 'vitest';
import type { MeetingRes } from '../../../../core/schemas/learning-set-meetings.js';
import {
  attendeeChoices,
  emptyWhen,
  linesOf,
  meetingToForm,
  projectChoices,
  setMeetingsPath,
  splitByTime,
  toPlanBody,
  toUpdateBody,
  validateWhen,
} from './setMeetings.js';

const meeting = (extra: Partial<MeetingRes> = {}): MeetingRes => ({
  id: 'm1',
  setId: 's1',
  cohortId: 'c1',
  activity: null,
  startsAt: '2027-03-01T12:00:00.000Z',
  location: 'Café',
  attendees: [{ personId: 'p1', name: 'Anna' }],
  projects: [{ id: 'x1', personId: 'p1', personName: 'Anna', title: null }],
  questions: 'Hvorfor?',
  nextSteps: 'Prøv det.',
  notes: 'Egne noter',
  updatedAt: '2027-03-01T15:00:00.000Z',
  ...extra,
});

describe('learning-set meetings on the page', () => {
  it('needs a date and a time unless the meeting is held in an activity', () => {
    expect(validateWhen(emptyWhen()).map((p) => p.field)).toEqual(['date', 'time']);
    expect(validateWhen({ ...emptyWhen(), date: '2027-02-30', time: '13' }).map((p) => p.field)).toEqual([
      'date',
    ]);
    expect(validateWhen({ ...emptyWhen(), date: '2027-03-01', time: '25.00' }).map((p) => p.field)).toEqual([
      'time',
    ]);
    expect(validateWhen({ ...emptyWhen(), activityId: 'a1' })).toEqual([]);
  });

  it('plans at a Copenhagen time, or in an activity', () => {
    expect(toPlanBody({ activityId: '', date: '2027-03-01', time: '13.00', location: ' Café ' })).toEqual({
      startsAt: '2027-03-01T12:00:00.000Z',
      location: 'Café',
    });
    expect(toPlanBody({ activityId: 'a1', date: '', time: '', location: '' })).toEqual({
      activityId: 'a1',
      location: null,
    });
  });

  it('sends the record, the time only outside an activity, and the place and set only when changed', () => {
    const initial = meetingToForm(meeting());
    expect(initial).toMatchObject({
      date: '2027-03-01',
      time: '13:00',
      attendeeIds: ['p1'],
      projectIds: ['x1'],
    });
    expect(toUpdateBody(initial, initial)).toEqual({
      attendeePersonIds: ['p1'],
      projectIds: ['x1'],
      questions: 'Hvorfor?',
      nextSteps: 'Prøv det.',
      notes: 'Egne noter',
      activityId: null,
      startsAt: '2027-03-01T12:00:00.000Z',
    });
    const inActivity = meetingToForm(
      meeting({ activity: { id: 'a1', title: 'LGM 1' }, location: 'Rådhuset' }),
    );
    const body = toUpdateBody({ ...inActivity, setId: 's2' }, inActivity);
    expect(body).not.toHaveProperty('startsAt');
    expect(body).not.toHaveProperty('activityId');
    expect(body).not.toHaveProperty('location');
    expect(body.setId).toBe('s2');
    expect(toUpdateBody({ ...inActivity, location: '' }, inActivity).location).toBeNull();
  });

  it('keeps people and projects recorded before on the lists after they left the set', () => {
    const m = meeting();
    expect(attendeeChoices([{ personId: 'p2', name: 'Bo' }], m).map((p) => p.personId)).toEqual(['p2', 'p1']);
    expect(attendeeChoices([{ personId: 'p1', name: 'Anna' }], m)).toHaveLength(1);
    expect(projectChoices([], m).map((p) => p.id)).toEqual(['x1']);
  });

  it('splits coming and held meetings, and reads texts line by line', () => {
    const a = meeting({ id: 'a', startsAt: '2027-01-01T10:00:00.000Z' });
    const b = meeting({ id: 'b', startsAt: '2027-02-01T10:00:00.000Z' });
    const c = meeting({ id: 'c', startsAt: '2027-04-01T10:00:00.000Z' });
    const { coming, held } = splitByTime([a, b, c], new Date('2027-03-01T00:00:00Z'));
    expect(coming.map((m) => m.id)).toEqual(['c']);
    expect(held.map((m) => m.id)).toEqual(['b', 'a']);
    expect(linesOf(' Hvad?\n\n Hvorfor? \n')).toEqual(['Hvad?', 'Hvorfor?']);
    expect(setMeetingsPath('c 1', 's1')).toBe('/hold/c%201/saet/s1');
  });
});
