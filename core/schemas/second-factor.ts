import { z } from 'zod';
import { TokenSchema } from './common.js';

/** A six-digit code from an authenticator app, or a recovery code (`xxxxx-xxxxx`). Spaces are ignored. */
export const SecondFactorCodeSchema = z
  .string()
  .max(40)
  .transform((c) => c.replace(/\s+/g, '').toLowerCase())
  .pipe(z.string().regex(/^(\d{6}|[a-z0-9]{5}-?[a-z0-9]{5})$/, 'second_factor_code_format'));

export const RECOVERY_CODE_COUNT = 10;

export const SecondFactorStatusSchema = z.object({
  /** off: none; pending: enrolment started but not confirmed; on: in use. */
  status: z.enum(['off', 'pending', 'on']),
  recoveryCodesLeft: z.number().int(),
  /** Administrators must use a second factor outside the demo. */
  required: z.boolean(),
});
export type SecondFactorStatusRes = z.infer<typeof SecondFactorStatusSchema>;

export const SecondFactorEnrolmentSchema = z.object({
  /** The shared secret in base32, for typing into an app by hand. */
  secret: z.string(),
  /** otpauth:// link, for apps on the same device. */
  uri: z.string(),
  /** The same link as a QR code (an SVG document). */
  qrSvg: z.string(),
});
export type SecondFactorEnrolmentRes = z.infer<typeof SecondFactorEnrolmentSchema>;

export const SecondFactorCodeBodySchema = z.strictObject({ code: SecondFactorCodeSchema });
export type SecondFactorCodeReq = z.infer<typeof SecondFactorCodeBodySchema>;

export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesRes = z.infer<typeof RecoveryCodesSchema>;

/** The second step of a password login. */
export const SecondFactorLoginSchema = z.strictObject({
  challenge: TokenSchema,
  code: SecondFactorCodeSchema,
});
export type SecondFactorLoginReq = z.infer<typeof SecondFactorLoginSchema>;

/** Answer to a correct password when the account has a second factor. */
export const SecondFactorChallengeSchema = z.object({
  secondFactorRequired: z.literal(true),
  challenge: z.string(),
  expiresAt: z.string(),
});
export type SecondFactorChallengeRes = z.infer<typeof SecondFactorChallengeSchema>;
