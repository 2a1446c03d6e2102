import { describe, expect, it } from 'vitest';
import type { LearningSetProposalRes, SetMemberRes } from '../../../../core/schemas/learning-sets.js';
import {
  draftFromProposal,
  draftOverall,
  managerConflicts,
  mixCounts,
  moveMember,
  NO_SET,
  outOf100,
  scoreMembers,
  setFacilitator,
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
