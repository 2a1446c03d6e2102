import { SSO_ERRORS, type SsoError } from '../../../../core/schemas/sso.js';

/** Only same-site paths: never an open redirect. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/** The `sso-fejl` code in the address, as one the login page explains ('unknown' for anything else). */
export function ssoErrorFrom(value: string | null): SsoError | 'unknown' | null {
  if (value === null) return null;
  return (SSO_ERRORS as readonly string[]).includes(value) ? (value as SsoError) : 'unknown';
}
