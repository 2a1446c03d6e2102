import { diffMatrices } from '../../../../core/responsibilities/matrix.js';
import type {
  MatrixDiff,
  MatrixDocument,
  MatrixOverviewRes,
  MatrixVersionRes,
  SaveMatrixReq,
} from '../../../../core/schemas/responsibilities.js';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AppContext, Executor } from '../../lib/context.js';
import type { DocumentRaceHooks, DocumentVersion } from '../../lib/document-versions.js';
import * as documents from '../../lib/document-versions.js';
import type { MessageKey } from '../../lib/messages.js';
import { can, type OrgActor } from '../../lib/policy.js';
import { MatrixSpec } from './responsibilities.document.js';
import { ResponsibilityAbilities } from './responsibilities.policy.js';
import { type MatrixLookups, presentSummary, presentVersion } from './responsibilities.presenter.js';
import * as repo from './responsibilities.repository.js';

function linkedIds(docs: readonly MatrixDocument[]) {
  const unitIds = new Set<string>();
  const groupIds = new Set<string>();
  for (const doc of docs)
    for (const { membership: m } of doc.actors) {
      if (m.kind === 'unit' && m.unitId) unitIds.add(m.unitId);
      if (m.kind === 'group' && m.groupId) groupIds.add(m.groupId);
    }
  return { unitIds: [...unitIds], groupIds: [...groupIds] };
}

/** Names of the units and groups the documents link to, and which groups are empty. */
async function lookupsFor(
  exec: Executor,
  organisationId: string,
  docs: readonly MatrixDocument[],
): Promise<MatrixLookups> {
  const { unitIds, groupIds } = linkedIds(docs);
  const units = await repo.unitsByIds(exec, organisationId, unitIds);
  const groups = await repo.groupsByIds(exec, organisationId, groupIds);
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  const empty = await repo.emptyGroupIds(exec, organisationId);
  // A group deleted since the column was linked has nobody in it either.
  for (const id of groupIds) if (!groupNames.has(id)) empty.add(id);
  return {
    unitNames: new Map(units.filter((u) => !u.ended).map((u) => [u.id, u.name])),
    groupNames,
    emptyGroupIds: empty,
  };
}

async function present(ctx: AppContext, actor: OrgActor, v: DocumentVersion<MatrixDocument>) {
  const lookups = await lookupsFor(ctx.db.kysely, actor.organisationId, [v.document]);
  return presentVersion(v, lookups, can(actor, ResponsibilityAbilities.manage));
}

/** The published matrix everybody sees; managers also get the draft and every version. */
export async function getOverview(ctx: AppContext, actor: OrgActor): Promise<MatrixOverviewRes> {
  const exec = ctx.db.kysely;
  const manage = can(actor, ResponsibilityAbilities.manage);
  const versions = await documents.listVersions(exec, MatrixSpec.table, actor.organisationId);
  const published = await documents.findPublished(exec, MatrixSpec, actor.organisationId);
  const draft = manage ? versions.find((v) => v.status === 'draft') : undefined;
  return {
    published: published ? await present(ctx, actor, published) : null,
    draft: draft ? presentSummary(draft) : null,
    versions: versions.filter((v) => manage || v.status === 'published').map(presentSummary),
    canManage: manage,
  };
}

/** A version the actor may read: managers any; others only published ones (a draft is 404). */
export async function readableVersion(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
): Promise<DocumentVersion<MatrixDocument>> {
  const v = await documents.getVersion(ctx.db.kysely, MatrixSpec, actor.organisationId, id);
  if (v.status !== 'published' && !can(actor, ResponsibilityAbilities.manage)) throw notFound();
  return v;
}

export async function getVersion(ctx: AppContext, actor: OrgActor, id: string): Promise<MatrixVersionRes> {
  return present(ctx, actor, await readableVersion(ctx, actor, id));
}

export async function createDraft(ctx: AppContext, actor: OrgActor): Promise<MatrixVersionRes> {
  return present(ctx, actor, await documents.createDraft(ctx, actor, MatrixSpec));
}

