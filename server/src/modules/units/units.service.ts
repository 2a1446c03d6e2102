import { findCycle } from '../../../../core/organisation.js';
import type { CreateUnitReq, UnitRes, UpdateUnitReq } from '../../../../core/schemas/organisation.js';
import { conflict, fieldError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Trx } from '../../lib/context.js';
import { danishCsv, danishDate } from '../../lib/csv.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { lockOrganisation } from '../organisations/organisations.repository.js';
import { findPersonRef } from '../people/people.repository.js';
import { presentUnit, treeOrder } from './units.presenter.js';
import * as repo from './units.repository.js';
import type { UnitRow } from './units.tables.js';

export async function listUnits(ctx: AppContext, actor: OrgActor, includeEnded: boolean): Promise<UnitRes[]> {
  const rows = await repo.listUnits(ctx.db.kysely, actor.organisationId, includeEnded);
  return treeOrder(rows.map(presentUnit));
}

async function presentOne(trx: Trx, organisationId: string, id: string): Promise<UnitRes> {
  const row = (await repo.listUnits(trx, organisationId, true)).find((r) => r.id === id);
  if (!row) throw notFound();
  return presentUnit(row);
}

async function checkReferences(
  trx: Trx,
  organisationId: string,
  input: { parentId?: string | null; externalId?: string | null; managerPersonId?: string | null },
  self: string | null,
) {
  if (input.parentId && !(await repo.findUnit(trx, organisationId, input.parentId))) {
    throw fieldError('parentId', 'org.unknown_unit');
  }
  if (input.externalId) {
    const holder = await repo.findUnitByExternalId(trx, organisationId, input.externalId);
    if (holder && holder.id !== self) {
      throw conflict('org.external_id_taken', 'external_id_taken', { externalId: input.externalId });
    }
  }
  if (input.managerPersonId && !(await findPersonRef(trx, organisationId, input.managerPersonId))) {
    throw fieldError('managerPersonId', 'org.unknown_person');
  }
}

export async function createUnit(ctx: AppContext, actor: OrgActor, input: CreateUnitReq): Promise<UnitRes> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
    await checkReferences(trx, actor.organisationId, input, null);
    const row: UnitRow = {
      id: newId(),
      organisation_id: actor.organisationId,
      external_id: input.externalId,
      name: input.name,
      kind: input.kind,
      parent_id: input.parentId,
      manager_person_id: input.managerPersonId,
      ended_at: null,
      created_at: now,
      updated_at: now,
    };
    await repo.insertUnit(trx, row);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'unit.created',
      entityType: 'unit',
      entityId: row.id,
      changes: { name: input.name, kind: input.kind, parentId: input.parentId },
    });
    return presentOne(trx, actor.organisationId, row.id);
  });
}

/** Changes a unit; a new parent must not put the unit below itself. */
export async function updateUnit(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: UpdateUnitReq,
): Promise<UnitRes> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
    const before = await repo.findUnit(trx, actor.organisationId, id);
    if (!before) throw notFound();
    await checkReferences(trx, actor.organisationId, input, id);
    if (input.parentId !== undefined && input.parentId !== before.parent_id) {
      const parents = await repo.parentMap(trx, actor.organisationId);
      parents.set(id, input.parentId);
      if (findCycle(parents)) throw fieldError('parentId', 'org.cycle');
    }
    const set = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.kind !== undefined && { kind: input.kind }),
      ...(input.parentId !== undefined && { parent_id: input.parentId }),
      ...(input.externalId !== undefined && { external_id: input.externalId }),
      ...(input.managerPersonId !== undefined && { manager_person_id: input.managerPersonId }),
      ...(input.ended !== undefined && { ended_at: input.ended ? (before.ended_at ?? now) : null }),
    };
    await repo.updateUnit(trx, actor.organisationId, id, { ...set, updated_at: now });
    const changes = Object.fromEntries(
      Object.entries(set).map(([k, v]) => [k, { from: before[k as keyof UnitRow] ?? null, to: v }]),
    );
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'unit.updated',
      entityType: 'unit',
      entityId: id,
      changes,
    });
    return presentOne(trx, actor.organisationId, id);
  });
}

export async function unitsCsv(ctx: AppContext, actor: OrgActor): Promise<string> {
  const units = await listUnits(ctx, actor, true);
  const byId = new Map(units.map((u) => [u.id, u]));
  const da = actor.locale === 'da';
  const header = da
    ? [
        'Enheds-id',
        'Navn',
        'Type',
        'Overordnet enheds-id',
        'Overordnet enhed',
        'Leder',
        'Antal personer',
        'Afsluttet',
      ]
    : ['Unit id', 'Name', 'Type', 'Parent unit id', 'Parent unit', 'Manager', 'People', 'Ended'];
  const rows = units.map((u) => {
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    return [
      u.externalId ?? u.id,
      u.name,
      u.kind,
      parent ? (parent.externalId ?? parent.id) : '',
      parent?.name ?? '',
      u.manager?.name ?? '',
      u.peopleCount,
      danishDate(u.endedAt),
    ];
  });
  return danishCsv(header, rows);
}
