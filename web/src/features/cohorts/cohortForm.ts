import {
  type CohortRes,
  type CreateCohortReq,
  DEFAULT_REMINDER_HOURS,
  type UpdateCohortReq,
} from '../../../../core/schemas/cohorts.js';

export interface CohortFormState {
  versionId: string;
  name: string;
  /** YYYY-MM-DD, as `<input type="date">` holds it. */
  startsOn: string;
  endsOn: string;
  facilitatorUserIds: string[];
  /** Hours before each activity, as the select holds it; '' for no reminders. */
  reminderHours: string;
}

/** The reminder times offered: a day, two days, three days and a week before. */
export const REMINDER_CHOICES = [24, 48, 72, 168] as const;

/** The choices for the select, with a saved value that is not among them kept as it is. */
export function reminderChoices(current: string): number[] {
  const n = Number(current);
  const all: number[] = [...REMINDER_CHOICES];
  if (current !== '' && !all.includes(n)) all.push(n);
  return all.sort((a, b) => a - b);
}

export const COHORT_IDS = {
  versionId: 'cohort-version',
  name: 'cohort-name',
  startsOn: 'cohort-starts-on',
  endsOn: 'cohort-ends-on',
  facilitatorUserIds: 'cohort-facilitators',
  reminderHours: 'cohort-reminder-hours',
} as const;

export const emptyCohort = (facilitatorUserIds: string[] = []): CohortFormState => ({
  versionId: '',
  name: '',
  startsOn: '',
  endsOn: '',
  facilitatorUserIds,
  reminderHours: String(DEFAULT_REMINDER_HOURS),
});

export const cohortToForm = (c: CohortRes): CohortFormState => ({
  versionId: c.version.id,
  name: c.name,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  facilitatorUserIds: c.facilitators.map((f) => f.id),
  reminderHours: c.reminderHours === null ? '' : String(c.reminderHours),
});

export type CohortProblem = 'version' | 'name' | 'startsOn' | 'endsOn' | 'periodOrder';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What must be put right before sending; `versionId` only when starting a cohort. */
export function validateCohort(
  s: CohortFormState,
  creating: boolean,
): Array<{ id: string; problem: CohortProblem }> {
  const problems: Array<{ id: string; problem: CohortProblem }> = [];
  if (creating && !s.versionId) problems.push({ id: COHORT_IDS.versionId, problem: 'version' });
  if (!s.name.trim()) problems.push({ id: COHORT_IDS.name, problem: 'name' });
  const startOk = DATE.test(s.startsOn);
  const endOk = DATE.test(s.endsOn);
  if (!startOk) problems.push({ id: COHORT_IDS.startsOn, problem: 'startsOn' });
  if (!endOk) problems.push({ id: COHORT_IDS.endsOn, problem: 'endsOn' });
  if (startOk && endOk && s.endsOn < s.startsOn)
    problems.push({ id: COHORT_IDS.endsOn, problem: 'periodOrder' });
  return problems;
}

export function toUpdateCohortBody(s: CohortFormState): UpdateCohortReq {
  return {
    name: s.name.trim(),
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    facilitatorUserIds: [...new Set(s.facilitatorUserIds)],
    reminderHours: s.reminderHours === '' ? null : Number(s.reminderHours),
  };
}

export function toCreateCohortBody(s: CohortFormState): CreateCohortReq {
  return { versionId: s.versionId, ...toUpdateCohortBody(s) };
}

/** Where a server field error belongs: `facilitatorUserIds.2` is the facilitators' checkboxes. */
export function cohortFieldId(field: string): string {
  const first = field.split('.')[0] ?? '';
  return first in COHORT_IDS ? COHORT_IDS[first as keyof typeof COHORT_IDS] : COHORT_IDS.name;
}
