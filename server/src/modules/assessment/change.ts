/**
 * Change between two closed rounds, group by group and dimension by dimension, from the two
 * rounds' stored releases only. Shown when core `releaseChange` allows it: the group (and the
 * dimension) is released in both rounds, and the people invited to it changed by 0 or by k or more
 * both ways, counted from the rounds' invitation lists (never from who answered).
 */
import { type Breakdown, buildCells, type CellGroup } from '../../../../core/assessment/cells.js';
import {
  type CellStatus,
  type ChangeSuppression,
  groupId,
  groupMembers,
  type ReleaseRespondent,
  releaseChange,
} from '../../../../core/assessment/release.js';
import type { Level } from '../../../../core/organisation.js';
import type { StoredCell, StoredRelease } from './stored-release.js';

/** Where an invited person stood in a round (an `assessment_invitations` row, parsed). */
export interface InvitedPlacement {
  personId: string;
  unitPath: readonly string[];
  level: Level;
  fieldId: string | null;
  filterKeys: readonly string[];
}

export type ReleasedStoredCell = Extract<StoredCell, { released: true }>;

/** A dimension's change: the difference of the exact means (null when one has none), or why not. */
export type CellChange =
  | { released: true; delta: number | null }
  | { released: false; reason: ChangeSuppression };

/** One round's side of a comparison. */
export interface ChangeSide {
  release: StoredRelease;
  invited: readonly InvitedPlacement[];
}

const asRespondents = (people: readonly InvitedPlacement[]): ReleaseRespondent[] =>
  people.map((p) => ({ id: p.personId, unitPath: p.unitPath, level: p.level, fieldId: p.fieldId }));

/** The people invited to each group of the whole round, or of one of its filters. */
export function invitedByGroup(
  people: readonly InvitedPlacement[],
  filter: string | null,
): Map<string, Set<string>> {
  const asPeople = asRespondents(people);
  const filters =
    filter === null
      ? []
      : [
          {
            key: filter,
            respondentIds: people.filter((p) => p.filterKeys.includes(filter)).map((p) => p.personId),
          },
        ];
  return groupMembers(asPeople, filters);
}

/**
 * The groups of one breakdown that somebody was invited to, in the whole round or one of its
 * filters, keyed as the release keys its cells. The heatmap lists these, answered or not.
 */
export function invitedGroups(
  people: readonly InvitedPlacement[],
  filter: string | null,
  breakdown: Breakdown,
): Array<{ key: string; group: CellGroup }> {
  const inside = filter === null ? people : people.filter((p) => p.filterKeys.includes(filter));
  const { cells } = buildCells(asRespondents(inside), [inside.map((_, i) => i)]);
  return cells.filter((c) => c.breakdown === breakdown).map((c) => ({ key: c.key, group: c.group }));
}

/** A dimension's status in a stored cell, as releaseChange reads it (undefined: no such group). */
function statusOf(cell: StoredCell | undefined, dimension: string): CellStatus | undefined {
  if (!cell) return undefined;
  if (!cell.released) return { released: false, reason: cell.reason };
  const d = cell.dimensions[dimension];
  if (!d) return undefined;
  return d.released ? { released: true } : { released: false, reason: d.reason };
}

/**
 * For one breakdown of one population (null: the whole round), a function giving the change of a
 * released cell's dimension from `before` (the compared round) to `after` (the round shown).
 */
export function changeFinder(
  breakdown: Breakdown,
  filter: string | null,
  after: ChangeSide,
  before: ChangeSide,
): (cell: ReleasedStoredCell, dimension: string) => CellChange {
  const beforeCells = before.release.populations.find((p) => p.filter === filter)?.breakdowns[breakdown];
  // The compared round has no such filter: nothing to compare with.
  if (!beforeCells) return () => ({ released: false, reason: 'too_few' });
  const beforeByKey = new Map(beforeCells.map((c) => [c.key, c]));
  const invitedAfter = invitedByGroup(after.invited, filter);
  const invitedBefore = invitedByGroup(before.invited, filter);
  const k = Math.max(after.release.k, before.release.k);
  return (cell, dimension) => {
    const old = beforeByKey.get(cell.key);
    const id = groupId(filter, breakdown, cell.key);
    const decision = releaseChange({
      k,
      before: statusOf(old, dimension),
      after: statusOf(cell, dimension),
      invitedBefore: invitedBefore.get(id) ?? [],
      invitedAfter: invitedAfter.get(id) ?? [],
    });
    if (!decision.released) return decision;
    const now = cell.dimensions[dimension];
    const then = old?.released ? old.dimensions[dimension] : undefined;
    const delta =
      now?.released && then?.released && now.mean !== null && then.mean !== null
        ? now.mean - then.mean
        : null;
    return { released: true, delta };
  };
}
