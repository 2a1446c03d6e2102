/**
 * The release of a closed round, as stored on `assessment_rounds.release`: computed once at close
 * from the anonymous responses through core/assessment/release.ts, then only read. It keeps the
 * aggregates of released cells and the reason of suppressed ones — never which responses made a
 * cell, so nothing read later can be narrowed to a person.
 */

import type { Instrument } from '../../../../core/assessment/instrument.js';
import {
  BREAKDOWNS,
  type Breakdown,
  type CellGroup,
  type ReleaseRespondent,
  releaseRound,
  type Suppression,
} from '../../../../core/assessment/release.js';
import type { Answers } from '../../../../core/assessment/scoring.js';
import { aggregateGroup, scoredDimensions, scoreRespondent } from '../../../../core/assessment/scoring.js';
import type { Level } from '../../../../core/organisation.js';
import type { RoundFilter } from '../../../../core/schemas/assessment.js';

export interface StoredDimension {
  released: true;
  respondents: number;
  mean: number | null;
  favourable: number;
  neutral: number;
  unfavourable: number;
}
export type StoredDimensionStatus = StoredDimension | { released: false; reason: Suppression };

export type StoredCell =
  | {
      key: string;
      group: CellGroup;
      released: true;
      count: number;
      dimensions: Record<string, StoredDimensionStatus>;
    }
  | { key: string; group: CellGroup; released: false; reason: Suppression };

export interface StoredRelease {
  k: number;
  /** Dimension keys in the instrument's order. */
  dimensions: string[];
  /** Depth of every unit that appears (0: top of the organisation). */
  unitDepths: Record<string, number>;
  populations: Array<{ filter: string | null; breakdowns: Record<Breakdown, StoredCell[]> }>;
}

/** One anonymous response as read from `assessment_responses`. */
export interface AnonymousResponse {
  id: string;
  unitPath: string[];
  level: Level;
  fieldId: string | null;
  filterKeys: string[];
  answers: Answers;
}

/** Every breakdown of the round and of each of its filters, released or marked suppressed. */
export function computeStoredRelease(
  instrument: Instrument,
  responses: readonly AnonymousResponse[],
  filters: readonly RoundFilter[],
  k: number,
): StoredRelease {
  const respondents: ReleaseRespondent[] = responses.map((r) => ({
    id: r.id,
    unitPath: r.unitPath,
    level: r.level,
    fieldId: r.fieldId,
    scored: scoredDimensions(scoreRespondent(instrument, r.answers)),
  }));
  const dimensions = instrument.dimensions.map((d) => d.key);
  const release = releaseRound(respondents, {
    k,
    dimensions,
    filters: filters.map((f) => ({
      key: f.key,
      respondentIds: responses.filter((r) => r.filterKeys.includes(f.key)).map((r) => r.id),
    })),
  });
  const answersOf = new Map(responses.map((r) => [r.id, r.answers]));
  const unitDepths: Record<string, number> = {};
  for (const r of responses) {
    r.unitPath.forEach((unit, depth) => {
      unitDepths[unit] = depth;
    });
  }
  return {
    k: release.k,
    dimensions,
    unitDepths,
    populations: release.populations.map((p) => {
      const breakdowns = Object.fromEntries(BREAKDOWNS.map((b) => [b, [] as StoredCell[]])) as Record<
        Breakdown,
        StoredCell[]
      >;
      for (const b of BREAKDOWNS) {
        breakdowns[b] = p.breakdowns[b].map((cell): StoredCell => {
          if (!cell.released)
            return { key: cell.key, group: cell.group, released: false, reason: cell.reason };
          const group = cell.respondentIds.map((id) => answersOf.get(id) ?? {});
          const aggregates = new Map(aggregateGroup(instrument, group).map((a) => [a.dimension, a]));
          return {
            key: cell.key,
            group: cell.group,
            released: true,
            count: cell.count,
            dimensions: Object.fromEntries(
              dimensions.map((d): [string, StoredDimensionStatus] => {
                const status = cell.dimensions[d];
                if (status && !status.released) return [d, { released: false, reason: status.reason }];
                const a = aggregates.get(d);
                return [
                  d,
                  {
                    released: true,
                    respondents: a?.respondents ?? 0,
                    mean: a?.mean ?? null,
                    favourable: a?.favourable ?? 0,
                    neutral: a?.neutral ?? 0,
                    unfavourable: a?.unfavourable ?? 0,
                  },
                ];
              }),
            ),
          };
        });
      }
      return { filter: p.filter, breakdowns };
    }),
  };
}
