import { checkPassword } from '../../../../core/password-policy.js';
import type { LoginReq, PasswordResetConfirmReq } from '../../../../core/schemas/auth.js';
import type {
  SecondFactorChallengeRes,
  SecondFactorLoginReq,
} from '../../../../core/schemas/second-factor.js';
import { AppError, fieldError, gone } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { addMs, HOUR } from '../../lib/clock.js';
import type { AppContext, Trx } from '../../lib/context.js';
import { hashToken, newId, newToken } from '../../lib/ids.js';
import { queueMail } from '../../lib/mail/outbox.js';
import { type MessageKey, t } from '../../lib/messages.js';
import { hashPassword, verifyPassword } from '../../lib/passwords.js';
import { listActiveMemberships } from '../organisations/organisations.repository.js';
import { parseRoles } from '../organisations/organisations.service.js';
import { hasConfirmedSecondFactor } from '../second-factor/second-factor.repository.js';
import { completeLoginChallenge, createLoginChallenge } from '../second-factor/second-factor.service.js';
import { listPasswordOffOrganisations } from '../sso/sso.repository.js';
import * as repo from './auth.repository.js';
import {
  beginPasswordAttempt,
  checkAddressLimit,
  failureKey,
  passwordAttemptSucceeded,
} from './login-limits.js';
import { createSession, type SsoSessionOrigin } from './session.service.js';

/** The shortest time between two reset mails to the same account. */
const RESET_MAIL_INTERVAL_MS = 5 * 60_000;

const wrongCredentials = () =>
  new AppError('unauthenticated', 'auth.wrong_credentials', { reason: 'wrong_credentials' });

export type LoginOutcome =
  | { kind: 'session'; token: string }
  | { kind: 'second_factor'; challenge: SecondFactorChallengeRes };

/**
 * Checks a password. Without a second factor it opens a session in the first organisation where
 * the account is active and may use a password; with one it answers a challenge for the code.
 */
export async function login(ctx: AppContext, input: LoginReq, ip: string): Promise<LoginOutcome> {
  await checkAddressLimit(ctx, 'login', ip);
  const key = failureKey(input.email, ip);
  await beginPasswordAttempt(ctx, key);

  const user = await repo.findUserByEmail(ctx.db.kysely, input.email);
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !ok) throw wrongCredentials();
  await passwordAttemptSucceeded(ctx.db.kysely, key);
  const organisationId = await passwordOrganisation(ctx, user.id);

  if (await hasConfirmedSecondFactor(ctx.db.kysely, user.id)) {
    return { kind: 'second_factor', challenge: await createLoginChallenge(ctx, user.id, organisationId) };
  }
  const session = await openLoggedInSession(ctx, user.id, organisationId, { method: 'password' });
  return { kind: 'session', token: session.token };
}

/**
 * The organisation a password login opens in. Where an organisation has turned the password form
 * off, its people must use single sign-on; its administrators keep the password (with a second
 * factor) so a broken provider setup cannot lock everybody out.
 */
async function passwordOrganisation(ctx: AppContext, userId: string): Promise<string> {
  const memberships = await listActiveMemberships(ctx.db.kysely, userId);
  if (memberships.length === 0) {
    throw new AppError('forbidden', 'auth.deactivated', { reason: 'account_deactivated' });
  }
  const off = new Set(
    (
      await listPasswordOffOrganisations(
        ctx.db.kysely,
        memberships.map((m) => m.id),
      )
    ).map((r) => r.organisation_id),
  );
  const allowed = memberships.find((m) => !off.has(m.id) || parseRoles(m.roles).includes('admin'));
  if (!allowed) {
    throw new AppError('forbidden', 'sso.password_login_off', {
      reason: 'password_login_off',
      params: { organisation: memberships[0]?.name ?? '' },
    });
  }
  return allowed.id;
}

/** Opens a session after every check has passed, with its audit entry. */
export async function openLoggedInSession(
  ctx: AppContext,
  userId: string,
  organisationId: string,
  how: { method: 'password' | 'password+totp' | 'password+recovery_code' | 'sso' },
  sso?: SsoSessionOrigin,
) {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const session = await createSession(ctx, trx, userId, organisationId, sso);
    await recordAudit(trx, ctx.clock, {
      organisationId,
      actorUserId: userId,
      action: 'user.logged_in',
      entityType: 'user',
      entityId: userId,
      changes: how,
    });
    return session;
  });
}

/** The second step of a password login: a code from the app or a recovery code. */
export async function loginWithSecondFactor(ctx: AppContext, input: SecondFactorLoginReq, ip: string) {
  await checkAddressLimit(ctx, 'login', ip);
  const done = await completeLoginChallenge(ctx, input.challenge, input.code);
  const method = done.kind === 'totp' ? 'password+totp' : 'password+recovery_code';
  return openLoggedInSession(ctx, done.userId, done.organisationId, { method });
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
