import type {
  CreateInsightReq,
  InsightRes,
  InsightVisibility,
  UpdateInsightReq,
} from '../../../../core/schemas/insights.js';
import { AppError, conflict, fieldError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Trx } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import * as choices from './choices.repository.js';
import { ownCohortIds, type Viewer } from './insights.policy.js';
import { parseList } from './insights.presenter.js';
import * as repo from './insights.repository.js';
import { indexInsight, nextSearchKey, unindexInsight } from './insights.search.js';
import { loadVisible, presentOne, viewerOf } from './insights.service.js';
import { resolveSource, type Source, shareSet } from './insights.sources.js';

/** Tags as typed, each once whatever its case, in order. */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((t) => {
    const key = t.toLocaleLowerCase('da-DK');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Focus areas and field must be the organisation's and in use (or already on the insight). */
async function checkChoices(
  trx: Trx,
  organisationId: string,
  choice: { focusAreaIds: string[]; fieldId: string | null },
  kept: { focusAreaIds: string[]; fieldId: string | null } = { focusAreaIds: [], fieldId: null },
) {
  const [areas, fields] = await Promise.all([
    choices.focusAreas(trx, organisationId),
    choices.activeFields(trx, organisationId),
  ]);
  const usable = new Set([
    ...areas.filter((a) => a.archived_at === null).map((a) => a.id),
    ...kept.focusAreaIds,
  ]);
  if (choice.focusAreaIds.some((id) => !usable.has(id)))
    throw fieldError('focusAreaIds', 'insights.unknown_focus_area');
  if (choice.fieldId && choice.fieldId !== kept.fieldId && !fields.some((f) => f.id === choice.fieldId))
    throw fieldError('fieldId', 'org.unknown_field');
}

/**
 * Who the insight goes to: `cohort` only in a cohort the author takes part in or facilitates; `set`
 * only with a set (the author's, or the meeting's). Returns the set id for `set`.
 */
async function audienceFor(
  trx: Trx,
  viewer: Viewer,
  visibility: InsightVisibility,
  cohortId: string | null,
  source: Source | null,
): Promise<string | null> {
  if (visibility !== 'set' && visibility !== 'cohort') return null;
  if (!cohortId) throw fieldError('visibility', 'insights.needs_cohort');
  const name = async () =>
    (await choices.cohortsByIds(trx, viewer.organisationId, [cohortId]))[0]?.name ?? '';
  if (visibility === 'cohort') {
    if (!ownCohortIds(viewer).includes(cohortId))
      throw fieldError('visibility', 'insights.not_in_cohort', { cohort: await name() });
    return null;
  }
  // The author's own set (a current member), or the set of the meeting it came from (which its
  // facilitator may share with too).
  const setId = shareSet(viewer, cohortId, source);
  if (!setId) throw fieldError('visibility', 'insights.no_set', { cohort: await name() });
  return setId;
}

export async function createInsight(
  ctx: AppContext,
  actor: OrgActor,
  input: CreateInsightReq,
): Promise<InsightRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const viewer = await viewerOf(trx, actor);
    const source =
      input.sourceType && input.sourceId
        ? await resolveSource(trx, viewer, input.sourceType, input.sourceId)
        : null;
    if (source && input.cohortId && input.cohortId !== source.cohortId)
      throw fieldError('cohortId', 'insights.cohort_of_source');
    if (!source && input.cohortId && !ownCohortIds(viewer).includes(input.cohortId))
      throw fieldError('cohortId', 'insights.not_your_cohort');
    const cohortId = source?.cohortId ?? input.cohortId;
    const focusAreaIds = [...new Set(input.focusAreaIds)];
    await checkChoices(trx, actor.organisationId, { focusAreaIds, fieldId: input.fieldId });
    const setId = await audienceFor(trx, viewer, input.visibility, cohortId, source);

    const now = ctx.clock.now().toISOString();
    const id = newId();
    const tags = uniqueTags(input.tags);
    const searchKey = await nextSearchKey(trx);
    const row = {
      id,
      organisation_id: actor.organisationId,
      author_user_id: actor.userId,
      author_person_id: viewer.personIds[0] ?? null,
      cohort_id: cohortId,
      set_id: setId,
      visibility: input.visibility,
      source_type: source?.type ?? null,
      source_id: source?.id ?? null,
      statement: input.statement,
      field_id: input.fieldId,
      tags: JSON.stringify(tags),
      version: 1,
      search_key: searchKey,
      created_at: now,
      updated_at: now,
    };
    await repo.insertInsight(trx, row, focusAreaIds, {
      insight_id: id,
      organisation_id: actor.organisationId,
      version: 1,
      statement: input.statement,
      tags: row.tags,
      focus_area_ids: JSON.stringify(focusAreaIds),
      field_id: input.fieldId,
      visibility: input.visibility,
      set_id: setId,
      edited_by_user_id: actor.userId,
      created_at: now,
    });
    await indexInsight(trx, { ...row, tags });
    // Never the statement: the audit log is read by administrators, and an insight may be private.
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'insight.created',
      entityType: 'insight',
      entityId: id,
      changes: { visibility: input.visibility, source: source?.type ?? null, version: 1 },
    });
    return presentOne(trx, viewer, await loadVisible(trx, viewer, id));
  });
}

