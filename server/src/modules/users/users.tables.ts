import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface UsersTable {
  id: string;
  /** Always stored in lower case. */
  email: string;
  name: string;
  /** argon2id; null until the person has set a password. */
  password_hash: string | null;
  locale: Generated<string>;
  /** 1 for the seeded demo accounts, which may keep short passwords. */
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;

export interface InvitationsTable {
  id: string;
  organisation_id: string;
  email: string;
  name: string;
  /** JSON array of role names. */
  roles: string;
  token_hash: string;
  invited_by_user_id: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}
export type InvitationRow = Selectable<InvitationsTable>;
export type NewInvitationRow = Insertable<InvitationsTable>;
