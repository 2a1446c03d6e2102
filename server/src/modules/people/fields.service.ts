import { DEFAULT_FIELDS } from '../../../../core/organisation.js';
import type { CreateFieldReq, FieldRes, UpdateFieldReq } from '../../../../core/schemas/organisation.js';
import { conflict, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { lockOrganisation } from '../organisations/organisations.repository.js';
import { slugify } from '../organisations/organisations.service.js';
import * as repo from './fields.repository.js';
import { presentField } from './people.presenter.js';

/** Gives a new organisation the default list of professional fields. */
export async function addDefaultFields(
  exec: Executor,
  organisationId: string,
  nowIso: string,
): Promise<void> {
  await repo.insertFields(
    exec,
    DEFAULT_FIELDS.map((f, i) => ({
      id: newId(),
      organisation_id: organisationId,
      key: f.key,
      name: f.name,
      sort_order: i,
      archived_at: null,
      created_at: nowIso,
    })),
  );
}

export async function listFields(ctx: AppContext, actor: OrgActor): Promise<FieldRes[]> {
  return (await repo.listFields(ctx.db.kysely, actor.organisationId)).map(presentField);
}

export async function createField(
  ctx: AppContext,
  actor: OrgActor,
  input: CreateFieldReq,
): Promise<FieldRes> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
    const key = slugify(input.name);
    if (await repo.findFieldByKey(trx, actor.organisationId, key))
      throw conflict('org.field_exists', 'field_exists');
    const existing = await repo.listFields(trx, actor.organisationId);
    const row = {
      id: newId(),
      organisation_id: actor.organisationId,
      key,
      name: input.name,
      sort_order: existing.length,
      archived_at: null,
      created_at: now,
    };
    await repo.insertFields(trx, [row]);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'field.created',
      entityType: 'field',
      entityId: row.id,
      changes: { name: input.name },
    });
    return presentField(row);
  });
}

export async function updateField(ctx: AppContext, actor: OrgActor, id: string, input: UpdateFieldReq) {
  const now = ctx.clock.now().toISOString();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
    const before = await repo.findField(trx, actor.organisationId, id);
    if (!before) throw notFound();
    const set: { name?: string; archived_at?: string | null } = {};
    if (input.name !== undefined && input.name !== before.name) {
      const holder = await repo.findFieldByKey(trx, actor.organisationId, slugify(input.name));
      if (holder && holder.id !== id) throw conflict('org.field_exists', 'field_exists');
      set.name = input.name;
    }
    if (input.archived !== undefined) set.archived_at = input.archived ? (before.archived_at ?? now) : null;
    await repo.updateField(trx, actor.organisationId, id, set);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'field.updated',
      entityType: 'field',
      entityId: id,
      changes: { name: { from: before.name, to: set.name ?? before.name }, archived: input.archived ?? null },
    });
    return presentField((await repo.findField(trx, actor.organisationId, id))!);
  });
}
