import type { Executor } from '../../lib/context.js';

/** Second-factor, recovery-code and login-challenge SQL. */

export function findSecondFactor(exec: Executor, userId: string) {
  return exec.selectFrom('second_factors').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function hasConfirmedSecondFactor(exec: Executor, userId: string): Promise<boolean> {
  const row = await exec
    .selectFrom('second_factors')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Starts (or restarts) an enrolment: the old unconfirmed secret, if any, is replaced. */
export async function upsertPendingSecondFactor(
  exec: Executor,
  userId: string,
  secretSealed: string,
  nowIso: string,
): Promise<void> {
  await exec
    .insertInto('second_factors')
    .values({ user_id: userId, secret_sealed: secretSealed, confirmed_at: null, created_at: nowIso })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ secret_sealed: secretSealed, created_at: nowIso, last_used_step: null })
        // A factor in use is never replaced by a new enrolment.
        .where('second_factors.confirmed_at', 'is', null),
    )
    .execute();
}

/**
 * Accepts a code's step once: true only when no code of this or a later step was accepted
 * before, also when two requests race with the same code.
 */
export async function spendStep(exec: Executor, userId: string, step: number): Promise<boolean> {
  const r = await exec
    .updateTable('second_factors')
    .set({ last_used_step: step })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Confirms the very secret the code was checked against (a restarted enrolment does not count). */
export async function confirmSecondFactor(
  exec: Executor,
  userId: string,
  secretSealed: string,
  nowIso: string,
): Promise<boolean> {
  const r = await exec
    .updateTable('second_factors')
    .set({ confirmed_at: nowIso })
    .where('user_id', '=', userId)
    .where('secret_sealed', '=', secretSealed)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteSecondFactor(exec: Executor, userId: string): Promise<boolean> {
  await exec.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await exec.deleteFrom('login_challenges').where('user_id', '=', userId).execute();
  const r = await exec.deleteFrom('second_factors').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function replaceRecoveryCodes(
  exec: Executor,
  userId: string,
  rows: { id: string; code_hash: string }[],
  nowIso: string,
): Promise<void> {
  await exec.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await exec
    .insertInto('recovery_codes')
    .values(rows.map((r) => ({ ...r, user_id: userId, used_at: null, created_at: nowIso })))
    .execute();
}

export async function countUnusedRecoveryCodes(exec: Executor, userId: string): Promise<number> {
  const row = await exec
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** 'used' when the code exists but was used before; 'unknown' when it never existed. */
export async function spendRecoveryCode(
  exec: Executor,
  userId: string,
  codeHash: string,
  nowIso: string,
): Promise<'ok' | 'used' | 'unknown'> {
  const r = await exec
    .updateTable('recovery_codes')
    .set({ used_at: nowIso })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 1) return 'ok';
  const used = await exec
    .selectFrom('recovery_codes')
    .select('id')
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
  return used ? 'used' : 'unknown';
}

export async function insertLoginChallenge(
  exec: Executor,
  row: { id: string; user_id: string; organisation_id: string; created_at: string; expires_at: string },
): Promise<void> {
  await exec
    .insertInto('login_challenges')
    .values({ ...row, attempts: 0 })
    .execute();
}

export function findLoginChallenge(exec: Executor, id: string) {
  return exec
    .selectFrom('login_challenges')
    .innerJoin('users', 'users.id', 'login_challenges.user_id')
    .select([
      'login_challenges.id',
      'login_challenges.user_id',
      'login_challenges.organisation_id',
      'login_challenges.attempts',
      'login_challenges.expires_at',
      'users.email',
    ])
    .where('login_challenges.id', '=', id)
    .executeTakeFirst();
}

/** Counts a wrong code; the new count. */
export async function countChallengeAttempt(exec: Executor, id: string): Promise<number> {
  await exec
    .updateTable('login_challenges')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
  const row = await exec
    .selectFrom('login_challenges')
    .select('attempts')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.attempts ?? Number.POSITIVE_INFINITY;
}

/** Removes the challenge; false when another request used it first. */
export async function deleteLoginChallenge(exec: Executor, id: string): Promise<boolean> {
  const r = await exec.deleteFrom('login_challenges').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function deleteExpiredLoginChallenges(exec: Executor, nowIso: string): Promise<void> {
  await exec.deleteFrom('login_challenges').where('expires_at', '<', nowIso).execute();
}
