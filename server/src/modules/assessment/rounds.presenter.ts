import type { Instrument } from '../../../../core/assessment/instrument.js';
import type { RoundKind, RoundPopulation, RoundSummary } from '../../../../core/schemas/assessment.js';
import type { OrgActor } from '../../lib/policy.js';
import { canManageRound } from './assessment.policy.js';
import { type RoundListRow, roundStatus } from './rounds.repository.js';
import { releaseK } from './settings.repository.js';

export interface RoundFacts {
  invited: number;
  answered: number;
  /** The organisation's k now: an open round closes with the larger of it and the round's k. */
  organisationK: number;
  facilitatorUserIds: readonly string[];
  /** Names of units and fields by id (the population's among them). */
  names: { units: ReadonlyMap<string, string>; fields: ReadonlyMap<string, string> };
}

/** The population of a round row (null for a cohort's round). */
export const populationOf = (row: Pick<RoundListRow, 'population'>): RoundPopulation | null =>
  row.population === null ? null : (JSON.parse(row.population) as RoundPopulation);

/**
 * The k of a closed round's release; for a round not closed yet, the k it would be released with
 * now (releaseK: the round's k, fixed when it was made, or the organisation's k now if higher).
 */
export const shownK = (row: Pick<RoundListRow, 'k' | 'closed_at'>, organisationKNow: number): number =>
  row.closed_at !== null ? (row.k ?? organisationKNow) : releaseK(row.k, organisationKNow);

/** A round as the list and the round page show it: counts only, never who answered. */
export function presentRound(
  row: RoundListRow,
  facts: RoundFacts,
  actor: OrgActor,
  now: string,
): RoundSummary {
  const instrument = JSON.parse(row.instrument) as Pick<Instrument, 'version'>;
  const population = populationOf(row);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as RoundKind,
    status: roundStatus(row, now),
    cohort: row.cohort_id && row.cohort_name !== null ? { id: row.cohort_id, name: row.cohort_name } : null,
    population,
    populationNames: population && {
      unit: (population.unitId && facts.names.units.get(population.unitId)) || null,
      field: (population.fieldId && facts.names.fields.get(population.fieldId)) || null,
    },
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    closedAt: row.closed_at,
    invited: facts.invited,
    answered: facts.answered,
    k: shownK(row, facts.organisationK),
    compareRound:
      row.compare_round_id && row.compare_name !== null
        ? { id: row.compare_round_id, name: row.compare_name }
        : null,
    instrumentVersion: instrument.version,
    reminderSentAt: row.reminder_sent_at,
    canManage: canManageRound(actor, facts.facilitatorUserIds),
  };
}
