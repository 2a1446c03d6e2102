import { createHash } from 'node:crypto';
import { AppError } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import * as repo from './auth.repository.js';

const WINDOW_MS = 60_000;
/** Failures (per account and client address) allowed before the delay starts. */
const FREE_FAILURES = 3;
const MAX_DELAY_S = 60;

function rateLimited(seconds: number, reason: string): AppError {
  const s = Math.max(1, Math.ceil(seconds));
  return new AppError('rate_limited', 'error.rate_limited', {
    reason,
    params: { seconds: s },
    headers: { 'retry-after': String(s) },
  });
}

/**
 * The per-address limit: AKTION_LOGIN_RATE_LIMIT attempts per minute (0 = off), counted in the
 * database so every instance shares it.
 */
export async function checkAddressLimit(ctx: AppContext, scope: string, ip: string): Promise<void> {
  const limit = ctx.config.loginRateLimit;
  if (limit === 0) return;
  const now = ctx.clock.now().getTime();
  const windowStart = Math.floor(now / WINDOW_MS) * WINDOW_MS;
  const count = await repo.incrementCounter(
    ctx.db.kysely,
    `${scope}:${ip}`,
    new Date(windowStart).toISOString(),
  );
  if (count > limit) throw rateLimited((windowStart + WINDOW_MS - now) / 1000, 'too_many_attempts');
}

/**
 * The growing delay after failed logins is kept per account *and* client address: a stranger who
 * guesses at the administrator's password slows down only themself, never the administrator.
 */
export const failureKey = (email: string, ip: string) =>
  createHash('sha256').update(`${email}\u0000${ip}`).digest('base64url');

export function delaySeconds(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_S);
}

export async function checkAccountDelay(ctx: AppContext, key: string): Promise<void> {
  const row = await repo.findLoginFailures(ctx.db.kysely, key);
  if (!row) return;
  const waitUntil = new Date(row.last_failure_at).getTime() + delaySeconds(row.failures) * 1000;
  const now = ctx.clock.now().getTime();
  if (now < waitUntil) throw rateLimited((waitUntil - now) / 1000, 'login_delay');
}
