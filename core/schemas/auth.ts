import { z } from 'zod';
import { Limits } from '../limits.js';
import { RoleSchema } from '../roles.js';
import { EmailSchema, IdSchema, LocaleSchema, NameSchema, TokenSchema } from './common.js';

export const LoginSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1).max(Limits.passwordMax),
});
export type LoginReq = z.infer<typeof LoginSchema>;

export const MeSchema = z.object({
  user: z.object({ id: IdSchema, email: z.string(), name: z.string(), locale: LocaleSchema }),
  organisations: z.array(z.object({ id: IdSchema, name: z.string(), roles: z.array(RoleSchema) })),
  activeOrganisationId: IdSchema.nullable(),
  csrfToken: z.string(),
  /** How this session began. */
  signedInWith: z.enum(['password', 'sso']),
  /** An administrator outside the demo without a second factor: only enrolment is open until it is set up. */
  secondFactorSetupRequired: z.boolean(),
});
export type MeRes = z.infer<typeof MeSchema>;

export const SwitchOrganisationSchema = z.strictObject({ organisationId: IdSchema });
export type SwitchOrganisationReq = z.infer<typeof SwitchOrganisationSchema>;

export const UpdateLocaleSchema = z.strictObject({ locale: LocaleSchema });
export type UpdateLocaleReq = z.infer<typeof UpdateLocaleSchema>;

export const PasswordResetRequestSchema = z.strictObject({ email: EmailSchema });
export type PasswordResetRequestReq = z.infer<typeof PasswordResetRequestSchema>;

export const NewPasswordSchema = z.string().min(1).max(Limits.passwordMax);

export const PasswordResetConfirmSchema = z.strictObject({ token: TokenSchema, password: NewPasswordSchema });
export type PasswordResetConfirmReq = z.infer<typeof PasswordResetConfirmSchema>;

export const TokenParamsSchema = z.strictObject({ token: TokenSchema });
export type TokenParams = z.infer<typeof TokenParamsSchema>;

export const InvitationInfoSchema = z.object({
  email: z.string(),
  name: z.string(),
  organisationName: z.string(),
  /** true when the address already has an account: accepting adds the organisation to it. */
  existingAccount: z.boolean(),
});
export type InvitationInfoRes = z.infer<typeof InvitationInfoSchema>;

export const AcceptInvitationSchema = z.strictObject({
  token: TokenSchema,
  name: NameSchema,
  password: NewPasswordSchema,
});
export type AcceptInvitationReq = z.infer<typeof AcceptInvitationSchema>;

export const AcceptedSchema = z.object({ status: z.literal('accepted') });
export const SentSchema = z.object({ status: z.literal('sent') });
