import * as client from 'openid-client';
import type { SsoError } from '../../../../core/schemas/sso.js';
import type { AppContext } from '../../lib/context.js';
import type { SsoConfigRow } from './sso.tables.js';

/** Provider requests give up after this long, so a hanging provider never holds a login open. */
const TIMEOUT_S = 10;
/** Discovery documents are kept this long per organisation (or until the configuration changes). */
const CACHE_MS = 15 * 60_000;

export const isLoopbackHttp = (url: string) => {
  const u = new URL(url);
  return u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
};

/**
 * Options for talking to `issuer`. The ID token's signature is always checked against the
 * provider's published keys (openid-client skips that by default when TLS carried the token);
 * http is allowed only for a provider on this machine.
 */
export function requestOptions(issuer: string) {
  const execute = [client.enableNonRepudiationChecks];
  if (isLoopbackHttp(issuer)) execute.push(client.allowInsecureRequests);
  return { timeout: TIMEOUT_S, execute };
}

const cache = new Map<string, { key: string; at: number; config: client.Configuration }>();

/** The provider's configuration for an organisation, from discovery (cached). */
export async function providerFor(ctx: AppContext, row: SsoConfigRow): Promise<client.Configuration> {
  const key = `${row.issuer}\u0000${row.client_id}\u0000${row.updated_at}`;
  const hit = cache.get(row.organisation_id);
  if (hit && hit.key === key && Date.now() - hit.at < CACHE_MS) return hit.config;
  const secret = row.client_secret_sealed ? ctx.secrets.open(row.client_secret_sealed) : undefined;
  const config = await client.discovery(
    new URL(row.issuer),
    row.client_id,
    secret ? { client_secret: secret } : undefined,
    secret ? client.ClientSecretBasic(secret) : client.None(),
    requestOptions(row.issuer),
  );
  cache.set(row.organisation_id, { key, at: Date.now(), config });
  return config;
}

export function forgetProvider(organisationId: string): void {
  cache.delete(organisationId);
}

export const redirectUri = (ctx: AppContext) => `${ctx.config.publicUrl}/api/auth/sso/callback`;
export const postLogoutRedirectUri = (ctx: AppContext) => `${ctx.config.publicUrl}/login?logget-ud=1`;

/** A refusal: what the person is told (`error`) and what the administrator's log says (`detail`). */
export class SsoRefusal extends Error {
  constructor(
    readonly error: SsoError,
    readonly detail: string,
  ) {
    super(`${error}: ${detail}`);
    this.name = 'SsoRefusal';
  }
}

const TOKEN_CODES = new Set([
  'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_KEY_SELECTION_FAILED',
  'OAUTH_INVALID_RESPONSE',
]);

/** Errors of talking to the provider (as opposed to bugs or database trouble on our side). */
function isProviderError(error: unknown): boolean {
  if (
    error instanceof client.ClientError ||
    error instanceof client.ResponseBodyError ||
    error instanceof client.AuthorizationResponseError ||
    error instanceof client.WWWAuthenticateChallengeError
  ) {
    return true;
  }
  const e = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof e.code === 'string' && e.code.startsWith('OAUTH_')) return true;
  // fetch: connection refused, DNS, TLS, timeouts.
  return (
    e.name === 'TimeoutError' ||
    e.name === 'AbortError' ||
    (error instanceof TypeError && e.message === 'fetch failed')
  );
}

/**
 * Sorts an error into what the person is told, keeping the precise cause for the log. Errors of
 * our own (not the provider's) are logged in full and shown as a generic provider problem.
 */
export function refusalFrom(error: unknown, log?: { error(obj: object, msg: string): void }): SsoRefusal {
  if (error instanceof SsoRefusal) return error;
  if (error instanceof client.AuthorizationResponseError) {
    const kind = error.error === 'access_denied' ? 'cancelled' : 'provider';
    return new SsoRefusal(
      kind,
      `authorization response: ${error.error} ${error.error_description ?? ''}`.trim(),
    );
  }
  if (error instanceof client.ResponseBodyError) {
    return new SsoRefusal(
      'provider',
      `token endpoint answered ${error.status}: ${error.error} ${error.error_description ?? ''}`.trim(),
    );
  }
  if (!isProviderError(error)) {
    log?.error({ err: error }, 'single sign-on failed on our side');
    return new SsoRefusal('provider', 'an error in Aktion itself; see the server log');
  }
  const e = error as { code?: string; message?: string; cause?: unknown };
  const code = e.code ?? 'unknown';
  const cause = e.cause instanceof Error ? ` (${e.cause.message})` : '';
  return new SsoRefusal(
    TOKEN_CODES.has(code) ? 'token' : 'provider',
    `${code}: ${e.message ?? String(error)}${cause}`,
  );
}
