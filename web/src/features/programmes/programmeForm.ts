import { type ProgrammeBodyReq, ProgrammeLimits } from '../../../../core/schemas/programmes.js';

export interface ProgrammeFormState {
  title: string;
  purpose: string;
  /** One owner (a unit or a person) per line. */
  owners: string;
}

export const PROGRAMME_IDS = {
  title: 'programme-title',
  purpose: 'programme-purpose',
  owners: 'programme-owners',
  template: 'programme-template',
  versionName: 'programme-version-name',
} as const;

export function ownersFromLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function toProgrammeBody(s: ProgrammeFormState): ProgrammeBodyReq {
  return { title: s.title.trim(), purpose: s.purpose.trim(), owners: ownersFromLines(s.owners) };
}

export type ProgrammeProblem = 'title' | 'tooManyOwners' | 'versionName';

/** What must be put right before sending; `versionName` only when creating. */
export function validateProgramme(
  s: ProgrammeFormState,
  versionName?: string,
): Array<{ id: string; problem: ProgrammeProblem }> {
  const problems: Array<{ id: string; problem: ProgrammeProblem }> = [];
  if (!s.title.trim()) problems.push({ id: PROGRAMME_IDS.title, problem: 'title' });
  if (ownersFromLines(s.owners).length > ProgrammeLimits.ownersMax)
    problems.push({ id: PROGRAMME_IDS.owners, problem: 'tooManyOwners' });
  if (versionName !== undefined && !versionName.trim())
    problems.push({ id: PROGRAMME_IDS.versionName, problem: 'versionName' });
  return problems;
}

/** Where a server field error belongs: `owners.2` is the owners field. */
export function programmeFieldId(field: string): string {
  const first = field.split('.')[0] ?? '';
  return first in PROGRAMME_IDS ? PROGRAMME_IDS[first as keyof typeof PROGRAMME_IDS] : PROGRAMME_IDS.title;
}

/** A colour as the server wants it (#rrggbb), from what was typed; null when it is not one. */
export function normaliseColour(input: string): string | null {
  const t = input.trim().replace(/^#?/, '#').toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(t)) return t;
  if (/^#[0-9a-f]{3}$/.test(t)) return `#${[...t.slice(1)].map((c) => c + c).join('')}`;
  return null;
}
