import type { Executor } from '../../lib/context.js';
import type { NewInvitationRow, NewUserRow } from './users.tables.js';

const memberColumns = [
  'users.id',
  'users.email',
  'users.name',
  'memberships.roles',
  'memberships.deactivated_at',
  'memberships.created_at',
  'second_factors.confirmed_at as second_factor_confirmed_at',
] as const;

export function listMembers(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .leftJoin('second_factors', 'second_factors.user_id', 'users.id')
    .select(memberColumns)
    .where('memberships.organisation_id', '=', organisationId)
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
}

export function findMember(exec: Executor, organisationId: string, userId: string) {
  return exec
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .leftJoin('second_factors', 'second_factors.user_id', 'users.id')
    .select(memberColumns)
    .where('memberships.organisation_id', '=', organisationId)
    .where('memberships.user_id', '=', userId)
    .executeTakeFirst();
}

export type MemberRow = NonNullable<Awaited<ReturnType<typeof findMember>>>;

/** Active administrators other than `exceptUserId`, counted from rows inside the caller's transaction. */
export async function countOtherActiveAdmins(exec: Executor, organisationId: string, exceptUserId: string) {
  const rows = await exec
    .selectFrom('memberships')
    .select('roles')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '!=', exceptUserId)
    .where('deactivated_at', 'is', null)
    .execute();
  return rows.filter((r) => (JSON.parse(r.roles) as string[]).includes('admin')).length;
}

export function findUserByEmail(exec: Executor, email: string) {
  return exec.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertUser(exec: Executor, row: NewUserRow): Promise<void> {
  await exec.insertInto('users').values(row).execute();
}

export function listInvitations(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('invitations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(500)
    .execute();
}

export function findInvitation(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('invitations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findInvitationByToken(exec: Executor, tokenHash: string) {
  return exec
    .selectFrom('invitations')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisation_id')
    .selectAll('invitations')
    .select('organisations.name as organisation_name')
    .where('invitations.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function findPendingInvitation(exec: Executor, organisationId: string, email: string, nowIso: string) {
  return exec
    .selectFrom('invitations')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
}

export async function insertInvitation(exec: Executor, row: NewInvitationRow): Promise<void> {
  await exec.insertInto('invitations').values(row).execute();
}

/** Sets a timestamp on a pending invitation; false when it was no longer pending. */
export async function closeInvitation(
  exec: Executor,
  id: string,
  column: 'accepted_at' | 'revoked_at',
  nowIso: string,
): Promise<boolean> {
  const r = await exec
    .updateTable('invitations')
    .set({ [column]: nowIso })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
