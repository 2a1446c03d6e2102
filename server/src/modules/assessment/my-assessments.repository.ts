import type { Executor, Trx } from '../../lib/context.js';
import type { AssessmentProfileRow } from './assessment.tables.js';

/**
 * SQL of a leader's own rounds and profile. Every function takes the organisation and the
 * caller's own person ids: nothing here reads another person's profile (see
 * shared-profiles.repository.ts for the one reader besides the person).
 */

/**
 * The person the account is in the organisation, not marked as left: who "me" is. At most one
 * (persons_org_user_uq); a list, so that no person means no rows rather than a special case.
 */
export async function myPersonIds(exec: Executor, organisationId: string, userId: string) {
  const rows = await exec
    .selectFrom('persons')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .where('left_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The rounds the persons are invited to, with the profile each has there; newest first. */
export async function myInvitations(
  exec: Executor,
  organisationId: string,
  personIds: readonly string[],
  roundId?: string,
) {
  if (personIds.length === 0) return [];
  return exec
    .selectFrom('assessment_invitations as i')
    .innerJoin('assessment_rounds as r', 'r.id', 'i.round_id')
    .leftJoin('assessment_profiles as p', (join) =>
      join.onRef('p.round_id', '=', 'i.round_id').onRef('p.person_id', '=', 'i.person_id'),
    )
    .select([
      'i.person_id',
      'r.id',
      'r.name',
      'r.kind',
      'r.opens_at',
      'r.closes_at',
      'r.closed_at',
      'r.instrument',
      'r.compare_round_id',
      'p.id as profile_id',
      'p.answers',
      'p.submitted_at',
      'p.shared_with_facilitators_at',
    ])
    .where('i.organisation_id', '=', organisationId)
    .where('r.organisation_id', '=', organisationId)
    .where('i.person_id', 'in', personIds)
    .$if(roundId !== undefined, (q) => q.where('r.id', '=', roundId as string))
    .orderBy('r.opens_at', 'desc')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .execute();
}
export type MyInvitationRow = Awaited<ReturnType<typeof myInvitations>>[number];

/**
 * The person's profile in the round. `lock` (PostgreSQL) holds the row until the transaction
 * ends, so two saves merge one after the other instead of one overwriting the other.
 */
export function findProfile(
  exec: Executor,
  organisationId: string,
  roundId: string,
  personId: string,
  lock = false,
): Promise<AssessmentProfileRow | undefined> {
  return exec
    .selectFrom('assessment_profiles')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('round_id', '=', roundId)
    .where('person_id', '=', personId)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function insertProfile(trx: Trx, row: AssessmentProfileRow): Promise<void> {
  await trx.insertInto('assessment_profiles').values(row).execute();
}

/** Saves the draft's answers; false when it was submitted meanwhile. */
export async function updateDraft(trx: Trx, id: string, answers: string, now: string): Promise<boolean> {
  const result = await trx
    .updateTable('assessment_profiles')
    .set({ answers, updated_at: now })
    .where('id', '=', id)
    .where('submitted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Submits the draft with its scores, only when it is not submitted yet: of two submits at once
 * exactly one changes the row (PostgreSQL re-checks the condition after the first commits).
 */
export async function submitDraft(trx: Trx, id: string, scores: string, now: string): Promise<boolean> {
  const result = await trx
    .updateTable('assessment_profiles')
    .set({ scores, submitted_at: now, updated_at: now })
    .where('id', '=', id)
    .where('submitted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setShared(trx: Trx, id: string, sharedAt: string | null, now: string): Promise<void> {
  await trx
    .updateTable('assessment_profiles')
    .set({ shared_with_facilitators_at: sharedAt, updated_at: now })
    .where('id', '=', id)
    .where('submitted_at', 'is not', null)
    .execute();
}

/**
 * The persons' submitted profiles in other rounds that opened before `before`, latest first
 * (`roundId`: only that round). For the change since the previous round.
 */
export function earlierSubmitted(
  exec: Executor,
  organisationId: string,
  personIds: readonly string[],
  exceptRoundId: string,
  options: { before?: string; roundId?: string },
) {
  return exec
    .selectFrom('assessment_profiles as p')
    .innerJoin('assessment_rounds as r', 'r.id', 'p.round_id')
    .select(['r.id', 'r.name', 'p.scores'])
    .where('p.organisation_id', '=', organisationId)
    .where('r.organisation_id', '=', organisationId)
    .where('p.person_id', 'in', personIds)
    .where('p.submitted_at', 'is not', null)
    .where('p.scores', 'is not', null)
    .where('r.id', '!=', exceptRoundId)
    .$if(options.before !== undefined, (q) => q.where('r.opens_at', '<', options.before as string))
    .$if(options.roundId !== undefined, (q) => q.where('r.id', '=', options.roundId as string))
    .orderBy('r.opens_at', 'desc')
    .orderBy('p.submitted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * PostgreSQL: holds the round row (FOR SHARE) until the transaction ends, so a close — which
 * claims the row with an UPDATE before it reads the submitted profiles — waits for this write,
 * or this write waits for the close and then finds the round closed. SQLite needs nothing: every
 * transaction is BEGIN IMMEDIATE, so the two never overlap.
 */
export async function holdRoundAgainstClose(trx: Trx, organisationId: string, roundId: string) {
  await trx
    .selectFrom('assessment_rounds')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', roundId)
    .forShare()
    .execute();
}
