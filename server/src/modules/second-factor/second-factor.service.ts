import type { SecondFactorStatusRes } from '../../../../core/schemas/second-factor.js';
import { AppError, conflict, fieldError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { addMs, MINUTE } from '../../lib/clock.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { hashToken, newId, newToken } from '../../lib/ids.js';
import type { Actor, OrgActor } from '../../lib/policy.js';
import { beginPasswordAttempt, failureKey, passwordAttemptSucceeded } from '../auth/login-limits.js';
import { listActiveMemberships } from '../organisations/organisations.repository.js';
import { parseRoles } from '../organisations/organisations.service.js';
import * as repo from './second-factor.repository.js';
import {
  enrolmentDetails,
  hashRecoveryCode,
  isRecoveryCode,
  matchingStep,
  newRecoveryCodes,
  newTotpSecret,
} from './totp.js';

/** How long the second step of a login may wait after the password. */
const CHALLENGE_TTL_MS = 5 * MINUTE;
/** Wrong codes allowed per challenge before the person must start over with the password. */
const CHALLENGE_ATTEMPTS = 5;

export async function status(ctx: AppContext, actor: Actor): Promise<SecondFactorStatusRes> {
  const exec = ctx.db.kysely;
  const factor = await repo.findSecondFactor(exec, actor.userId);
  const on = factor?.confirmed_at != null;
  return {
    status: on ? 'on' : factor ? 'pending' : 'off',
    recoveryCodesLeft: on ? await repo.countUnusedRecoveryCodes(exec, actor.userId) : 0,
    required: await requiredFor(ctx, exec, actor.userId),
  };
}

/**
 * Administrators must use a second factor outside the demo; the seeded demo accounts never must,
 * so the demo stays easy to try. Single sign-on leaves the second factor to the provider.
 */
async function requiredFor(ctx: AppContext, exec: Executor, userId: string): Promise<boolean> {
  if (!ctx.config.adminSecondFactor) return false;
  const user = await exec.selectFrom('users').select('is_demo').where('id', '=', userId).executeTakeFirst();
  if (!user || user.is_demo === 1) return false;
  const memberships = await listActiveMemberships(exec, userId);
  return memberships.some((m) => parseRoles(m.roles).includes('admin'));
}

/** Starts enrolment with a new secret; the factor is not in use until a code confirms it. */
export async function startEnrolment(ctx: AppContext, actor: Actor) {
  const existing = await repo.findSecondFactor(ctx.db.kysely, actor.userId);
  if (existing?.confirmed_at) throw conflict('second_factor.already_on', 'second_factor_on');
  const secret = newTotpSecret();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await repo.upsertPendingSecondFactor(
      trx,
      actor.userId,
      ctx.secrets.seal(secret),
      ctx.clock.now().toISOString(),
    );
    await auditEverywhere(ctx, trx, actor.userId, actor.userId, 'user.second_factor_enrolment_started');
  });
  return enrolmentDetails(secret, actor.email);
}

const wrongCode = () => fieldError('code', 'second_factor.wrong_code');

/** Confirms enrolment with the first code; answers the ten recovery codes, shown only now. */
export async function confirmEnrolment(ctx: AppContext, actor: Actor, code: string) {
  const exec = ctx.db.kysely;
  const factor = await repo.findSecondFactor(exec, actor.userId);
  if (!factor) throw conflict('second_factor.not_started', 'second_factor_not_started');
  if (factor.confirmed_at) throw conflict('second_factor.already_on', 'second_factor_on');
  const now = ctx.clock.now();
  const step = isRecoveryCode(code) ? null : matchingStep(ctx.secrets.open(factor.secret_sealed), code, now);
  if (step === null) throw wrongCode();
  return exec.transaction().execute(async (trx) => {
    if (!(await repo.spendStep(trx, actor.userId, step))) throw wrongCode();
    if (!(await repo.confirmSecondFactor(trx, actor.userId, factor.secret_sealed, now.toISOString()))) {
      throw conflict('second_factor.already_on', 'second_factor_on');
    }
    const codes = await storeRecoveryCodes(trx, actor.userId, now.toISOString());
    // Sessions opened before, perhaps with a stolen password, end: only this one goes on.
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', actor.userId)
      .where('id', '!=', actor.sessionId)
      .execute();
    await auditEverywhere(ctx, trx, actor.userId, actor.userId, 'user.second_factor_enabled');
    return codes;
  });
}

