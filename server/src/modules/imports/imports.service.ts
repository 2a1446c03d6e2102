import { ImportFileError } from '../../../../core/csv/decode.js';
import { readCsv } from '../../../../core/csv/read.js';
import { type ColumnMapping, suggestMapping } from '../../../../core/csv/templates.js';
import type { Locale } from '../../../../core/schemas/common.js';
import type {
  ImportBatchRes,
  ImportUploadQuery,
  SaveImportMappingReq,
} from '../../../../core/schemas/imports.js';
import { AppError, conflict, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { DAY } from '../../lib/clock.js';
import type { AppContext } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import type { MessageKey } from '../../lib/messages.js';
import type { OrgActor } from '../../lib/policy.js';
import { lockOrganisation } from '../organisations/organisations.repository.js';
import { applyPlan, isUniqueViolation } from './apply.js';
import { csvInput } from './csv-input.js';
import { presentBatch, presentBatchSummary, presentMapping } from './imports.presenter.js';
import * as repo from './imports.repository.js';
import type { ImportInput, Plan, Summary } from './imports.types.js';
import { os2moInput } from './os2mo-input.js';
import { planImport } from './planner.js';

/** A previewed batch may be confirmed for this long. */
export const PREVIEW_LIFETIME_MS = DAY;

function fileError(e: ImportFileError): AppError {
  const key = `import.${e.reason}` as MessageKey;
  const params = { line: e.line ?? '' };
  return new AppError('validation_failed', key, {
    reason: `import_${e.reason}`,
    params,
    fields: { file: { key, params } },
  });
}

async function readInput(
  ctx: AppContext,
  actor: OrgActor,
  query: ImportUploadQuery,
  bytes: Uint8Array,
): Promise<ImportInput> {
  try {
    if (query.kind === 'os2mo') return os2moInput(bytes, ctx.clock.now().toISOString());
    const file = readCsv(bytes);
    const suggested = suggestMapping(query.kind, file.columns);
    let mapping: ColumnMapping = suggested;
    if (query.mapping) mapping = query.mapping;
    else if (query.mappingId) {
      const saved = await repo.findMapping(ctx.db.kysely, actor.organisationId, query.mappingId);
      if (!saved || saved.kind !== query.kind) throw notFound();
      mapping = JSON.parse(saved.mapping) as ColumnMapping;
    }
    return csvInput(query.kind, file, mapping, suggested);
  } catch (e) {
    throw e instanceof ImportFileError ? fileError(e) : e;
  }
}

/** The dry run: reads the file, plans every change, stores the plan as a batch. Writes no unit or person. */
export async function previewImport(
  ctx: AppContext,
  actor: OrgActor,
  query: ImportUploadQuery,
  bytes: Uint8Array,
  locale: Locale,
): Promise<ImportBatchRes> {
  const input = await readInput(ctx, actor, query, bytes);
  const nowIso = ctx.clock.now().toISOString();
  const { existing, fingerprint } = await ctx.db.kysely.transaction().execute(async (trx) => ({
    existing: await repo.loadExisting(trx, actor.organisationId),
    fingerprint: await repo.organisationFingerprint(trx, actor.organisationId),
  }));
  const fullExtract = query.fullExtract !== 'false';
  const planned = planImport(input, existing, { nowIso, newId, fullExtract });
  const { problems, counts } = planned;
  const plan: Plan = { ...planned.plan, fingerprint };
  const summary: Summary = { file: { ...input.file, fullExtract }, counts, problems };
  const row = {
    id: newId(),
    organisation_id: actor.organisationId,
    kind: query.kind,
    format: query.kind === 'os2mo' ? 'os2mo' : 'csv',
    file_name: query.fileName,
    status: 'previewed',
    plan: JSON.stringify(plan),
    summary: JSON.stringify(summary),
    created_by_user_id: actor.userId,
    created_at: nowIso,
    applied_at: null,
  };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await repo.insertBatch(trx, row);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'import.previewed',
      entityType: 'import',
      entityId: row.id,
      changes: { fileName: row.file_name, kind: row.kind, fullExtract, counts },
    });
  });
  return presentBatch(row, locale);
}

export async function getBatch(ctx: AppContext, actor: OrgActor, id: string, locale: Locale) {
  const row = await repo.findBatch(ctx.db.kysely, actor.organisationId, id);
  if (!row) throw notFound();
  return presentBatch(row, locale);
}

export async function listBatches(ctx: AppContext, actor: OrgActor) {
  return (await repo.listBatches(ctx.db.kysely, actor.organisationId)).map(presentBatchSummary);
}

/**
 * Applies a previewed batch: all of it in one transaction, or nothing. Refuses a batch that was
 * applied (409 import_already_applied), is older than 24 h (410 import_expired), has problems
 * (409 import_has_problems), or no longer fits the organisation (409 import_stale).
 */
export async function confirmImport(ctx: AppContext, actor: OrgActor, id: string, locale: Locale) {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
      const batch = await repo.findBatch(trx, actor.organisationId, id);
      if (!batch) throw notFound();
      if (batch.status !== 'previewed') throw conflict('import.already_applied', 'import_already_applied');
      if (now.getTime() - new Date(batch.created_at).getTime() > PREVIEW_LIFETIME_MS) {
        throw new AppError('gone', 'import.expired', { reason: 'import_expired' });
      }
      const summary = JSON.parse(batch.summary) as Summary;
      if (summary.problems.length > 0) {
        throw conflict('import.has_problems', 'import_has_problems', { count: summary.problems.length });
      }
      if (!(await repo.markApplied(trx, actor.organisationId, id, nowIso))) {
        throw conflict('import.already_applied', 'import_already_applied');
      }
      const plan = JSON.parse(batch.plan) as Plan;
      if (plan.fingerprint !== (await repo.organisationFingerprint(trx, actor.organisationId))) {
        throw conflict('import.stale', 'import_stale', { detail: 'organisation changed' });
      }
      await applyPlan(trx, actor.organisationId, plan, nowIso);
      await recordAudit(trx, ctx.clock, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'import.applied',
        entityType: 'import',
        entityId: id,
        changes: summary.counts,
      });
      return presentBatch({ ...batch, status: 'applied', applied_at: nowIso }, locale);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('import.stale', 'import_stale', { detail: 'external id' });
    throw e;
  }
}

export async function listMappings(ctx: AppContext, actor: OrgActor, kind?: string) {
  return (await repo.listMappings(ctx.db.kysely, actor.organisationId, kind)).map(presentMapping);
}

/** Saves a column mapping under a name; saving the same name again replaces it. */
export async function saveMapping(ctx: AppContext, actor: OrgActor, req: SaveImportMappingReq) {
  const nowIso = ctx.clock.now().toISOString();
  const mapping = JSON.stringify(req.mapping);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
    const found = await repo.findMappingByName(trx, actor.organisationId, req.kind, req.name);
    const id = found?.id ?? newId();
    if (found) await repo.updateMapping(trx, actor.organisationId, id, mapping, nowIso);
    else {
      await repo.insertMapping(trx, {
        id,
        organisation_id: actor.organisationId,
        kind: req.kind,
        name: req.name,
        mapping,
        created_at: nowIso,
        updated_at: nowIso,
      });
    }
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'import_mapping.saved',
      entityType: 'import_mapping',
      entityId: id,
      changes: {
        name: req.name,
        kind: req.kind,
        mapping: { from: found ? JSON.parse(found.mapping) : null, to: req.mapping },
      },
    });
    return presentMapping((await repo.findMapping(trx, actor.organisationId, id))!);
  });
}
