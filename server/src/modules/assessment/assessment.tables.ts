import type { Insertable, Selectable } from 'kysely';

/** The organisation's k for assessment aggregates; no row means the default (core resolveK). */
export interface AssessmentSettingsTable {
  organisation_id: string;
  k: number;
  updated_at: string;
}

/** An organisation's version of the instrument: the built-in one plus its own items. */
export interface AssessmentInstrumentsTable {
  id: string;
  organisation_id: string;
  version: number;
  /** draft | published */
  status: string;
  base_version: number;
  /** JSON: OrganisationItems (core/assessment/instrument.ts). */
  own_items: string;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}
export type AssessmentInstrumentRow = Selectable<AssessmentInstrumentsTable>;

/** A round of the assessment for a cohort or a filtered group of leaders. */
export interface AssessmentRoundsTable {
  id: string;
  organisation_id: string;
  name: string;
  /** baseline | follow_up | other */
  kind: string;
  cohort_id: string | null;
  /** JSON: RoundPopulation when the round is not for a cohort; null otherwise. */
  population: string | null;
  instrument_id: string | null;
  /** JSON: the Instrument the round runs. */
  instrument: string;
  compare_round_id: string | null;
  opens_at: string;
  closes_at: string;
  /**
   * The organisation's k when the round was made (its invitations promise groups of at least k);
   * at close the larger of it and the organisation's k then, which the release was computed with.
   * Null only in rows written before k was fixed at creation.
   */
  k: number | null;
  invitations_sent_at: string | null;
  reminder_sent_at: string | null;
  closed_at: string | null;
  /** JSON: RoundFilter[] — the round's fixed filter list. */
  filters: string;
  /** JSON: StoredRelease, computed once at close; null before. Holds no respondent ids. */
  release: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}
export type AssessmentRoundRow = Selectable<AssessmentRoundsTable>;
export type NewAssessmentRoundRow = Insertable<AssessmentRoundsTable>;

/** Who was invited and where they stood then; nothing about answering. */
export interface AssessmentInvitationsTable {
  round_id: string;
  organisation_id: string;
  person_id: string;
  /** JSON: unit ids from the top down to the person's unit. */
  unit_path: string;
  level: string;
  field_id: string | null;
  /** JSON: keys of the round's filters the person belongs to. */
  filter_keys: string;
}
export type AssessmentInvitationRow = Selectable<AssessmentInvitationsTable>;

/** The person's own answers and profile. Private: the person, and facilitators only when shared. */
export interface AssessmentProfilesTable {
  id: string;
  organisation_id: string;
  round_id: string;
  person_id: string;
  /** JSON: Answers by item key. */
  answers: string;
  /** JSON: DimensionScore[] once submitted. */
  scores: string | null;
  submitted_at: string | null;
  shared_with_facilitators_at: string | null;
  created_at: string;
  updated_at: string;
}
export type AssessmentProfileRow = Selectable<AssessmentProfilesTable>;

/** Anonymous answers, written at close in random order. No person, account or time. */
export interface AssessmentResponsesTable {
  id: string;
  organisation_id: string;
  round_id: string;
  unit_path: string;
  level: string;
  field_id: string | null;
  filter_keys: string;
  /** JSON: Answers by item key. */
  answers: string;
}
export type AssessmentResponseRow = Selectable<AssessmentResponsesTable>;
