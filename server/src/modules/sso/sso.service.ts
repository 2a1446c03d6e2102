import * as client from 'openid-client';
import type { Role } from '../../../../core/roles.js';
import type {
  LoginOptionsRes,
  RoleMapping,
  SsoConfigReq,
  SsoConfigRes,
  SsoError,
} from '../../../../core/schemas/sso.js';
import { recordAudit } from '../../lib/audit.js';
import { addMs, MINUTE } from '../../lib/clock.js';
import type { AppContext } from '../../lib/context.js';
import { hashToken, newToken } from '../../lib/ids.js';
import type { Actor, OrgActor } from '../../lib/policy.js';
import { checkAddressLimit } from '../auth/login-limits.js';
import { findOrganisationBySlug } from '../organisations/organisations.repository.js';
import {
  forgetProvider,
  postLogoutRedirectUri,
  providerFor,
  redirectUri,
  refusalFrom,
  SsoRefusal,
} from './oidc-client.js';
import { provision, readProfile } from './provisioning.js';
import * as repo from './sso.repository.js';
import type { SsoConfigRow } from './sso.tables.js';

/** How long a person may spend at the provider before the login must start over. */
const LOGIN_TTL_MS = 10 * MINUTE;

const DEFAULTS = {
  enabled: false,
  issuer: '',
  clientId: '',
  scopes: 'openid email profile',
  emailClaim: 'email',
  nameClaim: 'name',
  externalIdClaim: 'sub',
  groupsClaim: null,
  roleMappings: [] as RoleMapping[],
  leaderRoles: ['participant'] as Role[],
  passwordLogin: true,
};

export async function getConfig(ctx: AppContext, actor: OrgActor): Promise<SsoConfigRes> {
  const row = await repo.findSsoConfig(ctx.db.kysely, actor.organisationId);
  const uris = { redirectUri: redirectUri(ctx), postLogoutRedirectUri: postLogoutRedirectUri(ctx) };
  if (!row) return { ...DEFAULTS, ...uris, hasClientSecret: false, configured: false, updatedAt: null };
  return { ...present(row), ...uris, configured: true, updatedAt: row.updated_at };
}

function present(row: SsoConfigRow) {
  return {
    enabled: row.enabled === 1,
    issuer: row.issuer,
    clientId: row.client_id,
    hasClientSecret: row.client_secret_sealed !== null,
    scopes: row.scopes,
    emailClaim: row.email_claim,
    nameClaim: row.name_claim,
    externalIdClaim: row.external_id_claim,
    groupsClaim: row.groups_claim,
    roleMappings: JSON.parse(row.role_mappings) as RoleMapping[],
    leaderRoles: JSON.parse(row.leader_roles) as Role[],
    passwordLogin: row.password_login === 1,
  };
}

/** Saves the organisation's connection; the audit entry names what changed, never the secret. */
export async function saveConfig(
  ctx: AppContext,
  actor: OrgActor,
  input: SsoConfigReq,
): Promise<SsoConfigRes> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const before = await repo.findSsoConfig(trx, actor.organisationId);
    const sealed =
      input.clientSecret !== undefined
        ? ctx.secrets.seal(input.clientSecret)
        : (before?.client_secret_sealed ?? null);
    const row: SsoConfigRow = {
      organisation_id: actor.organisationId,
      enabled: input.enabled ? 1 : 0,
      issuer: input.issuer,
      client_id: input.clientId,
      client_secret_sealed: sealed,
      scopes: input.scopes,
      email_claim: input.emailClaim,
      name_claim: input.nameClaim,
      external_id_claim: input.externalIdClaim,
      groups_claim: input.groupsClaim,
      role_mappings: JSON.stringify(input.roleMappings),
      leader_roles: JSON.stringify(input.leaderRoles),
      password_login: input.passwordLogin ? 1 : 0,
      created_at: before?.created_at ?? now,
      updated_at: now,
    };
    await repo.upsertSsoConfig(trx, row);
    const old = before ? present(before) : null;
    const next = present(row);
    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(next) as (keyof typeof next)[]) {
      if (key === 'hasClientSecret') continue;
      if (JSON.stringify(old?.[key]) !== JSON.stringify(next[key]))
        changes[key] = { before: old?.[key] ?? null, after: next[key] };
    }
    if (input.clientSecret !== undefined) changes.clientSecret = 'changed';
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'sso.configured',
      entityType: 'sso',
      entityId: actor.organisationId,
      changes,
    });
  });
  forgetProvider(actor.organisationId);
  return getConfig(ctx, actor);
}

