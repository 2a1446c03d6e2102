import {
  type DiversityScore,
  managerPairsTogether,
  overallScore,
  type SetCandidate,
  scoreSet,
} from '../../../../core/learning-sets.js';
import type {
  LearningSetProposalRes,
  LearningSetsRes,
  SaveLearningSetsReq,
  SetMemberRes,
} from '../../../../core/schemas/learning-sets.js';

/** Set sizes offered on the page (the server takes 3–12). */
export const SIZE_CHOICES = [4, 5, 6, 7, 8] as const;
export const DEFAULT_SIZE = 6;

/** A set being edited: `key` stays while its name may change; '' facilitator: none. */
export interface DraftSet {
  key: string;
  /** The saved set this is; undefined for a set of a new proposal. */
  savedId?: string;
  name: string;
  facilitatorUserId: string;
  members: SetMemberRes[];
}

/** The split being edited, and who is in no set (from a saved split that left people out). */
export interface Draft {
  sets: DraftSet[];
  unassigned: SetMemberRes[];
}

/** The key of "no set" as a move target. */
export const NO_SET = '';

export function draftFromProposal(p: LearningSetProposalRes): Draft {
  return {
    sets: p.sets.map((s, i) => ({ key: `s${i}`, name: s.name, facilitatorUserId: '', members: s.members })),
    unassigned: [],
  };
}

export function draftFromSaved(saved: LearningSetsRes): Draft {
  return {
    sets: saved.sets.map((s) => ({
      key: s.id,
      savedId: s.id,
      name: s.name,
      facilitatorUserId: s.facilitator?.id ?? '',
      members: s.members,
    })),
    unassigned: saved.unassigned,
  };
}

const byName = (a: SetMemberRes, b: SetMemberRes) => a.name.localeCompare(b.name, 'da');

/** Moves a person to the set with `toKey` (or out of every set with NO_SET); the rest stays. */
export function moveMember(draft: Draft, personId: string, toKey: string): Draft {
  const person =
    draft.sets.flatMap((s) => s.members).find((m) => m.personId === personId) ??
    draft.unassigned.find((m) => m.personId === personId);
  if (!person) return draft;
  const without = (list: SetMemberRes[]) => list.filter((m) => m.personId !== personId);
  const sets = draft.sets.map((s) => ({
    ...s,
    members: s.key === toKey ? [...without(s.members), person].sort(byName) : without(s.members),
  }));
  const unassigned =
    toKey === NO_SET ? [...without(draft.unassigned), person].sort(byName) : without(draft.unassigned);
  return { sets, unassigned };
}

export function setFacilitator(draft: Draft, key: string, facilitatorUserId: string): Draft {
  return { ...draft, sets: draft.sets.map((s) => (s.key === key ? { ...s, facilitatorUserId } : s)) };
}

const candidate = (m: SetMemberRes): SetCandidate => ({
  personId: m.personId,
  areaId: m.areaId,
  fieldId: m.fieldId,
  level: m.level,
  managerIds: m.managerIds,
});

const ZERO: DiversityScore = { areas: 0, fields: 0, levels: 0, total: 0 };

/** The set's score, computed in the browser as the server does (core/learning-sets.ts). */
export function scoreMembers(members: readonly SetMemberRes[]): DiversityScore {
  return members.length === 0 ? ZERO : scoreSet(members.map(candidate));
}

/** The whole split's score over the sets that have members. */
export function draftOverall(draft: Draft): DiversityScore {
  const sets = draft.sets.filter((s) => s.members.length > 0);
  return overallScore(
    sets.map((s) => scoreMembers(s.members)),
    sets.map((s) => s.members.length),
  );
}

/** A score as a whole number out of 100. */
export const outOf100 = (score: number): number => Math.round(score * 100);

/** How many different areas, fields and levels a set mixes (people without one count as none). */
export function mixCounts(members: readonly SetMemberRes[]): {
  areas: number;
  fields: number;
  levels: number;
} {
  const distinct = (pick: (m: SetMemberRes) => string | null) =>
    new Set(members.map(pick).filter((v) => v !== null)).size;
  return {
    areas: distinct((m) => m.areaId),
    fields: distinct((m) => m.fieldId),
    levels: distinct((m) => m.level),
  };
}

/** Managers placed with their own reports, by name, so the page can say who to move. */
export function managerConflicts(draft: Draft): Array<{ manager: string; report: string }> {
  const people = [...draft.sets.flatMap((s) => s.members), ...draft.unassigned];
  const names = new Map(people.map((p) => [p.personId, p.name]));
  return managerPairsTogether(
    draft.sets.map((s) => s.members.map((m) => m.personId)),
    people.map(candidate),
  ).map((p) => ({ manager: names.get(p.managerId) ?? '?', report: names.get(p.reportId) ?? '?' }));
}

/** The body of the save: sets without members are left out. */
export function toSaveBody(draft: Draft): SaveLearningSetsReq {
  return {
    sets: draft.sets
      .filter((s) => s.members.length > 0)
      .map((s) => ({
        ...(s.savedId ? { id: s.savedId } : {}),
        name: s.name,
        facilitatorUserId: s.facilitatorUserId || null,
        personIds: s.members.map((m) => m.personId),
      })),
  };
}

/** Manager-and-report pairs that sit together, with the set they sit in. */
function pairsTogether(draft: Draft) {
  const people = [...draft.sets.flatMap((s) => s.members), ...draft.unassigned];
  const setOf = new Map(draft.sets.flatMap((s) => s.members.map((m) => [m.personId, s.key] as const)));
  const names = new Map(people.map((p) => [p.personId, p.name]));
  return managerPairsTogether(
    draft.sets.map((s) => s.members.map((m) => m.personId)),
    people.map(candidate),
  ).map((p) => ({
    ...p,
    manager: names.get(p.managerId) ?? '?',
    report: names.get(p.reportId) ?? '?',
    setKey: setOf.get(p.reportId) ?? NO_SET,
  }));
}

/** The keys of the sets that hold a manager with their own report (to mark them before saving). */
export function setsWithPairs(draft: Draft): Set<string> {
  return new Set(pairsTogether(draft).map((p) => p.setKey));
}

/** The pairs a person now sits in: what to warn about right after moving them. */
export function pairsInvolving(draft: Draft, personId: string): Array<{ manager: string; report: string }> {
  return pairsTogether(draft)
    .filter((p) => p.managerId === personId || p.reportId === personId)
    .map(({ manager, report }) => ({ manager, report }));
}
