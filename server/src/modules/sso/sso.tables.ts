import type { Insertable, Selectable } from 'kysely';

export interface SsoConfigsTable {
  organisation_id: string;
  enabled: number;
  issuer: string;
  client_id: string;
  /** Sealed with lib/secret-box; never sent to a browser. */
  client_secret_sealed: string | null;
  /** Space-separated, always with `openid`. */
  scopes: string;
  email_claim: string;
  name_claim: string;
  external_id_claim: string;
  groups_claim: string | null;
  /** JSON array of { value, roles }. */
  role_mappings: string;
  /** JSON array of roles given to leaders on first login. */
  leader_roles: string;
  password_login: number;
  created_at: string;
  updated_at: string;
}
export type SsoConfigRow = Selectable<SsoConfigsTable>;
export type NewSsoConfigRow = Insertable<SsoConfigsTable>;

export interface SsoLoginStatesTable {
  /** sha256 of the `state` parameter. */
  id: string;
  organisation_id: string;
  /** sha256 of the cookie on the browser that began the login. */
  browser_hash: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  created_at: string;
  expires_at: string;
}
export type SsoLoginStateRow = Selectable<SsoLoginStatesTable>;

export interface UserIdentitiesTable {
  id: string;
  organisation_id: string;
  user_id: string;
  issuer: string;
  /** The value of the configured external-id claim (for example Entra's `oid`). */
  subject: string;
  created_at: string;
  last_login_at: string;
}
