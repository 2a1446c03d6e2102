import type { Insertable, Selectable } from 'kysely';

/** A technology or system employees can choose when they post. */
export interface VoiceTechnologiesTable {
  id: string;
  organisation_id: string;
  name: string;
  /** Lower case, spaces collapsed: unique per organisation. */
  name_key: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}
export type VoiceTechnologyRow = Selectable<VoiceTechnologiesTable>;

/** One anonymous post: no account, person, address or time finer than the day. */
export interface VoicePostsTable {
  id: string;
  organisation_id: string;
  /** VoiceKind (core/schemas/voice.ts). */
  kind: string;
  technology_id: string | null;
  technology_other: string | null;
  area_unit_id: string | null;
  /** YYYY-MM-DD in Copenhagen. */
  day: string;
  text: string | null;
  /** none | pending | approved | rejected */
  text_status: string;
  text_released: string | null;
  reject_reason: string | null;
  /** YYYY-MM-DD. */
  moderated_day: string | null;
}
export type VoicePostRow = Selectable<VoicePostsTable>;
export type NewVoicePostRow = Insertable<VoicePostsTable>;

/** The weekly cap: HMAC(organisation, person, week) and a count; nothing a post holds. */
export interface VoicePostCountersTable {
  key_hash: string;
  /** ISO week, e.g. 2026-W48. */
  week: string;
  count: number;
}

/** A closed month's release, computed once. */
export interface VoiceMonthReleasesTable {
  organisation_id: string;
  /** YYYY-MM. */
  month: string;
  k: number;
  /** JSON: VoiceMonthRelease. */
  release: string;
  created_at: string;
}
export type VoiceMonthReleaseRow = Selectable<VoiceMonthReleasesTable>;

export interface VoiceAnswersTable {
  id: string;
  organisation_id: string;
  heard: string;
  action: string;
  responsible: string;
  technology_id: string | null;
  area_unit_id: string | null;
  created_by_user_id: string | null;
  published_at: string;
  created_at: string;
  updated_at: string;
}
export type VoiceAnswerRow = Selectable<VoiceAnswersTable>;

/** A theme taken up in a workshop (cohort activity) or an action project. */
export interface VoiceTopicsTable {
  id: string;
  organisation_id: string;
  kind: string | null;
  technology_id: string | null;
  area_unit_id: string | null;
  activity_id: string | null;
  action_project_id: string | null;
  note: string | null;
  created_by_user_id: string | null;
  created_at: string;
}
export type VoiceTopicRow = Selectable<VoiceTopicsTable>;

export interface VoiceSettingsTable {
  organisation_id: string;
  retention_months: number;
  updated_at: string;
}
