import type { Executor } from '../../lib/context.js';
import { roundFacilitatorUserIds } from './rounds.repository.js';

/**
 * The round's invitations of persons who take part now (not removed) in a cohort that has a
 * facilitator, joined with those facilitators (`f`). For a round without a cohort this is who can
 * share with whom: facilitatedInvitees reads it by facilitator, sharingReachesFacilitator by person.
 */
function invitedWithFacilitators(exec: Executor, organisationId: string, roundId: string) {
  return exec
    .selectFrom('assessment_invitations as i')
    .innerJoin('cohort_participants as cp', 'cp.person_id', 'i.person_id')
    .innerJoin('cohort_facilitators as f', 'f.cohort_id', 'cp.cohort_id')
    .where('i.organisation_id', '=', organisationId)
    .where('i.round_id', '=', roundId)
    .where('cp.organisation_id', '=', organisationId)
    .where('cp.removed_at', 'is', null)
    .where('f.organisation_id', '=', organisationId);
}

/**
 * The persons invited to the round who take part now (not removed) in a cohort the user
 * facilitates: whose shared profiles a facilitator reads in a round without a cohort.
 */
export async function facilitatedInvitees(
  exec: Executor,
  organisationId: string,
  roundId: string,
  userId: string,
): Promise<string[]> {
  const rows = await invitedWithFacilitators(exec, organisationId, roundId)
    .select('i.person_id')
    .distinct()
    .where('f.user_id', '=', userId)
    .execute();
  return rows.map((r) => r.person_id);
}

/**
 * Whether the person's shared profile of the round would reach at least one facilitator (the
 * profile's canShare): in a round with a cohort, the cohort has a facilitator; without one, the
 * person takes part now in a cohort that has a facilitator — the readers sharedProfilesOfRound
 * lets in. False for a round of another organisation or none.
 */
export async function sharingReachesFacilitator(
  exec: Executor,
  organisationId: string,
  roundId: string,
  personId: string,
): Promise<boolean> {
  const round = await exec
    .selectFrom('assessment_rounds')
    .select('cohort_id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', roundId)
    .executeTakeFirst();
  if (!round) return false;
  if (round.cohort_id !== null) return (await roundFacilitatorUserIds(exec, round)).length > 0;
  const row = await invitedWithFacilitators(exec, organisationId, roundId)
    .select('f.user_id')
    .where('i.person_id', '=', personId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The submitted profiles of the round that their persons shared with the facilitators, by name;
 * only of `personIds` when given. Nobody who did not share (or did not answer) is in it.
 */
export async function sharedProfiles(
  exec: Executor,
  organisationId: string,
  roundId: string,
  personIds: readonly string[] | 'all',
) {
  if (personIds !== 'all' && personIds.length === 0) return [];
  return exec
    .selectFrom('assessment_profiles as p')
    .innerJoin('persons as s', 's.id', 'p.person_id')
    .select(['s.id as person_id', 's.name', 'p.shared_with_facilitators_at', 'p.scores'])
    .where('p.organisation_id', '=', organisationId)
    .where('s.organisation_id', '=', organisationId)
    .where('p.round_id', '=', roundId)
    .where('p.submitted_at', 'is not', null)
    .where('p.scores', 'is not', null)
    .where('p.shared_with_facilitators_at', 'is not', null)
    .$if(personIds !== 'all', (q) => q.where('p.person_id', 'in', personIds as string[]))
    .orderBy('s.name')
    .orderBy('s.id')
    .execute();
}
