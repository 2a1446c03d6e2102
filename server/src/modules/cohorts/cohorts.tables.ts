import type { Insertable, Selectable, Updateable } from 'kysely';

/** A programme run: a published version, a period, facilitators, participants and a dated plan. */
export interface CohortsTable {
  id: string;
  organisation_id: string;
  version_id: string;
  name: string;
  /** Copenhagen calendar dates, YYYY-MM-DD. */
  starts_on: string;
  ends_on: string;
  /** Hours before each activity that participants get a reminder; null: no reminders. */
  reminder_hours: number | null;
  /** When the learning sets were locked; null: they may still change. */
  learning_sets_locked_at: string | null;
  created_at: string;
  updated_at: string;
}
export type CohortRow = Selectable<CohortsTable>;
export type NewCohortRow = Insertable<CohortsTable>;

export interface CohortFacilitatorsTable {
  cohort_id: string;
  organisation_id: string;
  user_id: string;
}
export type NewCohortFacilitatorRow = Insertable<CohortFacilitatorsTable>;

export interface CohortParticipantsTable {
  cohort_id: string;
  organisation_id: string;
  person_id: string;
  added_at: string;
  /** Set when removed; the row and the person's attendance stay. */
  removed_at: string | null;
  /** Days without a journal entry before a nudge by e-mail; null: the participant turned it off. */
  journal_reminder_days: number | null;
  journal_reminded_at: string | null;
}
export type CohortParticipantRow = Selectable<CohortParticipantsTable>;

export interface CohortActivitiesTable {
  id: string;
  organisation_id: string;
  cohort_id: string;
  module_id: string;
  title: string;
  starts_at: string;
  ends_at: string;
  location: string | null;
  online_url: string | null;
  capacity: number | null;
  facilitator_user_id: string | null;
  /** When the reminder mails were queued; cleared when the activity moves. */
  reminder_sent_at: string | null;
  /** The organisation-only event that holds the seats when participants sign up (limited seats). */
  signup_event_id: string | null;
  created_at: string;
  updated_at: string;
}
export type CohortActivityRow = Selectable<CohortActivitiesTable>;
export type NewCohortActivityRow = Insertable<CohortActivitiesTable>;
export type CohortActivityUpdate = Updateable<CohortActivitiesTable>;

export interface ActivityAttendanceTable {
  activity_id: string;
  organisation_id: string;
  person_id: string;
  /** present | absent */
  status: string;
  /** Only for absent. */
  reason: string | null;
  marked_by_user_id: string | null;
  marked_at: string;
}
export type NewActivityAttendanceRow = Insertable<ActivityAttendanceTable>;
