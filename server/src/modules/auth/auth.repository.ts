import { compiledOnce } from '../../lib/compiled-once.js';
import type { Executor } from '../../lib/context.js';
import type { NewSessionRow } from './auth.tables.js';

/** Session, reset-link and login-counter SQL. Rows never leave the auth services. */

/** Asked on every request, so compiled once (see compiledOnce). */
const sessionWithUser = compiledOnce(
  (exec: Executor, sessionId: string) =>
    exec
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .leftJoin('memberships', (join) =>
        join
          .onRef('memberships.organisation_id', '=', 'sessions.active_organisation_id')
          .onRef('memberships.user_id', '=', 'sessions.user_id'),
      )
      .leftJoin('second_factors', 'second_factors.user_id', 'sessions.user_id')
      // A person marked as left in the active organisation has no access there.
      .leftJoin('persons', (join) =>
        join
          .onRef('persons.organisation_id', '=', 'sessions.active_organisation_id')
          .onRef('persons.user_id', '=', 'sessions.user_id')
          .on('persons.left_at', 'is not', null),
      )
      .select([
        'sessions.id',
        'sessions.user_id',
        'sessions.active_organisation_id',
        'sessions.csrf_token',
        'sessions.created_at',
        'sessions.last_seen_at',
        'sessions.expires_at',
        'sessions.sso_organisation_id',
        'second_factors.confirmed_at as second_factor_confirmed_at',
        'persons.left_at as person_left_at',
        'users.is_demo',
        'users.email',
        'users.name',
        'users.locale',
        'memberships.roles',
        'memberships.deactivated_at',
      ])
      .where('sessions.id', '=', sessionId),
  [''],
);

/** The session, its user, and the membership in the active organisation (null columns if none). */
export async function findSessionWithUser(exec: Executor, sessionId: string) {
  return (await sessionWithUser(exec, sessionId))[0];
}

export async function insertSession(exec: Executor, row: NewSessionRow): Promise<void> {
  await exec.insertInto('sessions').values(row).execute();
}

export async function touchSession(exec: Executor, id: string, lastSeenAt: string, expiresAt: string) {
  await exec
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function setSessionOrganisation(exec: Executor, id: string, organisationId: string | null) {
  await exec
    .updateTable('sessions')
    .set({ active_organisation_id: organisationId })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(exec: Executor, id: string): Promise<void> {
  await exec.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(exec: Executor, userId: string, organisationId?: string) {
  let q = exec.deleteFrom('sessions').where('user_id', '=', userId);
  if (organisationId) q = q.where('active_organisation_id', '=', organisationId);
  await q.execute();
}

export async function deleteExpiredSessions(exec: Executor, nowIso: string): Promise<number> {
  const r = await exec.deleteFrom('sessions').where('expires_at', '<', nowIso).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export function findUserByEmail(exec: Executor, email: string) {
  return exec
    .selectFrom('users')
    .select(['id', 'email', 'name', 'password_hash', 'locale', 'is_demo'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function insertPasswordReset(
  exec: Executor,
  row: { id: string; user_id: string; token_hash: string; created_at: string; expires_at: string },
) {
  await exec
    .insertInto('password_resets')
    .values({ ...row, used_at: null })
    .execute();
}

export function findPasswordReset(exec: Executor, tokenHash: string) {
  return exec
    .selectFrom('password_resets')
    .innerJoin('users', 'users.id', 'password_resets.user_id')
    .select([
      'password_resets.id',
      'password_resets.user_id',
      'password_resets.expires_at',
      'password_resets.used_at',
      'users.email',
    ])
    .where('password_resets.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks a reset link used; returns false when another request used it first. */
export async function markPasswordResetUsed(exec: Executor, id: string, nowIso: string): Promise<boolean> {
  const r = await exec
    .updateTable('password_resets')
    .set({ used_at: nowIso })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Uses up every open reset link of the account (after one of them set a new password). */
export async function usePasswordResetsOfUser(exec: Executor, userId: string, nowIso: string): Promise<void> {
  await exec
    .updateTable('password_resets')
    .set({ used_at: nowIso })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export async function latestPasswordResetAt(exec: Executor, userId: string): Promise<string | null> {
  const row = await exec
    .selectFrom('password_resets')
    .select('created_at')
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.created_at ?? null;
}

export async function setPasswordHash(exec: Executor, userId: string, hash: string, nowIso: string) {
  await exec
    .updateTable('users')
    .set({ password_hash: hash, updated_at: nowIso })
    .where('id', '=', userId)
    .execute();
}

/** Adds one to a fixed-window counter and returns the new count (one statement, safe across instances). */
export async function incrementCounter(exec: Executor, key: string, windowStart: string): Promise<number> {
  const row = await exec
    .insertInto('rate_limit_counters')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        count: eb
          .case()
          .when('rate_limit_counters.window_start', '=', windowStart)
          .then(eb('rate_limit_counters.count', '+', 1))
          .else(1)
          .end(),
        window_start: windowStart,
      })),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function findLoginFailures(exec: Executor, key: string) {
  return exec.selectFrom('login_failures').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Counts one more attempt atomically and returns the new count. */
export async function recordLoginFailure(exec: Executor, key: string, nowIso: string): Promise<number> {
  const row = await exec
    .insertInto('login_failures')
    .values({ key, failures: 1, last_failure_at: nowIso })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb('login_failures.failures', '+', 1),
        last_failure_at: nowIso,
      })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

export async function clearLoginFailures(exec: Executor, key: string): Promise<void> {
  await exec.deleteFrom('login_failures').where('key', '=', key).execute();
}
