import type { Executor, Trx } from '../../lib/context.js';
import type { NewLearningSetMeetingRow } from './meetings.tables.js';

/** One set with its cohort's name and its facilitator's. */
export function findSet(exec: Executor, organisationId: string, setId: string) {
  return exec
    .selectFrom('learning_sets as s')
    .innerJoin('cohorts as c', 'c.id', 's.cohort_id')
    .leftJoin('users as u', 'u.id', 's.facilitator_user_id')
    .select([
      's.id',
      's.name',
      's.cohort_id',
      's.facilitator_user_id',
      'u.name as facilitator_name',
      'c.name as cohort_name',
    ])
    .where('s.organisation_id', '=', organisationId)
    .where('s.id', '=', setId)
    .executeTakeFirst();
}
export type SetWithCohortRow = NonNullable<Awaited<ReturnType<typeof findSet>>>;

/** The cohort's sets in order, with their facilitators (for moving a meeting to another). */
export function listCohortSets(exec: Executor, organisationId: string, cohortId: string) {
  return exec
    .selectFrom('learning_sets')
    .select(['id', 'name', 'facilitator_user_id'])
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** The set's members who are still participants of the cohort, by name. */
export function listSetMembers(exec: Executor, organisationId: string, setIds: string[]) {
  if (setIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('learning_set_members as m')
    .innerJoin('cohort_participants as cp', (j) =>
      j.onRef('cp.cohort_id', '=', 'm.cohort_id').onRef('cp.person_id', '=', 'm.person_id'),
    )
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .select(['m.set_id', 'p.id as person_id', 'p.name', 'p.unit_id'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.set_id', 'in', setIds)
    .where('cp.removed_at', 'is', null)
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
}

/** The action projects the given people have in the cohort. */
export function listProjectsOf(
  exec: Executor,
  organisationId: string,
  cohortId: string,
  personIds: string[],
) {
  if (personIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('action_projects as ap')
    .innerJoin('persons as p', 'p.id', 'ap.person_id')
    .select(['ap.id', 'ap.person_id', 'p.name as person_name', 'ap.title', 'ap.share'])
    .where('ap.organisation_id', '=', organisationId)
    .where('ap.cohort_id', '=', cohortId)
    .where('ap.person_id', 'in', personIds)
    .orderBy('p.name')
    .orderBy('ap.id')
    .execute();
}
export type ProjectRow = Awaited<ReturnType<typeof listProjectsOf>>[number];

/** The cohort's activities, in order, for planning a meeting in one. */
export function listCohortActivities(exec: Executor, organisationId: string, cohortId: string) {
  return exec
    .selectFrom('cohort_activities')
    .select(['id', 'title', 'starts_at', 'location'])
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

export function findActivity(exec: Executor, organisationId: string, activityId: string) {
  return exec
    .selectFrom('cohort_activities')
    .select(['id', 'cohort_id', 'title', 'starts_at', 'location'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', activityId)
    .executeTakeFirst();
}

function meetingQuery(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('learning_set_meetings as m')
    .leftJoin('cohort_activities as a', 'a.id', 'm.activity_id')
    .select([
      'm.id',
      'm.set_id',
      'm.cohort_id',
      'm.activity_id',
      'm.starts_at',
      'm.location',
      'm.questions',
      'm.next_steps',
      'm.notes',
      'm.updated_at',
      'a.title as activity_title',
      'a.starts_at as activity_starts_at',
      'a.location as activity_location',
    ])
    .where('m.organisation_id', '=', organisationId);
}

export function listMeetingsOf(exec: Executor, organisationId: string, setIds: string[]) {
  if (setIds.length === 0) return Promise.resolve([]);
  return meetingQuery(exec, organisationId)
    .where('m.set_id', 'in', setIds)
    .orderBy('m.starts_at')
    .orderBy('m.id')
    .execute();
}
export type MeetingRow = Awaited<ReturnType<typeof listMeetingsOf>>[number];

export function findMeeting(exec: Executor, organisationId: string, id: string) {
  return meetingQuery(exec, organisationId).where('m.id', '=', id).executeTakeFirst();
}

/** Who was at the meetings, by name (people who left the set or the cohort too). */
export function listAttendees(exec: Executor, organisationId: string, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('learning_set_meeting_attendees as ma')
    .innerJoin('persons as p', 'p.id', 'ma.person_id')
    .select(['ma.meeting_id', 'p.id as person_id', 'p.name'])
    .where('ma.organisation_id', '=', organisationId)
    .where('ma.meeting_id', 'in', meetingIds)
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
}

/** The projects worked on at the meetings, with their owners and whether they are shared. */
export function listMeetingProjects(exec: Executor, organisationId: string, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('learning_set_meeting_projects as mp')
    .innerJoin('action_projects as ap', 'ap.id', 'mp.project_id')
    .innerJoin('persons as p', 'p.id', 'ap.person_id')
    .select(['mp.meeting_id', 'ap.id', 'ap.person_id', 'p.name as person_name', 'ap.title', 'ap.share'])
    .where('mp.organisation_id', '=', organisationId)
    .where('mp.meeting_id', 'in', meetingIds)
    .orderBy('p.name')
    .orderBy('ap.id')
    .execute();
}

/** Locks the meeting row against a parallel edit (PostgreSQL; SQLite runs BEGIN IMMEDIATE). */
export async function lockMeeting(trx: Trx, dialect: 'sqlite' | 'postgres', id: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await trx.selectFrom('learning_set_meetings').select('id').where('id', '=', id).forUpdate().execute();
}

export async function insertMeeting(trx: Trx, row: NewLearningSetMeetingRow) {
  await trx.insertInto('learning_set_meetings').values(row).execute();
}

export async function updateMeeting(
  trx: Trx,
  organisationId: string,
  id: string,
  changes: Partial<
    Pick<
      NewLearningSetMeetingRow,
      'set_id' | 'activity_id' | 'starts_at' | 'location' | 'questions' | 'next_steps' | 'notes'
    >
  > & { updated_at: string },
) {
  await trx
    .updateTable('learning_set_meetings')
    .set(changes)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

export async function replaceAttendees(trx: Trx, organisationId: string, meetingId: string, ids: string[]) {
  await trx
    .deleteFrom('learning_set_meeting_attendees')
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .execute();
  if (ids.length) {
    await trx
      .insertInto('learning_set_meeting_attendees')
      .values(ids.map((person_id) => ({ meeting_id: meetingId, organisation_id: organisationId, person_id })))
      .execute();
  }
}

export async function replaceProjects(trx: Trx, organisationId: string, meetingId: string, ids: string[]) {
  await trx
    .deleteFrom('learning_set_meeting_projects')
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .execute();
  if (ids.length) {
    await trx
      .insertInto('learning_set_meeting_projects')
      .values(
        ids.map((project_id) => ({ meeting_id: meetingId, organisation_id: organisationId, project_id })),
      )
      .execute();
  }
}

export async function deleteMeeting(trx: Trx, organisationId: string, id: string) {
  await trx
    .deleteFrom('learning_set_meetings')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}
