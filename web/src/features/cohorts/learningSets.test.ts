import { describe, expect, it } from 'vitest';
import type { LearningSetProposalRes, SetMemberRes } from '../../../../core/schemas/learning-sets.js';
import {
  draftFromProposal,
  draftFromSaved,
  draftOverall,
  managerConflicts,
  mixCounts,
  moveMember,
  NO_SET,
  outOf100,
  pairsInvolving,
  scoreMembers,
  setFacilitator,
  setsWithPairs,
  toSaveBody,
} from './learningSets.js';

const member = (id: string, area: string, field: string | null, extra: Partial<SetMemberRes> = {}) =>
  ({
    personId: id,
    name: id.toUpperCase(),
    areaId: area,
    areaName: `Område ${area}`,
    fieldId: field,
    fieldName: field,
    level: 'leder',
    managerIds: [],
    ...extra,
  }) as SetMemberRes;

const score = { areas: 1, fields: 1, levels: 0, total: 0.8 };
const proposal: LearningSetProposalRes = {
  size: 3,
  seed: 1,
  sets: [
    { name: 'Sæt 1', members: [member('a', '1', 'x'), member('b', '2', 'y'), member('c', '3', 'z')], score },
    {
      name: 'Sæt 2',
      members: [member('d', '1', 'x'), member('e', '1', 'x'), member('f', '2', null, { managerIds: ['a'] })],
      score,
    },
  ],
  overall: score,
  constraints: [],
};

describe('learning sets on the page', () => {
  it('moves a person between sets and out of every set, keeping names in order', () => {
    const draft = draftFromProposal(proposal);
    const moved = moveMember(draft, 'd', 's0');
    expect(moved.sets[0]!.members.map((m) => m.personId)).toEqual(['a', 'b', 'c', 'd']);
    expect(moved.sets[1]!.members.map((m) => m.personId)).toEqual(['e', 'f']);
    const out = moveMember(moved, 'a', NO_SET);
    expect(out.unassigned.map((m) => m.personId)).toEqual(['a']);
    expect(moveMember(out, 'a', 's1').unassigned).toEqual([]);
    expect(moveMember(draft, 'nobody', 's0')).toBe(draft);
  });

  it('rescores as people move: a set of one area mixes less', () => {
    const draft = draftFromProposal(proposal);
    const mixed = scoreMembers(draft.sets[0]!.members);
    const same = scoreMembers([member('d', '1', 'x'), member('e', '1', 'x')]);
    expect(mixed.areas).toBeGreaterThan(same.areas);
    expect(scoreMembers([]).total).toBe(0);
    const before = draftOverall(draft).total;
    const worse = draftOverall(moveMember(moveMember(draft, 'b', 's1'), 'd', 's0'));
    expect(worse.total).not.toBe(before);
    expect(outOf100(0.834)).toBe(83);
  });

  it('counts what a set mixes', () => {
    expect(mixCounts(proposal.sets[1]!.members)).toEqual({ areas: 2, fields: 1, levels: 1 });
  });

  it('names a manager placed with their report', () => {
    const draft = draftFromProposal(proposal);
    expect(managerConflicts(draft)).toEqual([]);
    expect(managerConflicts(moveMember(draft, 'f', 's0'))).toEqual([{ manager: 'A', report: 'F' }]);
  });

  it('saves sets with members, with their facilitators', () => {
    const draft = setFacilitator(draftFromProposal(proposal), 's1', 'u1');
    const emptied = moveMember(moveMember(moveMember(draft, 'a', 's1'), 'b', 's1'), 'c', 's1');
    expect(toSaveBody(emptied)).toEqual({
      sets: [{ name: 'Sæt 2', facilitatorUserId: 'u1', personIds: ['a', 'b', 'c', 'd', 'e', 'f'] }],
    });
    expect(toSaveBody(draft).sets[0]!.facilitatorUserId).toBeNull();
  });
});

describe('saving a saved split again', () => {
  it('names each saved set by its id, so a dropped set does not pass its meetings on', () => {
    const id = (n: number) => `00000000-0000-4000-a000-00000000000${n}`;
    const saved = draftFromSaved({
      cohortId: id(0),
      lockedAt: null,
      sets: proposal.sets.map((s, i) => ({
        id: id(i + 1),
        name: s.name,
        facilitator: null,
        members: s.members,
        score,
      })),
      overall: score,
      unassigned: [],
      constraints: [],
    });
    const emptied = ['a', 'b', 'c'].reduce((d, p) => moveMember(d, p, id(2)), saved);
    expect(toSaveBody(emptied).sets.map((s) => [s.id, s.name])).toEqual([[id(2), 'Sæt 2']]);
    expect(toSaveBody(draftFromProposal(proposal)).sets.every((s) => s.id === undefined)).toBe(true);
  });
});

describe('warnings while moving', () => {
  it('marks the set and names the pair the moved person now sits in', () => {
    const draft = draftFromProposal(proposal);
    expect(setsWithPairs(draft)).toEqual(new Set());
    const moved = moveMember(draft, 'f', 's0');
    expect(setsWithPairs(moved)).toEqual(new Set(['s0']));
    expect(pairsInvolving(moved, 'f')).toEqual([{ manager: 'A', report: 'F' }]);
    expect(pairsInvolving(moved, 'a')).toEqual([{ manager: 'A', report: 'F' }]);
    expect(pairsInvolving(moved, 'b')).toEqual([]);
    expect(setsWithPairs(moveMember(moved, 'a', NO_SET))).toEqual(new Set());
  });
});
