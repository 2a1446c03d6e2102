import { describe, expect, it } from 'vitest';
import { CreateRoundSchema } from '../../../../core/schemas/assessment.js';
import {
  closesAtOf,
  emptyRound,
  opensAtOf,
  ROUND_IDS,
  roundFieldId,
  toCreateRoundBody,
  validateRound,
} from './newRoundForm.js';

const COHORT = '11111111-1111-4111-8111-111111111111';
const UNIT = '22222222-2222-4222-8222-222222222222';

describe('new round form', () => {
  it('opens at 8 am Copenhagen time on a later day, and at once today', () => {
    // Winter (UTC+1) and summer (UTC+2).
    expect(opensAtOf('2027-01-11', new Date('2027-01-04T10:00:00Z'))).toBe('2027-01-11T07:00:00.000Z');
    expect(opensAtOf('2027-06-07', new Date('2027-06-01T10:00:00Z'))).toBe('2027-06-07T06:00:00.000Z');
    const now = new Date('2027-06-07T09:15:00Z');
    expect(opensAtOf('2027-06-07', now)).toBe(now.toISOString());
    // Today opens at once, also before 8 am (the form says "i dag"; nobody expects to wait).
    const early = new Date('2027-06-07T00:30:00Z');
    expect(opensAtOf('2027-06-07', early)).toBe(early.toISOString());
  });

  it('closes at the end of the last day, Copenhagen time', () => {
    expect(closesAtOf('2027-01-18')).toBe('2027-01-18T22:59:59.000Z');
    expect(closesAtOf('2027-06-21')).toBe('2027-06-21T21:59:59.000Z');
  });

  it('sends a cohort round or a group of leaders, never both, in the contract’s shape', () => {
    const now = new Date('2027-03-01T09:00:00Z');
    const base = { ...emptyRound('2027-03-01'), name: '  Udgangspunkt  ', cohortId: COHORT, unitId: UNIT };
    const cohort = toCreateRoundBody(base, now);
    expect(cohort).toMatchObject({ name: 'Udgangspunkt', cohortId: COHORT, population: null });
    expect(CreateRoundSchema.safeParse(cohort).success).toBe(true);

    const leaders = toCreateRoundBody({ ...base, target: 'leaders', levels: ['chef', 'leder'] }, now);
    expect(leaders).toMatchObject({
      cohortId: null,
      population: { unitId: UNIT, levels: ['chef', 'leder'], fieldId: null },
    });
    expect(CreateRoundSchema.safeParse(leaders).success).toBe(true);

    const whole = toCreateRoundBody({ ...base, target: 'leaders', unitId: '' }, now);
    expect(whole.population?.unitId).toBeNull();
  });

  it('names what must be put right', () => {
    const today = '2027-03-01';
    const ok = { ...emptyRound(today), name: 'Runde', cohortId: COHORT };
    expect(validateRound(ok, today)).toEqual([]);
    expect(validateRound({ ...ok, name: ' ', cohortId: '' }, today).map((p) => p.problem)).toEqual([
      'name',
      'cohort',
    ]);
    expect(validateRound({ ...ok, target: 'leaders', levels: [] }, today)).toEqual([
      { id: ROUND_IDS.levels, problem: 'levels' },
    ]);
    expect(validateRound({ ...ok, opensOn: '2027-03-10', closesOn: '2027-03-09' }, today)[0]?.problem).toBe(
      'order',
    );
    expect(validateRound({ ...ok, closesOn: '2027-02-28' }, today)[0]?.problem).toBe('past');
    expect(validateRound({ ...ok, closesOn: '2027-08-01' }, today)[0]?.problem).toBe('tooLong');
    expect(validateRound({ ...ok, opensOn: '' }, today)[0]?.problem).toBe('opensOn');
  });

  it('puts server errors on the field they name', () => {
    expect(roundFieldId('population.levels.0', 'leaders')).toBe(ROUND_IDS.levels);
    expect(roundFieldId('closesAt', 'cohort')).toBe(ROUND_IDS.closesOn);
    expect(roundFieldId('cohortId', 'cohort')).toBe(ROUND_IDS.cohortId);
    // Too few invited: on the choice of who answers.
    expect(roundFieldId('', 'leaders')).toBe(ROUND_IDS.unitId);
  });
});
