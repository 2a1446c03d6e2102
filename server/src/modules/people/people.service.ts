import { LEADER_LEVELS, personSearchText } from '../../../../core/organisation.js';
import type {
  CreatePersonReq,
  PeoplePageRes,
  PeopleQueryReq,
  PersonRes,
  UpdatePersonReq,
} from '../../../../core/schemas/organisation.js';
import { conflict, fieldError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { danishCsv, danishDate } from '../../lib/csv.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { findMembership, lockOrganisation } from '../organisations/organisations.repository.js';
import { findUnit } from '../units/units.repository.js';
import { findField } from './fields.repository.js';
import { presentPerson } from './people.presenter.js';
import * as repo from './people.repository.js';
import type { PersonRow } from './people.tables.js';

/** Turns the API query into the repository's filter (the unit filter becomes a list of units). */
export async function toFilter(
  exec: Executor,
  actor: OrgActor,
  q: PeopleQueryReq,
): Promise<repo.PeopleFilter> {
  let unitIds: string[] | undefined;
  if (q.unitId) {
    unitIds =
      q.includeSubunits === 'true' ? await repo.subtreeIds(exec, actor.organisationId, q.unitId) : [q.unitId];
  }
  return {
    organisationId: actor.organisationId,
    unitIds,
    levels: q.level === 'leaders' ? LEADER_LEVELS : q.level,
    fieldId: q.fieldId,
    search: q.q ? personSearchText(q.q, null) : undefined,
    status: q.status,
  };
}

export async function listPeople(
  ctx: AppContext,
  actor: OrgActor,
  q: PeopleQueryReq,
): Promise<PeoplePageRes> {
  const exec = ctx.db.kysely;
  const filter = await toFilter(exec, actor, q);
  const [rows, total] = await Promise.all([
    repo.listPeople(exec, filter, q.limit, q.offset),
    repo.countPeople(exec, filter),
  ]);
  return { items: rows.map(presentPerson), total };
}

export async function getPerson(ctx: AppContext, actor: OrgActor, id: string): Promise<PersonRes> {
  const row = await repo.findPerson(ctx.db.kysely, actor.organisationId, id);
  if (!row) throw notFound();
  return presentPerson(row);
}

type PersonInput = Partial<Omit<CreatePersonReq, 'level'>>;

async function checkReferences(trx: Trx, organisationId: string, input: PersonInput, self: string | null) {
  if (input.unitId && !(await findUnit(trx, organisationId, input.unitId)))
    throw fieldError('unitId', 'org.unknown_unit');
  if (input.fieldId) {
    const field = await findField(trx, organisationId, input.fieldId);
    if (!field || field.archived_at) throw fieldError('fieldId', 'org.unknown_field');
  }
  if (input.userId) {
    const membership = await findMembership(trx, organisationId, input.userId);
    if (!membership) throw fieldError('userId', 'org.unknown_user');
    const linked = await repo.findPersonBy(trx, organisationId, 'user_id', input.userId);
    if (linked && linked.id !== self) throw conflict('org.user_already_linked', 'user_already_linked');
  }
  if (input.externalId) {
    const holder = await repo.findPersonBy(trx, organisationId, 'external_id', input.externalId);
    if (holder && holder.id !== self) {
      throw conflict('org.external_id_taken', 'external_id_taken', { externalId: input.externalId });
    }
  }
}

async function presentOne(trx: Trx, organisationId: string, id: string) {
  return presentPerson((await repo.findPerson(trx, organisationId, id))!);
}

export async function createPerson(
  ctx: AppContext,
  actor: OrgActor,
  input: CreatePersonReq,
): Promise<PersonRes> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
    await checkReferences(trx, actor.organisationId, input, null);
    const row: PersonRow = {
      id: newId(),
      organisation_id: actor.organisationId,
      external_id: input.externalId,
      name: input.name,
      email: input.email,
      search_text: personSearchText(input.name, input.email),
      job_title: input.jobTitle,
      unit_id: input.unitId,
      level: input.level,
      field_id: input.fieldId,
      user_id: input.userId,
      left_at: null,
      created_at: now,
      updated_at: now,
    };
    await repo.insertPerson(trx, row);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'person.created',
      entityType: 'person',
      entityId: row.id,
      changes: { unitId: input.unitId, level: input.level },
    });
    return presentOne(trx, actor.organisationId, row.id);
  });
}

export async function updatePerson(ctx: AppContext, actor: OrgActor, id: string, input: UpdatePersonReq) {
  const now = ctx.clock.now().toISOString();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
    const before = await repo.findPersonRef(trx, actor.organisationId, id);
    if (!before) throw notFound();
    await checkReferences(trx, actor.organisationId, input, id);
    const set = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.email !== undefined && { email: input.email }),
      ...(input.jobTitle !== undefined && { job_title: input.jobTitle }),
      ...(input.unitId !== undefined && { unit_id: input.unitId }),
      ...(input.level !== undefined && { level: input.level }),
      ...(input.fieldId !== undefined && { field_id: input.fieldId }),
      ...(input.externalId !== undefined && { external_id: input.externalId }),
      ...(input.userId !== undefined && { user_id: input.userId }),
      ...(input.left !== undefined && { left_at: input.left ? (before.left_at ?? now) : null }),
    };
    const searchText = personSearchText(
      set.name ?? before.name,
      set.email === undefined ? before.email : set.email,
    );
    await repo.updatePerson(trx, actor.organisationId, id, {
      ...set,
      search_text: searchText,
      updated_at: now,
    });
    // Which fields changed, not their personal values: the audit log is read by administrators.
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: input.left === true && !before.left_at ? 'person.left' : 'person.updated',
      entityType: 'person',
      entityId: id,
      changes: { fields: Object.keys(set) },
    });
    return presentOne(trx, actor.organisationId, id);
  });
}

const EXPORT_MAX = 100_000;

export async function peopleCsv(ctx: AppContext, actor: OrgActor, q: PeopleQueryReq): Promise<string> {
  const filter = await toFilter(ctx.db.kysely, actor, q);
  const rows = (await repo.listPeople(ctx.db.kysely, filter, EXPORT_MAX, 0)).map(presentPerson);
  const da = actor.locale === 'da';
  const header = da
    ? ['Medarbejder-id', 'Navn', 'E-mail', 'Stilling', 'Enhed', 'Ledelsesniveau', 'Fagområde', 'Fratrådt']
    : [
        'Employee id',
        'Name',
        'E-mail',
        'Job title',
        'Unit',
        'Management level',
        'Professional field',
        'Left',
      ];
  return danishCsv(
    header,
    rows.map((p) => [
      p.externalId ?? p.id,
      p.name,
      p.email,
      p.jobTitle,
      p.unit?.name ?? '',
      p.level,
      p.field?.name ?? '',
      danishDate(p.leftAt),
    ]),
  );
}