/** The insight, for its author; 403 for others who may see it, 404 for everyone else. */
async function loadOwn(trx: Trx, viewer: Viewer, id: string) {
  const row = await loadVisible(trx, viewer, id);
  if (row.author_user_id !== viewer.userId)
    throw new AppError('forbidden', 'insights.not_author', { reason: 'not_author' });
  return row;
}

/**
 * Saves an edit made from `version` as the next version, with its history row; a stale version is
 * refused (409 `stale`, naming the version saved now). Saving no change writes nothing.
 */
export async function updateInsight(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: UpdateInsightReq,
): Promise<InsightRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const viewer = await viewerOf(trx, actor);
    const current = await loadOwn(trx, viewer, id);
    const stale = () => conflict('insights.stale', 'stale', { version: current.version });
    if (input.version !== current.version) throw stale();

    const keptAreas = (await repo.focusAreasOf(trx, actor.organisationId, [id])).map((a) => a.id);
    const next = {
      statement: input.statement ?? current.statement,
      tags: input.tags ? uniqueTags(input.tags) : parseList(current.tags),
      focusAreaIds: input.focusAreaIds ? [...new Set(input.focusAreaIds)] : keptAreas,
      fieldId: input.fieldId === undefined ? current.field_id : input.fieldId,
      visibility: input.visibility ?? (current.visibility as InsightVisibility),
    };
    await checkChoices(trx, actor.organisationId, next, {
      focusAreaIds: keptAreas,
      fieldId: current.field_id,
    });
    const source =
      next.visibility === 'set' && current.source_type === 'meeting' && current.source_id
        ? await resolveSource(trx, viewer, 'meeting', current.source_id).catch(() => null)
        : null;
    const setId = await audienceFor(trx, viewer, next.visibility, current.cohort_id, source);

    const changed = [
      next.statement !== current.statement && 'statement',
      JSON.stringify(next.tags) !== current.tags && 'tags',
      [...next.focusAreaIds].sort().join() !== [...keptAreas].sort().join() && 'focusAreaIds',
      next.fieldId !== current.field_id && 'fieldId',
      (next.visibility !== current.visibility || setId !== current.set_id) && 'visibility',
    ].filter((c): c is string => c !== false);
    if (changed.length === 0) return presentOne(trx, viewer, current);

    const now = ctx.clock.now().toISOString();
    const tags = JSON.stringify(next.tags);
    const saved = await repo.updateIfVersion(trx, actor.organisationId, id, current.version, {
      statement: next.statement,
      tags,
      field_id: next.fieldId,
      visibility: next.visibility,
      set_id: setId,
      updated_at: now,
    });
    if (!saved) {
      // Saved by another request between our read and our write (PostgreSQL): name its version.
      const latest = await repo.findInsight(trx, actor.organisationId, id);
      throw conflict('insights.stale', 'stale', { version: latest?.version ?? current.version });
    }
    const version = current.version + 1;
    if (changed.includes('focusAreaIds'))
      await repo.replaceFocusAreas(trx, actor.organisationId, id, next.focusAreaIds);
    await repo.insertVersion(trx, {
      insight_id: id,
      organisation_id: actor.organisationId,
      version,
      statement: next.statement,
      tags,
      focus_area_ids: JSON.stringify(next.focusAreaIds),
      field_id: next.fieldId,
      visibility: next.visibility,
      set_id: setId,
      edited_by_user_id: actor.userId,
      created_at: now,
    });
    if (changed.includes('statement') || changed.includes('tags'))
      await indexInsight(trx, { ...current, statement: next.statement, tags: next.tags });
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'insight.updated',
      entityType: 'insight',
      entityId: id,
      changes: {
        changed,
        version,
        ...(next.visibility !== current.visibility
          ? { visibility: [current.visibility, next.visibility] }
          : {}),
      },
    });
    return presentOne(trx, viewer, await loadVisible(trx, viewer, id));
  });
}

/** Deletes the insight with its history; its author only. */
export async function deleteInsight(ctx: AppContext, actor: OrgActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const viewer = await viewerOf(trx, actor);
    const current = await loadOwn(trx, viewer, id);
    await unindexInsight(trx, current.search_key);
    await repo.deleteInsight(trx, actor.organisationId, id);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'insight.deleted',
      entityType: 'insight',
      entityId: id,
      changes: { version: current.version, visibility: current.visibility },
    });
  });
}
