import type { Insertable, Selectable } from 'kysely';

/** A person's private calendar subscription link (one per account and organisation). */
export interface CalendarTokensTable {
  user_id: string;
  organisation_id: string;
  /** SHA-256 of the token (hashToken); the token itself is shown once and never stored. */
  token_hash: string;
  created_at: string;
}
export type CalendarTokenRow = Selectable<CalendarTokensTable>;
export type NewCalendarTokenRow = Insertable<CalendarTokensTable>;