async function storeRecoveryCodes(trx: Trx, userId: string, nowIso: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await repo.replaceRecoveryCodes(
    trx,
    userId,
    codes.map((c) => ({ id: newId(), code_hash: hashRecoveryCode(c) })),
    nowIso,
  );
  return codes;
}

/** Audits a change of a person's second factor in every organisation they belong to. */
async function auditEverywhere(
  ctx: AppContext,
  trx: Trx,
  actorUserId: string | null,
  userId: string,
  action: string,
  changes?: Record<string, unknown>,
) {
  for (const org of await listActiveMemberships(trx, userId)) {
    await recordAudit(trx, ctx.clock, {
      organisationId: org.id,
      actorUserId,
      action,
      entityType: 'user',
      entityId: userId,
      changes,
    });
  }
}

type CodeCheck = { ok: true; kind: 'totp' | 'recovery' } | { ok: false; reason: 'wrong_code' | 'used_code' };

/** Checks a TOTP or recovery code of a confirmed factor and uses it up. */
async function spendCode(ctx: AppContext, trx: Trx, userId: string, code: string): Promise<CodeCheck> {
  const factor = await repo.findSecondFactor(trx, userId);
  if (!factor?.confirmed_at) return { ok: false, reason: 'wrong_code' };
  const now = ctx.clock.now();
  if (isRecoveryCode(code)) {
    const used = await repo.spendRecoveryCode(trx, userId, hashRecoveryCode(code), now.toISOString());
    if (used === 'ok') return { ok: true, kind: 'recovery' };
    return { ok: false, reason: used === 'used' ? 'used_code' : 'wrong_code' };
  }
  const step = matchingStep(ctx.secrets.open(factor.secret_sealed), code, now);
  if (step === null) return { ok: false, reason: 'wrong_code' };
  if (!(await repo.spendStep(trx, userId, step))) return { ok: false, reason: 'used_code' };
  return { ok: true, kind: 'totp' };
}

function codeRefused(reason: 'wrong_code' | 'used_code'): AppError {
  return fieldError('code', reason === 'used_code' ? 'second_factor.used_code' : 'second_factor.wrong_code');
}

/** Turns the factor off; needs a current code. Refused for administrators who must have one. */
export async function disable(ctx: AppContext, actor: Actor, code: string): Promise<void> {
  if (await requiredFor(ctx, ctx.db.kysely, actor.userId)) {
    throw new AppError('forbidden', 'second_factor.required', { reason: 'second_factor_required' });
  }
  await withCheckedCode(ctx, actor.userId, code, async (trx) => {
    await repo.deleteSecondFactor(trx, actor.userId);
    await auditEverywhere(ctx, trx, actor.userId, actor.userId, 'user.second_factor_disabled');
  });
}

/** New recovery codes (the old ones stop working); needs a current code. */
export async function regenerateRecoveryCodes(ctx: AppContext, actor: Actor, code: string) {
  return withCheckedCode(ctx, actor.userId, code, async (trx) => {
    const codes = await storeRecoveryCodes(trx, actor.userId, ctx.clock.now().toISOString());
    await auditEverywhere(ctx, trx, actor.userId, actor.userId, 'user.recovery_codes_renewed');
    return codes;
  });
}

/**
 * Runs `work` after using up `code`; a refused code is recorded in the log outside the
 * transaction, so the refusal stays on record while nothing else changes.
 */
