import type { Locale } from '../../../../core/schemas/common.js';
import type { SsoTestResultRes } from '../../../../core/schemas/sso.js';
import { type MessageKey, type MessageParams, t } from '../../lib/messages.js';

type Check = SsoTestResultRes['checks'][number]['check'];
const TIMEOUT_MS = 10_000;

async function fetchJson(
  url: string,
): Promise<{ ok: true; body: unknown } | { ok: false; detail: string; reached: boolean }> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, reached: false, detail: cause ?? (error as Error).name };
  }
  if (!response.ok) return { ok: false, reached: true, detail: `HTTP ${response.status}` };
  try {
    return { ok: true, body: await response.json() };
  } catch {
    return { ok: false, reached: true, detail: 'not JSON' };
  }
}

const REQUIRED = ['authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const;

/**
 * The "test the connection" button: fetches the issuer's discovery document and its keys and says,
 * step by step and in plain words, what is wrong. Later steps are skipped once one fails.
 */
export async function testConnection(issuer: string, locale: Locale): Promise<SsoTestResultRes> {
  const checks: SsoTestResultRes['checks'] = [];
  const add = (check: Check, ok: boolean, key: MessageKey, params?: MessageParams) =>
    checks.push({ check, ok, message: t(locale, key, params) });
  const finish = (): SsoTestResultRes => {
    const order: Check[] = ['reachable', 'discovery', 'issuer_matches', 'endpoints', 'pkce', 'keys'];
    for (const check of order.slice(checks.length)) add(check, false, 'sso.check.skipped');
    return { ok: checks.every((c) => c.ok), checks };
  };

  const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const doc = await fetchJson(url);
  if (!doc.ok && !doc.reached) {
    add('reachable', false, 'sso.check.reachable.fail', { url, detail: doc.detail });
    return finish();
  }
  add('reachable', true, 'sso.check.reachable.ok');
  const meta =
    doc.ok && typeof doc.body === 'object' && doc.body !== null
      ? (doc.body as Record<string, unknown>)
      : null;
  if (!meta || typeof meta.issuer !== 'string') {
    add('discovery', false, 'sso.check.discovery.fail', { url });
    return finish();
  }
  add('discovery', true, 'sso.check.discovery.ok');
  if (meta.issuer !== issuer) {
    add('issuer_matches', false, 'sso.check.issuer_matches.fail', { actual: meta.issuer, expected: issuer });
    return finish();
  }
  add('issuer_matches', true, 'sso.check.issuer_matches.ok');
  const missing = REQUIRED.filter((k) => typeof meta[k] !== 'string');
  if (missing.length > 0) {
    add('endpoints', false, 'sso.check.endpoints.fail', { missing: missing.join(', ') });
    return finish();
  }
  add('endpoints', true, 'sso.check.endpoints.ok');
  const methods = meta.code_challenge_methods_supported;
  if (!Array.isArray(methods)) add('pkce', true, 'sso.check.pkce.unknown');
  else if (methods.includes('S256')) add('pkce', true, 'sso.check.pkce.ok');
  else add('pkce', false, 'sso.check.pkce.fail');
  const jwksUri = String(meta.jwks_uri);
  const jwks = await fetchJson(jwksUri);
  const keys = jwks.ok ? (jwks.body as { keys?: unknown }).keys : undefined;
  if (!Array.isArray(keys) || keys.length === 0) add('keys', false, 'sso.check.keys.fail', { url: jwksUri });
  else add('keys', true, 'sso.check.keys.ok', { count: keys.length });
  return finish();
}