/** What the login page offers: a button per organisation with single sign-on, and whether to show the password form. */
export async function loginOptions(ctx: AppContext): Promise<LoginOptionsRes> {
  const providers = await repo.listEnabledProviders(ctx.db.kysely);
  const organisations = await repo.countOrganisations(ctx.db.kysely);
  const everyOneOff = providers.length === organisations && providers.every((p) => p.password_login === 0);
  return {
    providers: providers.map((p) => ({ slug: p.slug, name: p.name })),
    passwordLogin: !(organisations > 0 && everyOneOff),
  };
}

const SAME_SITE = 'http://aktion.invalid';

/**
 * Only paths inside Aktion. Resolved as a browser would, so `//evil.example`, `/\\evil` or a tab
 * hidden in `/\t/evil.example` cannot send the person elsewhere.
 */
export function safeReturnTo(value: string | undefined): string {
  const hidden = (c: string) => c.charCodeAt(0) < 0x20 || c === '\\';
  if (!value?.startsWith('/') || [...value].some(hidden)) return '/';
  let url: URL;
  try {
    url = new URL(value, SAME_SITE);
  } catch {
    return '/';
  }
  return url.origin === SAME_SITE ? `${url.pathname}${url.search}${url.hash}` : '/';
}

export const loginPageWithError = (error: SsoError) => `/login?sso-fejl=${error}`;

/**
 * Begins a login at the organisation's provider: state, nonce and PKCE verifier are kept in the
 * database (any app instance may receive the callback) and the browser is sent to the provider.
 */
export async function startLogin(
  ctx: AppContext,
  slug: string,
  returnTo: string | undefined,
  ip: string,
): Promise<{ location: string; browserToken: string | null }> {
  await checkAddressLimit(ctx, 'sso', ip);
  const refuse = (error: SsoError) => ({ location: loginPageWithError(error), browserToken: null });
  const org = await findOrganisationBySlug(ctx.db.kysely, slug);
  const row = org ? await repo.findSsoConfig(ctx.db.kysely, org.id) : undefined;
  if (!org || !row || row.enabled !== 1) return refuse('not_configured');
  let provider: client.Configuration;
  try {
    provider = await providerFor(ctx, row);
  } catch (error) {
    await logRefusal(ctx, org.id, refusalFrom(error, ctx.log));
    return refuse('provider');
  }
  const browserToken = newToken();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  const now = ctx.clock.now();
  await repo.insertLoginState(ctx.db.kysely, {
    id: hashToken(state),
    organisation_id: org.id,
    browser_hash: hashToken(browserToken),
    code_verifier: verifier,
    nonce,
    return_to: safeReturnTo(returnTo),
    created_at: now.toISOString(),
    expires_at: addMs(now, LOGIN_TTL_MS).toISOString(),
  });
  const location = client
    .buildAuthorizationUrl(provider, {
      redirect_uri: redirectUri(ctx),
      scope: row.scopes,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    })
    .toString();
  return { location, browserToken };
}

export type CallbackOutcome =
  | { ok: true; userId: string; organisationId: string; idToken: string | null; returnTo: string }
  | { ok: false; error: SsoError };

/**
 * The provider sent the browser back. Checks state (once only), exchanges the code with the PKCE
 * verifier, validates the ID token (issuer, audience, expiry, signature, nonce), then matches
 * the person. Every refusal is logged precisely for the administrator.
 */
