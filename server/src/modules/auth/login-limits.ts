import { createHash } from 'node:crypto';
import { AppError } from '../../lib/app-error.js';
import type { AppContext, Executor } from '../../lib/context.js';
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
export async function checkAddressLimit(
  ctx: AppContext,
  scope: string,
  ip: string,
  limit = ctx.config.loginRateLimit,
): Promise<void> {
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

/**
 * Counts a password attempt *before* the password is checked, so parallel guesses cannot all
 * slip through while the first is being verified. Up to three attempts are free; after that an
 * attempt must wait out the delay, and only one attempt may run per delay period.
 * Call `passwordAttemptSucceeded` when the password was right.
 */
export async function beginPasswordAttempt(ctx: AppContext, key: string): Promise<void> {
  const exec = ctx.db.kysely;
  const now = ctx.clock.now();
  const before = await repo.findLoginFailures(exec, key);
  const waitUntil = before
    ? new Date(before.last_failure_at).getTime() + delaySeconds(before.failures) * 1000
    : 0;
  if (now.getTime() < waitUntil) throw rateLimited((waitUntil - now.getTime()) / 1000, 'login_delay');
  const count = await repo.recordLoginFailure(exec, key, now.toISOString());
  const earlier = count - 1;
  if (earlier >= FREE_FAILURES && earlier !== before?.failures) {
    // Another attempt was counted between our read and our write: it runs, this one waits.
    throw rateLimited(delaySeconds(earlier), 'login_delay');
  }
}

export async function passwordAttemptSucceeded(exec: Executor, key: string): Promise<void> {
  await repo.clearLoginFailures(exec, key);
}
