import { randomInt } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { RECOVERY_CODE_COUNT } from '../../../../core/schemas/second-factor.js';
import { hashToken } from '../../lib/ids.js';

/** RFC 6238 with the parameters every authenticator app understands. */
const PERIOD_S = 30;
const ISSUER = 'Aktion';

function totp(secretBase32: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_S,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export async function enrolmentDetails(secretBase32: string, label: string) {
  const uri = totp(secretBase32, label).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret: secretBase32, uri, qrSvg };
}

/**
 * The 30-second step the code belongs to, or null when it is wrong. One step either side is
 * accepted, for clocks a little off; the caller refuses a step that was used before.
 */
export function matchingStep(secretBase32: string, code: string, now: Date): number | null {
  const delta = totp(secretBase32, '').validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD_S) + delta;
}

/** The code an app shows at `at` (tests and the demo only). */
export function codeAt(secretBase32: string, at: Date): string {
  return totp(secretBase32, '').generate({ timestamp: at.getTime() });
}

// Without look-alikes (0/o, 1/l/i), so a code read off paper is typed right.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function recoveryCode(): string {
  const pick = () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  const part = () => Array.from({ length: 5 }, pick).join('');
  return `${part()}-${part()}`;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
}

export const isRecoveryCode = (code: string) => code.length !== 6;

/** Codes are compared without their dash and case. */
export const hashRecoveryCode = (code: string) => hashToken(code.replace('-', '').toLowerCase());
