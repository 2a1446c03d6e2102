import type { CohortRes, CreateCohortReq, UpdateCohortReq } from '../../../../core/schemas/cohorts.js';

export interface CohortFormState {
  versionId: string;
  name: string;
  /** YYYY-MM-DD, as `<input type="date">` holds it. */
  startsOn: string;
  endsOn: string;
  facilitatorUserIds: string[];
}

export const COHORT_IDS = {
  versionId: 'cohort-version',
  name: 'cohort-name',
  startsOn: 'cohort-starts-on',
  endsOn: 'cohort-ends-on',
  facilitatorUserIds: 'cohort-facilitators',
} as const;

export const emptyCohort = (facilitatorUserIds: string[] = []): CohortFormState => ({
  versionId: '',
  name: '',
  startsOn: '',
  endsOn: '',
  facilitatorUserIds,
});

export const cohortToForm = (c: CohortRes): CohortFormState => ({
  versionId: c.version.id,
  name: c.name,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  facilitatorUserIds: c.facilitators.map((f) => f.id),
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
