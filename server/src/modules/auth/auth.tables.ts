import type { Insertable, Selectable } from 'kysely';

export interface SessionsTable {
  /** sha256 of the cookie's token; the token itself is never stored. */
  id: string;
  user_id: string;
  active_organisation_id: string | null;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  /** The organisation whose identity provider signed the person in; null for a password login. */
  sso_organisation_id: string | null;
  /** The provider's ID token, kept only as the hint for ending its session at logout. */
  id_token: string | null;
}
export type SessionRow = Selectable<SessionsTable>;
export type NewSessionRow = Insertable<SessionsTable>;

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
export type PasswordResetRow = Selectable<PasswordResetsTable>;

/** Fixed-window counters shared by every app instance (login attempts per client address). */
export interface RateLimitCountersTable {
  key: string;
  window_start: string;
  count: number;
}

/** Failed logins per account and client address, for the growing delay. */
export interface LoginFailuresTable {
  key: string;
  failures: number;
  last_failure_at: string;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}
