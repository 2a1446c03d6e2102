import type { Db } from '../db/dialect.js';
import { createCohort, enrolNew } from './cohorts.js';
import { saveSetDirectly } from './learning-sets.js';

/**
 * A cohort (running until 2099) with one saved set of `size` new participants, and one more
 * participant in no set. The set's facilitator is `facilitatorUserId` when given.
 */
export async function cohortWithSet(
  db: Db,
  organisationId: string,
  options: { size?: number; facilitatorUserId?: string; cohortFacilitatorIds?: string[] } = {},
) {
  const cohort = await createCohort(db, organisationId, {
    endsOn: '2099-12-31',
    facilitatorUserIds: options.cohortFacilitatorIds ?? [],
  });
  const members = [];
  for (let i = 0; i < (options.size ?? 3); i++)
    members.push(await enrolNew(db, organisationId, cohort.id, `Medlem ${i + 1} ${cohort.id.slice(0, 4)}`));
  const outsider = await enrolNew(db, organisationId, cohort.id, `Udenfor ${cohort.id.slice(0, 4)}`);
  const setId = await saveSetDirectly(
    db,
    organisationId,
    cohort.id,
    members.map((m) => m.id),
  );
  if (options.facilitatorUserId) {
    await db.kysely
      .updateTable('learning_sets')
      .set({ facilitator_user_id: options.facilitatorUserId })
      .where('id', '=', setId)
      .execute();
  }
  return { cohort, setId, members, outsider };
}

/** A meeting of the set written straight to the database. */
export async function createMeeting(
  db: Db,
  organisationId: string,
  set: { cohortId: string; setId: string },
  options: { startsAt?: string; questions?: string; nextSteps?: string; notes?: string } = {},
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db.kysely
    .insertInto('learning_set_meetings')
    .values({
      id,
      organisation_id: organisationId,
      cohort_id: set.cohortId,
      set_id: set.setId,
      activity_id: null,
      starts_at: options.startsAt ?? '2027-03-01T12:00:00.000Z',
      location: 'Mødelokale 2',
      questions: options.questions ?? '',
      next_steps: options.nextSteps ?? '',
      notes: options.notes ?? '',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id };
}

/** Records people as present at a meeting, straight in the database. */
export async function recordAttendees(
  db: Db,
  organisationId: string,
  meetingId: string,
  personIds: string[],
) {
  await db.kysely
    .insertInto('learning_set_meeting_attendees')
    .values(
      personIds.map((person_id) => ({ meeting_id: meetingId, organisation_id: organisationId, person_id })),
    )
    .execute();
}
