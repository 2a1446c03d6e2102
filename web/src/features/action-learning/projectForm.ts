import {
  ActionLearningLimits,
  type ActionProjectRes,
  type ProjectShare,
  type ProjectStatus,
  type SaveActionProjectReq,
} from '../../../../core/schemas/action-projects.js';

/** The project form's fields, as the inputs hold them. */
export interface ProjectFormState {
  title: string;
  challenge: string;
  question: string;
  attempt: string;
  involve: string;
  successMeasure: string;
  focusAreaIds: string[];
  status: ProjectStatus;
  share: ProjectShare;
}

export const TEXT_FIELDS = ['challenge', 'question', 'attempt', 'involve', 'successMeasure'] as const;
export type ProjectTextField = (typeof TEXT_FIELDS)[number];

/** Field ids on the page, one form per cohort (`key` tells them apart). */
export function projectIds(key: string) {
  const at = (name: string) => `project-${key}-${name}`;
  return {
    title: at('title'),
    challenge: at('challenge'),
    question: at('question'),
    attempt: at('attempt'),
    involve: at('involve'),
    successMeasure: at('success'),
    focusAreaIds: at('focus'),
    status: at('status'),
    share: at('share'),
  } as const;
}

export function projectToForm(p: ActionProjectRes | null): ProjectFormState {
  return {
    title: p?.title ?? '',
    challenge: p?.challenge ?? '',
    question: p?.question ?? '',
    attempt: p?.attempt ?? '',
    involve: p?.involve ?? '',
    successMeasure: p?.successMeasure ?? '',
    focusAreaIds: p?.focusAreaIds ?? [],
    status: p?.status ?? 'idea',
    share: p?.share ?? 'private',
  };
}

export const formToProject = (s: ProjectFormState, version: number | null): SaveActionProjectReq => ({
  ...s,
  title: s.title.trim(),
  challenge: s.challenge.trim(),
  question: s.question.trim(),
  attempt: s.attempt.trim(),
  involve: s.involve.trim(),
  successMeasure: s.successMeasure.trim(),
  version,
});

export type ProjectProblem = { field: 'title' | ProjectTextField; problem: 'required' | 'tooLong' };

/** What the server would refuse, said before sending: a title and a challenge, and no text too long. */
export function validateProject(s: ProjectFormState): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  if (!s.title.trim()) problems.push({ field: 'title', problem: 'required' });
  else if (s.title.trim().length > ActionLearningLimits.titleMax)
    problems.push({ field: 'title', problem: 'tooLong' });
  for (const field of TEXT_FIELDS) {
    const value = s[field].trim();
    if (field === 'challenge' && !value) problems.push({ field, problem: 'required' });
    else if (value.length > ActionLearningLimits.projectTextMax) problems.push({ field, problem: 'tooLong' });
  }
  return problems;
}