export async function finishLogin(
  ctx: AppContext,
  query: Record<string, string>,
  browserToken: string | undefined,
): Promise<CallbackOutcome> {
  const state = query.state;
  // Only the browser that began the login can finish it: a leaked callback address is worthless.
  const pending =
    state && browserToken
      ? await repo.takeLoginState(ctx.db.kysely, hashToken(state), hashToken(browserToken))
      : undefined;
  if (!pending || pending.expires_at <= ctx.clock.now().toISOString()) {
    const reason = !pending ? (browserToken ? 'state_unknown' : 'no_browser_cookie') : 'state_expired';
    ctx.log.warn({ reason }, 'single sign-on refused');
    if (pending)
      await logRefusal(ctx, pending.organisation_id, new SsoRefusal('state', 'the login took too long'));
    return { ok: false, error: 'state' };
  }
  const orgId = pending.organisation_id;
  try {
    const row = await repo.findSsoConfig(ctx.db.kysely, orgId);
    if (row?.enabled !== 1) throw new SsoRefusal('not_configured', 'single sign-on was turned off');
    const provider = await providerFor(ctx, row);
    const callbackUrl = new URL(redirectUri(ctx));
    for (const [k, v] of Object.entries(query)) callbackUrl.searchParams.set(k, v);
    const tokens = await client.authorizationCodeGrant(provider, callbackUrl, {
      pkceCodeVerifier: pending.code_verifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new SsoRefusal('token', 'no ID token in the token response');
    let claims: Record<string, unknown> = { ...idClaims };
    const needed = [row.email_claim, row.name_claim, row.external_id_claim, row.groups_claim].filter(
      Boolean,
    ) as string[];
    if (needed.some((c) => claims[c] === undefined) && provider.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(provider, tokens.access_token, idClaims.sub);
        claims = { ...info, ...claims };
      } catch (error) {
        // Only fatal if a claim we must have is still missing (readProfile says which).
        ctx.log.warn({ detail: refusalFrom(error).detail }, 'userinfo could not be fetched');
      }
    }
    const userId = await provision(ctx, row, readProfile(row, claims));
    return {
      ok: true,
      userId,
      organisationId: orgId,
      idToken: tokens.id_token ?? null,
      returnTo: pending.return_to,
    };
  } catch (error) {
    const refusal = refusalFrom(error, ctx.log);
    await logRefusal(ctx, orgId, refusal);
    return { ok: false, error: refusal.error };
  }
}

async function logRefusal(ctx: AppContext, organisationId: string, refusal: SsoRefusal): Promise<void> {
  ctx.log.warn({ organisationId, reason: refusal.error, detail: refusal.detail }, 'single sign-on refused');
  await ctx.db.kysely.transaction().execute((trx) =>
    recordAudit(trx, ctx.clock, {
      organisationId,
      actorUserId: null,
      action: 'sso.login_refused',
      entityType: 'sso',
      entityId: organisationId,
      changes: { reason: refusal.error, detail: refusal.detail },
    }),
  );
}

/**
 * Where to send the browser after an SSO session ends, so the provider's session ends too; null
 * for password sessions or providers without an end-session endpoint.
 */
export async function endSessionUrl(ctx: AppContext, actor: Actor): Promise<string | null> {
  const origin = await repo.findSessionOrigin(ctx.db.kysely, actor.sessionId);
  if (!origin?.sso_organisation_id) return null;
  const row = await repo.findSsoConfig(ctx.db.kysely, origin.sso_organisation_id);
  if (!row) return null;
  try {
    const provider = await providerFor(ctx, row);
    if (!provider.serverMetadata().end_session_endpoint) return null;
    const params: Record<string, string> = {
      post_logout_redirect_uri: postLogoutRedirectUri(ctx),
      client_id: row.client_id,
    };
    if (origin.id_token) params.id_token_hint = origin.id_token;
    return client.buildEndSessionUrl(provider, params).toString();
  } catch (error) {
    ctx.log.warn({ err: error }, 'could not build the provider logout address');
    return null;
  }
}
