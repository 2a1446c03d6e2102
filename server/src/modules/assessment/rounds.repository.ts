import type { RoundStatus } from '../../../../core/schemas/assessment.js';
import type { Executor } from '../../lib/context.js';
import type { AssessmentRoundRow } from './assessment.tables.js';

/** One round of the organisation (undefined for another organisation's or a missing one). */
export function findRound(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('assessment_rounds')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The user ids of the facilitators of the round's cohort ([] for a round without a cohort). */
export async function roundFacilitatorUserIds(exec: Executor, round: Pick<AssessmentRoundRow, 'cohort_id'>) {
  if (round.cohort_id === null) return [];
  const rows = await exec
    .selectFrom('cohort_facilitators')
    .select('user_id')
    .where('cohort_id', '=', round.cohort_id)
    .execute();
  return rows.map((r) => r.user_id);
}

/**
 * scheduled before opens_at; closed from closes_at on (or when closed by hand: closed_at); open in
 * between. A round past closes_at whose release the job has not yet computed (`closed_at` null)
 * is closed to answers already; its aggregates come when `release` is set.
 */
export function roundStatus(
  round: Pick<AssessmentRoundRow, 'opens_at' | 'closes_at' | 'closed_at'>,
  now: string,
): RoundStatus {
  const t = Date.parse(now);
  if (round.closed_at !== null || Date.parse(round.closes_at) <= t) return 'closed';
  return Date.parse(round.opens_at) <= t ? 'open' : 'scheduled';
}
