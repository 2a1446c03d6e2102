import type { Executor } from '../../lib/context.js';
import type { NewSsoConfigRow, SsoLoginStateRow } from './sso.tables.js';

/** Single sign-on SQL: configurations, logins in progress and linked identities. */

export function findSsoConfig(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('sso_configs')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function upsertSsoConfig(exec: Executor, row: NewSsoConfigRow): Promise<void> {
  const { organisation_id: _id, created_at: _created, ...changes } = row;
  await exec
    .insertInto('sso_configs')
    .values(row)
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(changes))
    .execute();
}

/** Organisations whose single sign-on is switched on, for the login page. */
export function listEnabledProviders(exec: Executor) {
  return exec
    .selectFrom('sso_configs')
    .innerJoin('organisations', 'organisations.id', 'sso_configs.organisation_id')
    .select(['organisations.slug', 'organisations.name', 'sso_configs.password_login'])
    .where('sso_configs.enabled', '=', 1)
    .orderBy('organisations.name')
    .execute();
}

export async function countOrganisations(exec: Executor): Promise<number> {
  const row = await exec
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertLoginState(exec: Executor, row: SsoLoginStateRow): Promise<void> {
  await exec.insertInto('sso_login_states').values(row).execute();
}

/**
 * Takes a login state out, for the browser that began it only; one callback can ever get it, so
 * a replayed `state` finds nothing (and a foreign browser cannot use it up).
 */
export async function takeLoginState(exec: Executor, id: string, browserHash: string) {
  return exec
    .deleteFrom('sso_login_states')
    .where('id', '=', id)
    .where('browser_hash', '=', browserHash)
    .returningAll()
    .executeTakeFirst();
}

export function findIdentity(exec: Executor, organisationId: string, issuer: string, subject: string) {
  return exec
    .selectFrom('user_identities')
    .select(['id', 'user_id'])
    .where('organisation_id', '=', organisationId)
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export async function insertIdentity(
  exec: Executor,
  row: { id: string; organisation_id: string; user_id: string; issuer: string; subject: string; now: string },
): Promise<void> {
  await exec
    .insertInto('user_identities')
    .values({
      id: row.id,
      organisation_id: row.organisation_id,
      user_id: row.user_id,
      issuer: row.issuer,
      subject: row.subject,
      created_at: row.now,
      last_login_at: row.now,
    })
    .execute();
}

export async function touchIdentity(exec: Executor, id: string, nowIso: string): Promise<void> {
  await exec.updateTable('user_identities').set({ last_login_at: nowIso }).where('id', '=', id).execute();
}

/** The sessions' SSO columns, for logout. */
export function findSessionOrigin(exec: Executor, sessionId: string) {
  return exec
    .selectFrom('sessions')
    .select(['sso_organisation_id', 'id_token'])
    .where('id', '=', sessionId)
    .executeTakeFirst();
}

/** The organisations among `ids` that have switched the password form off. */
export function listPasswordOffOrganisations(exec: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('sso_configs')
    .select('organisation_id')
    .where('organisation_id', 'in', ids)
    .where('enabled', '=', 1)
    .where('password_login', '=', 0)
    .execute();
}