/** The document of the version a draft was made from (the newest before it), or null. */
async function baseDocument(exec: Executor, organisationId: string, draftVersion: number) {
  const versions = await documents.listVersions(exec, MatrixSpec.table, organisationId);
  const base = versions.find((v) => v.version < draftVersion);
  return base ? (await documents.getVersion(exec, MatrixSpec, organisationId, base.id)).document : null;
}

/**
 * Every linked unit and group is the organisation's, and no unit has ended: else 400 on that
 * column's membership. An ended unit that the same column already had in the version the draft
 * was made from may stay, so a draft begun before a reorganisation still saves.
 */
async function checkLinks(
  exec: Executor,
  organisationId: string,
  document: MatrixDocument,
  base: MatrixDocument | null,
) {
  const { unitIds, groupIds } = linkedIds([document]);
  const units = new Map((await repo.unitsByIds(exec, organisationId, unitIds)).map((u) => [u.id, u]));
  const groups = new Set((await repo.groupsByIds(exec, organisationId, groupIds)).map((g) => g.id));
  const link = (key: string, unitId: string) => `${key} ${unitId}`;
  const inherited = new Set(
    (base?.actors ?? []).flatMap(({ key, membership: m }) =>
      m.kind === 'unit' && m.unitId ? [link(key, m.unitId)] : [],
    ),
  );
  const fields: Record<string, { key: MessageKey }> = {};
  document.actors.forEach(({ key, membership: m }, i) => {
    const field = `document.actors.${i}.membership`;
    if (m.kind === 'unit' && m.unitId) {
      const unit = units.get(m.unitId);
      if (!unit) fields[field] = { key: 'org.unknown_unit' };
      else if (unit.ended && !inherited.has(link(key, unit.id)))
        fields[field] = { key: 'field.responsibility_unit_ended' };
    }
    if (m.kind === 'group' && m.groupId && !groups.has(m.groupId))
      fields[field] = { key: 'field.responsibility_unknown_group' };
  });
  if (Object.keys(fields).length > 0)
    throw new AppError('validation_failed', 'error.validation_failed', { fields });
}

/** Saves the draft whole (409 `stale_edit` when someone saved since `revision`). */
export async function saveDraft(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  body: SaveMatrixReq,
  race?: DocumentRaceHooks,
): Promise<MatrixVersionRes> {
  const exec = ctx.db.kysely;
  const orgId = actor.organisationId;
  // Another organisation's draft is 404, and a published version 409 (in the save), before
  // anything about the contents is said.
  const current = await documents.getVersion(exec, MatrixSpec, orgId, id);
  if (current.status === 'draft')
    await checkLinks(exec, orgId, body.document, await baseDocument(exec, orgId, current.version));
  const saved = await documents.saveDraft(ctx, actor, MatrixSpec, id, body.revision, body.document, race);
  return present(ctx, actor, saved);
}

/**
 * Publishes the draft as it stood at `revision` (409 `stale_edit` when someone saved since); an
 * empty matrix is 409 `matrix_empty`, a broken RACI rule 409 `matrix_invalid` with the reasons per task.
 */
export async function publishDraft(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  revision: number,
  race?: DocumentRaceHooks,
): Promise<MatrixVersionRes> {
  return present(ctx, actor, await documents.publishDraft(ctx, actor, MatrixSpec, id, revision, race));
}

export async function deleteDraft(ctx: AppContext, actor: OrgActor, id: string): Promise<void> {
  await documents.deleteDraft(ctx, actor, MatrixSpec, id);
}

/** What changed from `againstId` (default: the version before) to `id`. */
export async function diffVersions(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  againstId: string | undefined,
): Promise<MatrixDiff> {
  const exec = ctx.db.kysely;
  const orgId = actor.organisationId;
  const after = await documents.getVersion(exec, MatrixSpec, orgId, id);
  let beforeId = againstId;
  if (!beforeId) {
    const versions = await documents.listVersions(exec, MatrixSpec.table, orgId);
    beforeId = versions.find((v) => v.version < after.version)?.id;
    if (!beforeId)
      throw new AppError('not_found', 'responsibilities.no_earlier_version', {
        reason: 'no_earlier_version',
      });
  }
  const before = await documents.getVersion(exec, MatrixSpec, orgId, beforeId);
  return diffMatrices(before, after);
}
