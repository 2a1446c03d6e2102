import type { Insertable, Selectable } from 'kysely';

/** A meeting of one learning set: who was there, whose projects, questions and next steps. */
export interface LearningSetMeetingsTable {
  id: string;
  organisation_id: string;
  cohort_id: string;
  set_id: string;
  /** The cohort activity the meeting is held in, if any. */
  activity_id: string | null;
  starts_at: string;
  location: string | null;
  /** The questions the set asked (members see them). */
  questions: string;
  next_steps: string;
  notes: string;
  created_at: string;
  updated_at: string;
}
export type LearningSetMeetingRow = Selectable<LearningSetMeetingsTable>;
export type NewLearningSetMeetingRow = Insertable<LearningSetMeetingsTable>;

export interface LearningSetMeetingAttendeesTable {
  meeting_id: string;
  organisation_id: string;
  person_id: string;
}

export interface LearningSetMeetingProjectsTable {
  meeting_id: string;
  organisation_id: string;
  project_id: string;
}
