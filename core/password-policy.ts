import { COMMON_PASSWORDS } from './common-passwords.js';
import { Limits } from './limits.js';

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_email';

/**
 * The password policy for real accounts: at least 12 characters, not a well-known password,
 * and not built from the account's own e-mail address. Length counts characters, not bytes.
 */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < Limits.passwordMin) return 'too_short';
  if (length > Limits.passwordMax) return 'too_long';
  const folded = password.toLowerCase();
  if (COMMON_PASSWORDS.has(folded) || /^(.)\1+$/.test(folded) || isSimpleSequence(folded))
    return 'too_common';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && folded.includes(local)) return 'contains_email';
  return null;
}

function isSimpleSequence(s: string): boolean {
  const alphabets = [
    '0123456789012345678901234567890',
    'abcdefghijklmnopqrstuvwxyzæøå',
    'qwertyuiopåasdfghjklæøzxcvbnm',
  ];
  return alphabets.some((a) => a.includes(s) || [...a].reverse().join('').includes(s));
}
