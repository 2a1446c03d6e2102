import { LEADER_LEVELS, type Level } from '../../../../core/organisation.js';
import {
  AssessmentLimits,
  type CreateRoundReq,
  type RoundKind,
} from '../../../../core/schemas/assessment.js';
import { addDays, copenhagenDate, copenhagenInstant } from '../../../../core/time.js';

/** The new-round form as the inputs hold it (dates as YYYY-MM-DD, '' for "none"). */
export interface NewRoundState {
  name: string;
  kind: RoundKind;
  target: 'cohort' | 'leaders';
  cohortId: string;
  /** '' for the whole organisation. */
  unitId: string;
  levels: Level[];
  fieldId: string;
  opensOn: string;
  closesOn: string;
  compareRoundId: string;
}

export const ROUND_IDS = {
  name: 'round-name',
  kind: 'round-kind',
  target: 'round-target',
  cohortId: 'round-cohort',
  unitId: 'round-unit',
  levels: 'round-levels',
  fieldId: 'round-field',
  opensOn: 'round-opens-on',
  closesOn: 'round-closes-on',
  compareRoundId: 'round-compare',
} as const;

/** Rounds usually run for two weeks; opening today. */
export const DEFAULT_OPEN_DAYS = 14;

export function emptyRound(today: string): NewRoundState {
  return {
    name: '',
    kind: 'baseline',
    target: 'cohort',
    cohortId: '',
    unitId: '',
    levels: [...LEADER_LEVELS],
    fieldId: '',
    opensOn: today,
    closesOn: addDays(today, DEFAULT_OPEN_DAYS),
    compareRoundId: '',
  };
}

export type RoundProblem =
  | 'name'
  | 'cohort'
  | 'levels'
  | 'opensOn'
  | 'closesOn'
  | 'order'
  | 'past'
  | 'tooLong';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What must be put right before sending. `today` is the Copenhagen date. */
export function validateRound(s: NewRoundState, today: string): Array<{ id: string; problem: RoundProblem }> {
  const problems: Array<{ id: string; problem: RoundProblem }> = [];
  if (!s.name.trim()) problems.push({ id: ROUND_IDS.name, problem: 'name' });
  if (s.target === 'cohort' && !s.cohortId) problems.push({ id: ROUND_IDS.cohortId, problem: 'cohort' });
  if (s.target === 'leaders' && s.levels.length === 0)
    problems.push({ id: ROUND_IDS.levels, problem: 'levels' });
  const opensOk = DATE.test(s.opensOn);
  const closesOk = DATE.test(s.closesOn);
  if (!opensOk) problems.push({ id: ROUND_IDS.opensOn, problem: 'opensOn' });
  if (!closesOk) problems.push({ id: ROUND_IDS.closesOn, problem: 'closesOn' });
  if (closesOk && s.closesOn < today) problems.push({ id: ROUND_IDS.closesOn, problem: 'past' });
  else if (opensOk && closesOk && s.closesOn < s.opensOn)
    problems.push({ id: ROUND_IDS.closesOn, problem: 'order' });
  else if (
    opensOk &&
    closesOk &&
    s.closesOn > addDays(s.opensOn < today ? today : s.opensOn, AssessmentLimits.openDaysMax)
  )
    problems.push({ id: ROUND_IDS.closesOn, problem: 'tooLong' });
  return problems;
}

/**
 * When the round opens: at once when the day chosen is today (or earlier), else 8 am Copenhagen
 * time on that day.
 */
export function opensAtOf(opensOn: string, now: Date): string {
  // Today opens at once, also in the small hours before 8 am.
  if (opensOn <= copenhagenDate(now)) return now.toISOString();
  const morning = copenhagenInstant(opensOn, '08:00');
  return (morning.getTime() > now.getTime() ? morning : now).toISOString();
}

/** When the round closes: the end of the last day to answer, Copenhagen time. */
export function closesAtOf(closesOn: string): string {
  return new Date(copenhagenInstant(closesOn, '23:59').getTime() + 59_000).toISOString();
}

export function toCreateRoundBody(s: NewRoundState, now: Date): CreateRoundReq {
  return {
    name: s.name.trim(),
    kind: s.kind,
    cohortId: s.target === 'cohort' ? s.cohortId : null,
    population:
      s.target === 'leaders'
        ? { unitId: s.unitId || null, levels: [...s.levels], fieldId: s.fieldId || null }
        : null,
    opensAt: opensAtOf(s.opensOn, now),
    closesAt: closesAtOf(s.closesOn),
    compareRoundId: s.compareRoundId || null,
  };
}

/** The Copenhagen date today. */
export const todayIn = (now: Date): string => copenhagenDate(now);

/**
 * Where a server error belongs: a field path (`population.levels.0`, `closesAt`) or, for 409
 * `too_few_invited`, the choice of who answers.
 */
export function roundFieldId(field: string, target: NewRoundState['target']): string {
  const [first, second] = field.split('.');
  switch (first) {
    case 'name':
      return ROUND_IDS.name;
    case 'kind':
      return ROUND_IDS.kind;
    case 'cohortId':
      return target === 'cohort' ? ROUND_IDS.cohortId : ROUND_IDS.unitId;
    case 'population':
      if (second === 'levels') return ROUND_IDS.levels;
      if (second === 'fieldId') return ROUND_IDS.fieldId;
      return ROUND_IDS.unitId;
    case 'opensAt':
      return ROUND_IDS.opensOn;
    case 'closesAt':
      return ROUND_IDS.closesOn;
    case 'compareRoundId':
      return ROUND_IDS.compareRoundId;
    default:
      return target === 'cohort' ? ROUND_IDS.cohortId : ROUND_IDS.unitId;
  }
}
