import type { Selectable } from 'kysely';

export interface SecondFactorsTable {
  user_id: string;
  /** The TOTP secret, sealed with lib/secret-box. */
  secret_sealed: string;
  /** null while enrolment waits for the first correct code. */
  confirmed_at: string | null;
  /** The last 30-second step a code was accepted for; a code is never accepted twice. */
  last_used_step: number | null;
  created_at: string;
}
export type SecondFactorRow = Selectable<SecondFactorsTable>;

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  /** sha256 of the code without its dash. */
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export interface LoginChallengesTable {
  /** sha256 of the challenge token. */
  id: string;
  user_id: string;
  organisation_id: string;
  attempts: number;
  created_at: string;
  expires_at: string;
}
