import type { Insertable, Selectable } from 'kysely';

/** A learning set: a small peer group of a cohort, with its own facilitator. */
export interface LearningSetsTable {
  id: string;
  organisation_id: string;
  cohort_id: string;
  /** "Sæt 1", or what the facilitator calls it. */
  name: string;
  facilitator_user_id: string | null;
  /** Order on the page, from 0. */
  position: number;
  created_at: string;
  updated_at: string;
}
export type LearningSetRow = Selectable<LearningSetsTable>;
export type NewLearningSetRow = Insertable<LearningSetsTable>;

/** A participant's place in a set; (cohort_id, person_id) is unique: one set per cohort. */
export interface LearningSetMembersTable {
  set_id: string;
  organisation_id: string;
  cohort_id: string;
  person_id: string;
}
export type NewLearningSetMemberRow = Insertable<LearningSetMembersTable>;
