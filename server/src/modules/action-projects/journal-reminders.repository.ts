import type { Executor, Trx } from '../../lib/context.js';

// The participant's own setting ----------------------------------------------------------------

/**
 * The signed-in account's current enrolment in the cohort: their person (persons.user_id, not
 * left) and the participant row (not removed). Undefined for anyone else.
 */
export function findOwnParticipation(
  exec: Executor,
  organisationId: string,
  userId: string,
  cohortId: string,
) {
  return exec
    .selectFrom('cohort_participants as cp')
    .innerJoin('persons as p', 'p.id', 'cp.person_id')
    .select(['cp.person_id', 'cp.journal_reminder_days'])
    .where('cp.organisation_id', '=', organisationId)
    .where('p.organisation_id', '=', organisationId)
    .where('cp.cohort_id', '=', cohortId)
    .where('p.user_id', '=', userId)
    .where('p.left_at', 'is', null)
    .where('cp.removed_at', 'is', null)
    .executeTakeFirst();
}

export async function setReminderDays(
  trx: Trx,
  organisationId: string,
  cohortId: string,
  personId: string,
  days: number | null,
) {
  await trx
    .updateTable('cohort_participants')
    .set({ journal_reminder_days: days })
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .where('person_id', '=', personId)
    .execute();
}

// The recurring job ------------------------------------------------------------------------------

/**
 * Current participants of current cohorts (begun, not over by the Copenhagen calendar `today`)
 * with reminders on, who can be written to, and who have been silent and unreminded for at
 * least `shortest` (the smallest interval anyone may choose, as an ISO instant `now - shortest`).
 * Each one's own interval is checked by the caller; the bound keeps this read small.
 */
export function reminderCandidates(exec: Executor, today: string, shortestAgo: string) {
  return exec
    .selectFrom('cohort_participants as cp')
    .innerJoin('cohorts as c', 'c.id', 'cp.cohort_id')
    .innerJoin('persons as p', 'p.id', 'cp.person_id')
    .select((eb) => [
      'cp.cohort_id',
      'cp.person_id',
      'cp.added_at',
      'cp.journal_reminder_days',
      'cp.journal_reminded_at',
      'c.starts_on',
      eb
        .selectFrom('journal_entries as e')
        .select((x) => x.fn.max('e.created_at').as('at'))
        .whereRef('e.cohort_id', '=', 'cp.cohort_id')
        .whereRef('e.person_id', '=', 'cp.person_id')
        .as('last_entry_at'),
    ])
    .where('cp.removed_at', 'is', null)
    .where('cp.journal_reminder_days', 'is not', null)
    .where('c.starts_on', '<=', today)
    .where('c.ends_on', '>=', today)
    .where('p.left_at', 'is', null)
    .where('p.email', 'is not', null)
    .where('cp.added_at', '<=', shortestAgo)
    .where((eb) =>
      eb.or([eb('cp.journal_reminded_at', 'is', null), eb('cp.journal_reminded_at', '<=', shortestAgo)]),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('journal_entries as e')
            .select('e.id')
            .whereRef('e.cohort_id', '=', 'cp.cohort_id')
            .whereRef('e.person_id', '=', 'cp.person_id')
            .where('e.created_at', '>', shortestAgo),
        ),
      ),
    )
    .orderBy('cp.cohort_id')
    .orderBy('cp.person_id')
    .execute();
}
export type ReminderCandidateRow = Awaited<ReturnType<typeof reminderCandidates>>[number];

/**
 * Marks the participant as reminded, only while the reminder is still due: same interval, not
 * reminded and nothing written since `dueBefore` (now minus their interval). Under the row lock a
 * second instance waits, then finds the new mark and updates nothing. True when this call marked.
 */
export async function markReminded(
  trx: Trx,
  row: { cohort_id: string; person_id: string; days: number },
  now: string,
  dueBefore: string,
): Promise<boolean> {
  const done = await trx
    .updateTable('cohort_participants')
    .set({ journal_reminded_at: now })
    .where('cohort_id', '=', row.cohort_id)
    .where('person_id', '=', row.person_id)
    .where('removed_at', 'is', null)
    .where('journal_reminder_days', '=', row.days)
    .where((eb) => eb.or([eb('journal_reminded_at', 'is', null), eb('journal_reminded_at', '<=', dueBefore)]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('journal_entries as e')
            .select('e.id')
            .where('e.cohort_id', '=', row.cohort_id)
            .where('e.person_id', '=', row.person_id)
            .where('e.created_at', '>', dueBefore),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/** Marks without any condition: only for the control test (see ReminderOptions). */
export async function markRemindedUnguarded(
  trx: Trx,
  row: { cohort_id: string; person_id: string },
  now: string,
) {
  await trx
    .updateTable('cohort_participants')
    .set({ journal_reminded_at: now })
    .where('cohort_id', '=', row.cohort_id)
    .where('person_id', '=', row.person_id)
    .execute();
}

/** What the mail says: the person, their language (their account's, if any), cohort and organisation. */
export function reminderDetails(exec: Executor, cohortId: string, personId: string) {
  return exec
    .selectFrom('persons as p')
    .innerJoin('cohorts as c', 'c.organisation_id', 'p.organisation_id')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .leftJoin('users as u', 'u.id', 'p.user_id')
    .select([
      'p.organisation_id',
      'p.name',
      'p.email',
      'u.locale',
      'c.name as cohort_name',
      'o.name as organisation_name',
    ])
    .where('p.id', '=', personId)
    .where('c.id', '=', cohortId)
    .executeTakeFirstOrThrow();
}
