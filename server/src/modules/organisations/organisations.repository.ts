import { compiledOnce } from '../../lib/compiled-once.js';
import type { Executor, Trx } from '../../lib/context.js';
import type { NewMembershipRow, NewOrganisationRow } from './organisations.tables.js';

export async function insertOrganisation(exec: Executor, row: NewOrganisationRow): Promise<void> {
  await exec.insertInto('organisations').values(row).execute();
}

export function findOrganisationBySlug(exec: Executor, slug: string) {
  return exec.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findOrganisation(exec: Executor, id: string) {
  return exec.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The organisations where the user's membership is active, by name. A membership whose person is
 * marked as left in that organisation counts as ended, however the person was marked.
 */
export const listActiveMemberships = compiledOnce(
  (exec: Executor, userId: string) =>
    exec
      .selectFrom('memberships')
      .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
      .select(['organisations.id', 'organisations.name', 'memberships.roles'])
      .where('memberships.user_id', '=', userId)
      .where('memberships.deactivated_at', 'is', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('persons')
              .select('persons.id')
              .whereRef('persons.organisation_id', '=', 'memberships.organisation_id')
              .whereRef('persons.user_id', '=', 'memberships.user_id')
              .where('persons.left_at', 'is not', null),
          ),
        ),
      )
      .orderBy('organisations.name'),
  [''],
);

export function findMembership(exec: Executor, organisationId: string, userId: string) {
  return exec
    .selectFrom('memberships')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertMembership(exec: Executor, row: NewMembershipRow): Promise<void> {
  await exec.insertInto('memberships').values(row).execute();
}

export async function updateMembership(
  exec: Executor,
  organisationId: string,
  userId: string,
  set: { roles?: string; deactivated_at?: string | null },
): Promise<void> {
  await exec
    .updateTable('memberships')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
}

/**
 * Serialises changes that check-then-write across an organisation's members (the last
 * administrator rule). PostgreSQL: a row lock on the organisation; SQLite: the transaction's
 * BEGIN IMMEDIATE already holds the write lock.
 */
export async function lockOrganisation(trx: Trx, dialect: 'sqlite' | 'postgres', id: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await trx.selectFrom('organisations').select('id').where('id', '=', id).forUpdate().execute();
}
