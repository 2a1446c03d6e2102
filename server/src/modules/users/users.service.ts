import type { Role } from '../../../../core/roles.js';
import type { UserRes } from '../../../../core/schemas/users.js';
import { conflict, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Trx } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import { deleteSessionsOfUser } from '../auth/auth.repository.js';
import { lockOrganisation, updateMembership } from '../organisations/organisations.repository.js';
import { parseRoles, serialiseRoles } from '../organisations/organisations.service.js';
import { presentUser } from './users.presenter.js';
import * as repo from './users.repository.js';

export async function listUsers(ctx: AppContext, actor: OrgActor): Promise<UserRes[]> {
  const rows = await repo.listMembers(ctx.db.kysely, actor.organisationId);
  return rows.map(presentUser);
}

/** Opens a transaction that holds the organisation's lock and loads the member (404 if foreign). */
async function withMember<T>(
  ctx: AppContext,
  actor: OrgActor,
  userId: string,
  work: (trx: Trx, member: repo.MemberRow) => Promise<T>,
): Promise<T> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
    const member = await repo.findMember(trx, actor.organisationId, userId);
    if (!member) throw notFound();
    return work(trx, member);
  });
}

async function assertAnotherAdmin(trx: Trx, organisationId: string, userId: string) {
  if ((await repo.countOtherActiveAdmins(trx, organisationId, userId)) === 0) {
    throw conflict('users.last_admin', 'last_admin');
  }
}

export async function updateRoles(ctx: AppContext, actor: OrgActor, userId: string, roles: Role[]) {
  return withMember(ctx, actor, userId, async (trx, member) => {
    const before = parseRoles(member.roles);
    const removesAdmin = before.includes('admin') && !roles.includes('admin');
    if (removesAdmin && member.deactivated_at === null)
      await assertAnotherAdmin(trx, actor.organisationId, userId);
    await updateMembership(trx, actor.organisationId, userId, { roles: serialiseRoles(roles) });
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'user.roles_changed',
      entityType: 'user',
      entityId: userId,
      changes: { roles: { from: before, to: parseRoles(serialiseRoles(roles)) } },
    });
    return presentUser((await repo.findMember(trx, actor.organisationId, userId))!);
  });
}

/** Deactivates a member here: their sessions in this organisation end; other organisations are untouched. */
export async function deactivateUser(ctx: AppContext, actor: OrgActor, userId: string) {
  return withMember(ctx, actor, userId, async (trx, member) => {
    if (userId === actor.userId) throw conflict('users.self_deactivate', 'self_deactivate');
    if (member.deactivated_at === null) {
      if (parseRoles(member.roles).includes('admin'))
        await assertAnotherAdmin(trx, actor.organisationId, userId);
      await updateMembership(trx, actor.organisationId, userId, {
        deactivated_at: ctx.clock.now().toISOString(),
      });
      await deleteSessionsOfUser(trx, userId, actor.organisationId);
      await recordAudit(trx, ctx.clock, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'user.deactivated',
        entityType: 'user',
        entityId: userId,
      });
    }
    return presentUser((await repo.findMember(trx, actor.organisationId, userId))!);
  });
}

export async function reactivateUser(ctx: AppContext, actor: OrgActor, userId: string) {
  return withMember(ctx, actor, userId, async (trx, member) => {
    if (member.deactivated_at !== null) {
      await updateMembership(trx, actor.organisationId, userId, { deactivated_at: null });
      await recordAudit(trx, ctx.clock, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'user.reactivated',
        entityType: 'user',
        entityId: userId,
      });
    }
    return presentUser((await repo.findMember(trx, actor.organisationId, userId))!);
  });
}
