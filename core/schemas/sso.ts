import { z } from 'zod';
import { RoleSchema } from '../roles.js';

const ClaimNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_:./-]+$/, 'claim_name');

/** Loopback issuers may use http (a Keycloak on the administrator's own machine); all others https. */
export function issuerProblem(value: string): 'issuer_url' | 'issuer_https' | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'issuer_url';
  }
  if (url.protocol === 'https:') return null;
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'http:' && loopback ? null : 'issuer_https';
}

export const IssuerSchema = z
  .string()
  .trim()
  .max(500)
  // Kept exactly as written: some issuers end in a slash (Entra v1: https://sts.windows.net/<id>/).
  .superRefine((v, ctx) => {
    const problem = issuerProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const RoleMappingSchema = z.strictObject({
  /** A value of the groups claim, for example an Entra group's object id or a Keycloak role. */
  value: z.string().trim().min(1).max(200),
  roles: z.array(RoleSchema).min(1),
});
export type RoleMapping = z.infer<typeof RoleMappingSchema>;

export const SsoConfigBodySchema = z.strictObject({
  enabled: z.boolean(),
  issuer: IssuerSchema,
  clientId: z.string().trim().min(1).max(300),
  /** Left out to keep the stored secret. */
  clientSecret: z.string().min(1).max(1000).optional(),
  scopes: z
    .string()
    .trim()
    .max(300)
    .regex(/^[\w:./-]+( [\w:./-]+)*$/, 'scopes')
    .refine((s) => s.split(' ').includes('openid'), 'scopes_openid'),
  emailClaim: ClaimNameSchema,
  nameClaim: ClaimNameSchema,
  externalIdClaim: ClaimNameSchema,
  groupsClaim: ClaimNameSchema.nullable(),
  roleMappings: z.array(RoleMappingSchema).max(50),
  /** Roles given to leaders (by management level) on their first login, besides `employee`. */
  leaderRoles: z.array(RoleSchema),
  /** Off: the organisation's people use single sign-on only (administrators keep the password as a way in). */
  passwordLogin: z.boolean(),
});
export type SsoConfigReq = z.infer<typeof SsoConfigBodySchema>;

/** The answer: plain types (the body's trimming and checks are for input only). */
export const SsoConfigSchema = z.object({
  enabled: z.boolean(),
  issuer: z.string(),
  clientId: z.string(),
  scopes: z.string(),
  emailClaim: z.string(),
  nameClaim: z.string(),
  externalIdClaim: z.string(),
  groupsClaim: z.string().nullable(),
  roleMappings: z.array(z.object({ value: z.string(), roles: z.array(RoleSchema) })),
  leaderRoles: z.array(RoleSchema),
  passwordLogin: z.boolean(),
  hasClientSecret: z.boolean(),
  /** What the administrator registers at the identity provider. */
  redirectUri: z.string(),
  postLogoutRedirectUri: z.string(),
  /** false until the organisation has saved a configuration. */
  configured: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type SsoConfigRes = z.infer<typeof SsoConfigSchema>;

export const SsoTestBodySchema = z.strictObject({ issuer: IssuerSchema });
export const SSO_CHECKS = ['reachable', 'discovery', 'issuer_matches', 'endpoints', 'pkce', 'keys'] as const;
export const SsoTestResultSchema = z.object({
  ok: z.boolean(),
  checks: z.array(
    z.object({
      check: z.enum(SSO_CHECKS),
      ok: z.boolean(),
      /** In the reader's language; says what is wrong and what to do. */
      message: z.string(),
    }),
  ),
});
export type SsoTestResultRes = z.infer<typeof SsoTestResultSchema>;

export const LoginOptionsSchema = z.object({
  providers: z.array(z.object({ slug: z.string(), name: z.string() })),
  /** false when every organisation here has turned the password form off (shown behind a link). */
  passwordLogin: z.boolean(),
});
export type LoginOptionsRes = z.infer<typeof LoginOptionsSchema>;

export const SsoStartParamsSchema = z.strictObject({ slug: z.string().min(1).max(100) });
export const SsoStartQuerySchema = z.strictObject({ returnTo: z.string().max(500).optional() });

/** Why a single sign-on login was refused; the login page explains each in plain words. */
export const SSO_ERRORS = [
  'not_configured',
  'state',
  'provider',
  'token',
  'claims',
  'no_person',
  'person_left',
  'deactivated',
  'account_conflict',
  'cancelled',
] as const;
export type SsoError = (typeof SSO_ERRORS)[number];

export const LogoutSchema = z.object({
  /** Where to send the browser to end the provider's session too; null when there is none. */
  endSessionUrl: z.string().nullable(),
});
