import type {
  ResponsibilityGroupBody,
  ResponsibilityGroupRes,
} from '../../../../core/schemas/responsibilities.js';
import { conflict, fieldError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { lockOrganisation } from '../organisations/organisations.repository.js';
import * as repo from './groups.repository.js';

export function listGroups(ctx: AppContext, actor: OrgActor): Promise<ResponsibilityGroupRes[]> {
  return repo.listGroups(ctx.db.kysely, actor.organisationId);
}

async function findGroup(exec: Executor, organisationId: string, id: string) {
  const [group] = await repo.listGroups(exec, organisationId, id);
  if (!group) throw notFound();
  return group;
}

const groupExists = (name: string) => conflict('responsibilities.group_exists', 'group_exists', { name });
const sameName = (a: string, b: string) => a.toLocaleLowerCase('da-DK') === b.toLocaleLowerCase('da-DK');

/** The body's persons are the organisation's (400 on `personIds`), and the name is free (409). */
async function checkBody(trx: Trx, organisationId: string, body: ResponsibilityGroupBody, selfId?: string) {
  if ((await repo.countOwnPersons(trx, organisationId, body.personIds)) !== body.personIds.length)
    throw fieldError('personIds', 'org.unknown_person');
  const names = await repo.groupNames(trx, organisationId);
  const taken = names.find((g) => g.id !== selfId && sameName(g.name, body.name));
  if (taken) throw groupExists(taken.name);
}

/**
 * Audit entries name the group and count its members, never who they are: the log is read by
 * administrators who do not need a list of the committee's people in it.
 */
async function audit(ctx: AppContext, trx: Trx, actor: OrgActor, id: string, entry: AuditOf) {
  await recordAudit(trx, ctx.clock, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    entityType: 'responsibility_group',
    entityId: id,
    ...entry,
  });
}
type AuditOf = { action: string; changes: { name: unknown; members: unknown } };

/** Checked under the organisation lock; the unique name refuses a duplicate that races past it. */
async function writing<T>(ctx: AppContext, actor: OrgActor, name: string, work: (trx: Trx) => Promise<T>) {
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
      return work(trx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw groupExists(name);
    throw error;
  }
}

export function createGroup(ctx: AppContext, actor: OrgActor, body: ResponsibilityGroupBody) {
  const orgId = actor.organisationId;
  return writing(ctx, actor, body.name, async (trx) => {
    await checkBody(trx, orgId, body);
    const id = newId();
    await repo.insertGroup(trx, {
      id,
      organisationId: orgId,
      name: body.name,
      now: ctx.clock.now().toISOString(),
    });
    await repo.replaceMembers(trx, orgId, id, body.personIds);
    await audit(ctx, trx, actor, id, {
      action: 'responsibility_group.created',
      changes: { name: body.name, members: body.personIds.length },
    });
    return findGroup(trx, orgId, id);
  });
}

export function updateGroup(ctx: AppContext, actor: OrgActor, id: string, body: ResponsibilityGroupBody) {
  const orgId = actor.organisationId;
  return writing(ctx, actor, body.name, async (trx) => {
    const before = await findGroup(trx, orgId, id);
    await checkBody(trx, orgId, body, id);
    await repo.renameGroup(trx, orgId, id, body.name, ctx.clock.now().toISOString());
    await repo.replaceMembers(trx, orgId, id, body.personIds);
    await audit(ctx, trx, actor, id, {
      action: 'responsibility_group.updated',
      changes: {
        name: before.name === body.name ? body.name : [before.name, body.name],
        members: [before.members.length, body.personIds.length],
      },
    });
    return findGroup(trx, orgId, id);
  });
}

/** Deletes a group; columns linked to it then stand for nobody (shown as not linked). */
export async function deleteGroup(ctx: AppContext, actor: OrgActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const before = await findGroup(trx, actor.organisationId, id);
    if (!(await repo.deleteGroup(trx, actor.organisationId, id))) throw notFound();
    await audit(ctx, trx, actor, id, {
      action: 'responsibility_group.deleted',
      changes: { name: before.name, members: before.members.length },
    });
  });
}
