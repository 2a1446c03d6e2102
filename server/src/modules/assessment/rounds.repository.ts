import { sql } from 'kysely';
import type { RoundStatus } from '../../../../core/schemas/assessment.js';
import type { Executor, Trx } from '../../lib/context.js';
import type { AssessmentRoundRow, NewAssessmentRoundRow } from './assessment.tables.js';

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

// Lists and counts ----------------------------------------------------------------------------

/** What a round's summary shows (not its stored release, which can be large). */
const SUMMARY_COLUMNS = [
  'r.id',
  'r.name',
  'r.kind',
  'r.cohort_id',
  'r.population',
  'r.instrument',
  'r.compare_round_id',
  'r.opens_at',
  'r.closes_at',
  'r.closed_at',
  'r.k',
  'r.reminder_sent_at',
  'c.name as cohort_name',
  'cmp.name as compare_name',
] as const;

/** The organisation's rounds with their cohort's and compared round's names, newest first. */
export function listRounds(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('assessment_rounds as r')
    .leftJoin('cohorts as c', 'c.id', 'r.cohort_id')
    .leftJoin('assessment_rounds as cmp', 'cmp.id', 'r.compare_round_id')
    .select(SUMMARY_COLUMNS)
    .where('r.organisation_id', '=', organisationId)
    .orderBy('r.opens_at', 'desc')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .execute();
}
export type RoundListRow = Awaited<ReturnType<typeof listRounds>>[number];

/** One round as listRounds gives it. */
export function findRoundForDisplay(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('assessment_rounds as r')
    .leftJoin('cohorts as c', 'c.id', 'r.cohort_id')
    .leftJoin('assessment_rounds as cmp', 'cmp.id', 'r.compare_round_id')
    .select(SUMMARY_COLUMNS)
    .where('r.organisation_id', '=', organisationId)
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** Invited and submitted per round: counts only, never who. */
export async function roundCounts(exec: Executor, roundIds: string[]) {
  const counts = new Map(roundIds.map((id) => [id, { invited: 0, answered: 0 }]));
  if (roundIds.length === 0) return counts;
  const [invited, answered] = await Promise.all([
    exec
      .selectFrom('assessment_invitations')
      .select((eb) => ['round_id', eb.fn.countAll<number>().as('n')])
      .where('round_id', 'in', roundIds)
      .groupBy('round_id')
      .execute(),
    exec
      .selectFrom('assessment_profiles')
      .select((eb) => ['round_id', eb.fn.countAll<number>().as('n')])
      .where('round_id', 'in', roundIds)
      .where('submitted_at', 'is not', null)
      .groupBy('round_id')
      .execute(),
  ]);
  for (const r of invited) {
    const c = counts.get(r.round_id);
    if (c) c.invited = Number(r.n);
  }
  for (const r of answered) {
    const c = counts.get(r.round_id);
    if (c) c.answered = Number(r.n);
  }
  return counts;
}

/** The facilitators' user ids of each of the cohorts. */
export async function facilitatorsByCohort(exec: Executor, cohortIds: string[]) {
  const by = new Map<string, string[]>();
  if (cohortIds.length === 0) return by;
  const rows = await exec
    .selectFrom('cohort_facilitators')
    .select(['cohort_id', 'user_id'])
    .where('cohort_id', 'in', cohortIds)
    .execute();
  for (const r of rows) by.set(r.cohort_id, [...(by.get(r.cohort_id) ?? []), r.user_id]);
  return by;
}

/**
 * The names of the units and professional fields (ended and archived ones too) that rounds'
 * populations name, in one query; an id of another organisation or one no longer there is left out.
 */
export async function unitAndFieldNames(
  exec: Executor,
  organisationId: string,
  unitIds: readonly string[],
  fieldIds: readonly string[],
) {
  const units = new Map<string, string>();
  const fields = new Map<string, string>();
  if (unitIds.length === 0 && fieldIds.length === 0) return { units, fields };
  // An empty list matches nothing (IN () is not SQL); the kind tells the two halves apart.
  const none = ['\u0000'];
  const rows = await exec
    .selectFrom('units')
    .select(['id', 'name', sql<string>`'unit'`.as('kind')])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', unitIds.length ? [...unitIds] : none)
    .unionAll(
      exec
        .selectFrom('professional_fields')
        .select(['id', 'name', sql<string>`'field'`.as('kind')])
        .where('organisation_id', '=', organisationId)
        .where('id', 'in', fieldIds.length ? [...fieldIds] : none),
    )
    .execute();
  for (const r of rows) (r.kind === 'unit' ? units : fields).set(r.id, r.name);
  return { units, fields };
}

/** Whether the user facilitates any cohort of the organisation (and so may open rounds for it). */
export async function facilitatesAnyCohort(exec: Executor, organisationId: string, userId: string) {
  const row = await exec
    .selectFrom('cohort_facilitators')
    .select('cohort_id')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

// Writes ---------------------------------------------------------------------------------------

export async function insertRound(trx: Trx, row: NewAssessmentRoundRow): Promise<void> {
  await trx.insertInto('assessment_rounds').values(row).execute();
}

export async function updateRound(
  trx: Trx,
  organisationId: string,
  id: string,
  set: Partial<Pick<AssessmentRoundRow, 'name' | 'opens_at' | 'closes_at' | 'updated_at'>>,
): Promise<void> {
  await trx
    .updateTable('assessment_rounds')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** Deletes the round only while it has not opened; true when it did. */
export async function deleteScheduledRound(trx: Trx, organisationId: string, id: string, now: string) {
  const done = await trx
    .deleteFrom('assessment_rounds')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('opens_at', '>', now)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numDeletedRows) === 1;
}

/** The organisation's newest published version of the instrument, if it has one. */
export function latestPublishedInstrument(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('assessment_instruments')
    .select(['id', 'version', 'base_version', 'own_items'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Serialises changes to one round (check its state, then write). SQLite's transactions already
 * begin immediate; on PostgreSQL the round's row is locked.
 */
export async function lockRound(
  trx: Trx,
  dialect: 'sqlite' | 'postgres',
  organisationId: string,
  id: string,
): Promise<void> {
  if (dialect !== 'postgres') return;
  await trx
    .selectFrom('assessment_rounds')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .forUpdate()
    .execute();
}
