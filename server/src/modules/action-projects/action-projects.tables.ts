import type { Insertable, Selectable } from 'kysely';

/** A participant's action project in a cohort; one per participant and cohort. */
export interface ActionProjectsTable {
  id: string;
  organisation_id: string;
  cohort_id: string;
  /** The owner. */
  person_id: string;
  title: string;
  /** "Hvad er udfordringen i min egen opgaveløsning?" */
  challenge: string;
  /** The action-learning question. */
  question: string;
  /** What I will try. */
  attempt: string;
  /** Who among my employees I involve. */
  involve: string;
  /** How I will know it worked. */
  success_measure: string;
  /** idea | in_progress | evaluated | shared */
  status: string;
  /** private | set (the learning set, its facilitator and the cohort's facilitators) */
  share: string;
  /** Counts edits; an edit names the version it started from. */
  version: number;
  created_at: string;
  updated_at: string;
}
export type ActionProjectRow = Selectable<ActionProjectsTable>;
export type NewActionProjectRow = Insertable<ActionProjectsTable>;

export interface ActionProjectFocusAreasTable {
  project_id: string;
  organisation_id: string;
  focus_area_id: string;
}

/** A journal entry: private to its author unless shared with the facilitators or the set. */
export interface JournalEntriesTable {
  id: string;
  organisation_id: string;
  cohort_id: string;
  /** The author. */
  person_id: string;
  project_id: string | null;
  /** plan | act | observe | reflect */
  phase: string;
  body: string;
  /** private | facilitator | set */
  share: string;
  created_at: string;
  updated_at: string;
}
export type JournalEntryRow = Selectable<JournalEntriesTable>;
export type NewJournalEntryRow = Insertable<JournalEntriesTable>;

/** A comment on a shared entry, by a set member or a facilitator (or the author answering). */
export interface JournalCommentsTable {
  id: string;
  organisation_id: string;
  entry_id: string;
  author_user_id: string | null;
  body: string;
  created_at: string;
}
export type NewJournalCommentRow = Insertable<JournalCommentsTable>;
