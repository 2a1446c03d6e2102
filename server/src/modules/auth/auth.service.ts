import { checkPassword } from '../../../../core/password-policy.js';
import type { LoginReq, PasswordResetConfirmReq } from '../../../../core/schemas/auth.js';
import { AppError, fieldError, gone } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { addMs, HOUR } from '../../lib/clock.js';
import type { AppContext, Trx } from '../../lib/context.js';
import { hashToken, newId, newToken } from '../../lib/ids.js';
import { queueMail } from '../../lib/mail/outbox.js';
import { type MessageKey, t } from '../../lib/messages.js';
import { hashPassword, verifyPassword } from '../../lib/passwords.js';
import { listActiveMemberships } from '../organisations/organisations.repository.js';
import * as repo from './auth.repository.js';
import {
  beginPasswordAttempt,
  checkAddressLimit,
  failureKey,
  passwordAttemptSucceeded,
} from './login-limits.js';
import { createSession } from './session.service.js';

/** The shortest time between two reset mails to the same account. */
const RESET_MAIL_INTERVAL_MS = 5 * 60_000;

const wrongCredentials = () =>
  new AppError('unauthenticated', 'auth.wrong_credentials', { reason: 'wrong_credentials' });

/** Checks a password and opens a session in the first organisation where the account is active. */
export async function login(ctx: AppContext, input: LoginReq, ip: string) {
  await checkAddressLimit(ctx, 'login', ip);
  const key = failureKey(input.email, ip);
  await beginPasswordAttempt(ctx, key);

  const user = await repo.findUserByEmail(ctx.db.kysely, input.email);
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !ok) throw wrongCredentials();
  await passwordAttemptSucceeded(ctx.db.kysely, key);
  const memberships = await listActiveMemberships(ctx.db.kysely, user.id);
  const first = memberships[0];
  if (!first) throw new AppError('forbidden', 'auth.deactivated', { reason: 'account_deactivated' });

  return ctx.db.kysely.transaction().execute(async (trx) => {
    const session = await createSession(ctx, trx, user.id, first.id);
    await recordAudit(trx, ctx.clock, {
      organisationId: first.id,
      actorUserId: user.id,
      action: 'user.logged_in',
      entityType: 'user',
      entityId: user.id,
    });
    return session;
  });
}

export async function logout(
  ctx: AppContext,
  sessionId: string,
  userId: string,
  organisationId: string | null,
) {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, sessionId);
    if (organisationId) {
      await recordAudit(trx, ctx.clock, {
        organisationId,
        actorUserId: userId,
        action: 'user.logged_out',
        entityType: 'user',
        entityId: userId,
      });
    }
  });
}

/**
 * Sends a single-use reset link valid for one hour. The caller answers the same whether or not
 * the address has an account.
 */
export async function requestPasswordReset(ctx: AppContext, email: string, ip: string): Promise<void> {
  await checkAddressLimit(ctx, 'reset', ip);
  const user = await repo.findUserByEmail(ctx.db.kysely, email);
  if (!user) return;
  const memberships = await listActiveMemberships(ctx.db.kysely, user.id);
  if (memberships.length === 0) return;
  const now = ctx.clock.now();
  // One mail per account per few minutes, whoever asks: nobody can flood a person's inbox.
  const latest = await repo.latestPasswordResetAt(ctx.db.kysely, user.id);
  if (latest && now.getTime() - new Date(latest).getTime() < RESET_MAIL_INTERVAL_MS) return;
  const token = newToken();
  const locale = user.locale === 'en' ? 'en' : 'da';
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await repo.insertPasswordReset(trx, {
      id: newId(),
      user_id: user.id,
      token_hash: hashToken(token),
      created_at: now.toISOString(),
      expires_at: addMs(now, HOUR).toISOString(),
    });
    await queueMail(trx, ctx.clock, {
      // No organisation: the dev outbox shows mails per organisation, and a reset link must
      // never be readable by an administrator of any organisation the person belongs to.
      organisationId: null,
      to: user.email,
      subject: t(locale, 'mail.reset.subject'),
      text: t(locale, 'mail.reset.body', {
        name: user.name,
        link: `${ctx.config.publicUrl}/nulstil-adgangskode/${token}`,
      }),
    });
    for (const org of memberships) {
      await recordAudit(trx, ctx.clock, {
        organisationId: org.id,
        actorUserId: null, // whoever typed the address; not necessarily the account's owner
        action: 'user.password_reset_requested',
        entityType: 'user',
        entityId: user.id,
      });
    }
  });
}

export function passwordProblem(password: string, email: string): AppError | null {
  const problem = checkPassword(password, { email });
  return problem ? fieldError('password', `password.${problem}` as MessageKey) : null;
}

/** Sets a new password from a reset link, ends every session of the account, and uses up the link. */
export async function confirmPasswordReset(ctx: AppContext, input: PasswordResetConfirmReq): Promise<void> {
  const reset = await repo.findPasswordReset(ctx.db.kysely, hashToken(input.token));
  const now = ctx.clock.now().toISOString();
  if (!reset) throw gone('link_unknown');
  if (reset.used_at) throw gone('link_used');
  if (reset.expires_at <= now) throw gone('link_expired');
  const problem = passwordProblem(input.password, reset.email);
  if (problem) throw problem;
  const hash = await hashPassword(input.password);
  await ctx.db.kysely.transaction().execute(async (trx: Trx) => {
    if (!(await repo.markPasswordResetUsed(trx, reset.id, now))) throw gone('link_used');
    await repo.usePasswordResetsOfUser(trx, reset.user_id, now);
    await repo.setPasswordHash(trx, reset.user_id, hash, now);
    await repo.deleteSessionsOfUser(trx, reset.user_id);
    for (const org of await listActiveMemberships(trx, reset.user_id)) {
      await recordAudit(trx, ctx.clock, {
        organisationId: org.id,
        actorUserId: reset.user_id,
        action: 'user.password_reset',
        entityType: 'user',
        entityId: reset.user_id,
      });
    }
  });
}
