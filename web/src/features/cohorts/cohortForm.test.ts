import { describe, expect, it } from 'vitest';
import {
  COHORT_IDS,
  cohortFieldId,
  emptyCohort,
  reminderChoices,
  toCreateCohortBody,
  toUpdateCohortBody,
  validateCohort,
} from './cohortForm.js';

const filled = {
  ...emptyCohort(['u1', 'u1', 'u2']),
  versionId: 'v',
  name: ' Hold 2 ',
  startsOn: '2027-01-04',
  endsOn: '2027-06-30',
};

describe('validateCohort', () => {
  it('asks for a version only when starting a cohort', () => {
    const s = { ...filled, versionId: '' };
    expect(validateCohort(s, true).map((p) => p.problem)).toEqual(['version']);
    expect(validateCohort(s, false)).toEqual([]);
  });

  it('wants a name and two dates in order, each on its own field', () => {
    expect(validateCohort({ ...filled, name: ' ', startsOn: '', endsOn: '4/1' }, true)).toEqual([
      { id: COHORT_IDS.name, problem: 'name' },
      { id: COHORT_IDS.startsOn, problem: 'startsOn' },
      { id: COHORT_IDS.endsOn, problem: 'endsOn' },
    ]);
    expect(validateCohort({ ...filled, endsOn: '2026-12-31' }, true)).toEqual([
      { id: COHORT_IDS.endsOn, problem: 'periodOrder' },
    ]);
  });
});

describe('toCreateCohortBody', () => {
  it('trims the name and sends each facilitator once', () => {
    expect(toCreateCohortBody(filled)).toEqual({
      versionId: 'v',
      name: 'Hold 2',
      startsOn: '2027-01-04',
      endsOn: '2027-06-30',
      facilitatorUserIds: ['u1', 'u2'],
      reminderHours: 48,
    });
  });

  it('sends no reminders as null', () => {
    expect(toUpdateCohortBody({ ...filled, reminderHours: '' }).reminderHours).toBeNull();
  });
});

describe('reminderChoices', () => {
  it('offers a day, two, three and a week before, keeping a saved other value', () => {
    expect(reminderChoices('48')).toEqual([24, 48, 72, 168]);
    expect(reminderChoices('')).toEqual([24, 48, 72, 168]);
    expect(reminderChoices('12')).toEqual([12, 24, 48, 72, 168]);
  });
});

describe('cohortFieldId', () => {
  it('links server field errors to the inputs', () => {
    expect(cohortFieldId('facilitatorUserIds.1')).toBe(COHORT_IDS.facilitatorUserIds);
    expect(cohortFieldId('endsOn')).toBe(COHORT_IDS.endsOn);
    expect(cohortFieldId('versionId')).toBe(COHORT_IDS.versionId);
    expect(cohortFieldId('something')).toBe(COHORT_IDS.name);
  });
});