async function withCheckedCode<T>(
  ctx: AppContext,
  userId: string,
  code: string,
  work: (trx: Trx) => Promise<T>,
): Promise<T> {
  const result = await ctx.db.kysely.transaction().execute(async (trx) => {
    const check = await spendCode(ctx, trx, userId, code);
    if (!check.ok) return check;
    return { ok: true as const, value: await work(trx) };
  });
  if (!result.ok) {
    await logRefusal(ctx, userId, result.reason);
    throw codeRefused(result.reason);
  }
  return result.value;
}

async function logRefusal(ctx: AppContext, userId: string, reason: string): Promise<void> {
  await ctx.db.kysely
    .transaction()
    .execute((trx) => auditEverywhere(ctx, trx, null, userId, 'user.second_factor_refused', { reason }));
}

/** After a correct password: a short-lived challenge the second step must present. */
export async function createLoginChallenge(ctx: AppContext, userId: string, organisationId: string) {
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = addMs(now, CHALLENGE_TTL_MS).toISOString();
  await repo.deleteExpiredLoginChallenges(ctx.db.kysely, now.toISOString());
  await repo.insertLoginChallenge(ctx.db.kysely, {
    id: hashToken(token),
    user_id: userId,
    organisation_id: organisationId,
    created_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { secondFactorRequired: true as const, challenge: token, expiresAt };
}

const challengeGone = () =>
  new AppError('unauthenticated', 'second_factor.challenge_expired', { reason: 'challenge_expired' });

/**
 * The second step of a password login. Answers the user and organisation to open a session for;
 * the caller opens it in `trx`'s place.
 */
export async function completeLoginChallenge(ctx: AppContext, challengeToken: string, code: string) {
  const exec = ctx.db.kysely;
  const id = hashToken(challengeToken);
  const challenge = await repo.findLoginChallenge(exec, id);
  if (!challenge || challenge.expires_at <= ctx.clock.now().toISOString()) throw challengeGone();
  // Per account, whatever the challenge or address: someone with the password cannot guess
  // codes faster by starting new logins. Counted before the check, so parallel guesses wait too.
  const key = failureKey(`second-factor:${challenge.user_id}`, '');
  await beginPasswordAttempt(ctx, key);
  const result = await exec.transaction().execute(async (trx) => {
    const check = await spendCode(ctx, trx, challenge.user_id, code);
    // Two requests with the same challenge: only the one that removes it goes on.
    if (check.ok && !(await repo.deleteLoginChallenge(trx, id))) return null;
    return check;
  });
  if (!result) throw challengeGone();
  if (!result.ok) {
    await logRefusal(ctx, challenge.user_id, result.reason);
    const attempts = await repo.countChallengeAttempt(exec, id);
    if (attempts >= CHALLENGE_ATTEMPTS) {
      await repo.deleteLoginChallenge(exec, id);
      throw challengeGone();
    }
    throw codeRefused(result.reason);
  }
  await passwordAttemptSucceeded(exec, key);
  return {
    userId: challenge.user_id,
    organisationId: challenge.organisation_id,
    kind: result.kind,
    email: challenge.email,
  };
}

/** An administrator removes another person's second factor (a lost phone); audited, sessions ended. */
export async function resetForUser(ctx: AppContext, actor: OrgActor, userId: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const theirs = await listActiveMemberships(trx, userId);
    if (!theirs.some((m) => m.id === actor.organisationId)) throw notFound();
    // The factor guards the account everywhere: only someone who administers every organisation
    // the person belongs to may remove it.
    const mine = new Set(
      (await listActiveMemberships(trx, actor.userId))
        .filter((m) => parseRoles(m.roles).includes('admin'))
        .map((m) => m.id),
    );
    if (theirs.some((m) => !mine.has(m.id))) {
      throw new AppError('forbidden', 'second_factor.reset_elsewhere', { reason: 'member_elsewhere' });
    }
    if (!(await repo.deleteSecondFactor(trx, userId))) {
      throw conflict('second_factor.none_to_reset', 'second_factor_off');
    }
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await auditEverywhere(ctx, trx, actor.userId, userId, 'user.second_factor_reset');
  });
}
