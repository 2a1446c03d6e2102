import { diffVersions } from '../../../../core/programme-diff.js';
import type {
  ForkVersionReq,
  ProgrammeVersionRes,
  VersionBodyReq,
  VersionDiffRes,
} from '../../../../core/schemas/programmes.js';
import { conflict, fieldError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Trx } from '../../lib/context.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { fileSummaries } from '../files/files.service.js';
import { focusAreaRows } from './focus-areas.service.js';
import * as repo from './programmes.repository.js';
import { getVersion } from './programmes.service.js';
import type { NewProgrammeModuleRow, NewProgrammeTrackRow } from './programmes.tables.js';

async function audit(
  ctx: AppContext,
  trx: Trx,
  actor: OrgActor,
  action: string,
  id: string,
  changes: object,
) {
  await recordAudit(trx, ctx.clock, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action,
    entityType: 'programme_version',
    entityId: id,
    changes: changes as Record<string, unknown>,
  });
}

/**
 * Refuses what a draft may not hold, naming the field: an unknown lineage, focus area or file
 * (another organisation's file is unknown here), a title twice.
 */
async function checkDraft(trx: Trx, actor: OrgActor, id: string, input: VersionBodyReq) {
  const { tracks, modules } = await repo.versionContent(trx, id);
  const knownTracks = new Set(tracks.map((t) => t.lineage_id));
  const knownModules = new Set(modules.map((m) => m.lineage_id));
  const areas = new Set((await focusAreaRows(trx, actor.organisationId)).map((a) => a.id));
  const fileIds = input.tracks.flatMap((t) =>
    t.modules.flatMap((m) => m.materials.flatMap((x) => ('fileId' in x ? [x.fileId] : []))),
  );
  const files = await fileSummaries(trx, actor.organisationId, fileIds);
  const seen = new Set<string>();
  const titles = new Set<string>();
  input.tracks.forEach((t, i) => {
    if (t.lineageId && (!knownTracks.has(t.lineageId) || seen.has(t.lineageId))) {
      throw fieldError(`tracks.${i}.lineageId`, 'programme.unknown_lineage');
    }
    if (t.lineageId) seen.add(t.lineageId);
    const title = t.title.toLocaleLowerCase('da');
    if (titles.has(title)) throw fieldError(`tracks.${i}.title`, 'programme.track_title_taken');
    titles.add(title);
    t.modules.forEach((m, j) => {
      if (m.lineageId && (!knownModules.has(m.lineageId) || seen.has(m.lineageId))) {
        throw fieldError(`tracks.${i}.modules.${j}.lineageId`, 'programme.unknown_lineage');
      }
      if (m.lineageId) seen.add(m.lineageId);
      if (m.focusAreaIds.some((a) => !areas.has(a))) {
        throw fieldError(`tracks.${i}.modules.${j}.focusAreaIds`, 'programme.unknown_focus_area');
      }
      m.materials.forEach((x, k) => {
        if ('fileId' in x && !files.has(x.fileId)) {
          throw fieldError(`tracks.${i}.modules.${j}.materials.${k}.fileId`, 'programme.unknown_file');
        }
      });
    });
  });
}

/** Why a conditional write to a version touched nothing: gone, read-only, or saved by someone else. */
async function refusal(trx: Trx, actor: OrgActor, id: string) {
  const v = await repo.findVersion(trx, actor.organisationId, id);
  if (!v) return notFound();
  if (v.status !== 'draft') return conflict('programme.version_read_only', 'version_read_only');
  return conflict('programme.stale_revision', 'stale_revision');
}

/**
 * Saves a whole draft: name, audience, tracks and modules in order. Only a draft, and only from
 * the revision the editor started from, so two people saving at once never silently overwrite
 * each other (the second gets 409 and reloads).
 */
export async function saveDraft(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: VersionBodyReq,
): Promise<ProgrammeVersionRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    const claimed = await trx
      .updateTable('programme_versions')
      .set((eb) => ({
        name: input.name,
        target_levels: JSON.stringify(input.targetLevels),
        revision: eb('revision', '+', 1),
        updated_at: now,
      }))
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .where('status', '=', 'draft')
      .where('revision', '=', input.revision)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw await refusal(trx, actor, id);
    await checkDraft(trx, actor, id, input);
    const tracks: NewProgrammeTrackRow[] = [];
    const modules: NewProgrammeModuleRow[] = [];
    input.tracks.forEach((t, position) => {
      const trackId = newId();
      tracks.push({
        id: trackId,
        version_id: id,
        lineage_id: t.lineageId ?? newId(),
        position,
        title: t.title,
        description: t.description,
      });
      t.modules.forEach((m, i) => {
        modules.push({
          id: newId(),
          version_id: id,
          track_id: trackId,
          lineage_id: m.lineageId ?? newId(),
          position: i,
          kind: m.kind,
          title: m.title,
          description: m.description,
          duration_minutes: m.durationMinutes,
          objectives: JSON.stringify(m.objectives),
          focus_area_ids: JSON.stringify([...new Set(m.focusAreaIds)]),
          materials: JSON.stringify(m.materials),
        });
      });
    });
    await repo.replaceContent(trx, id, tracks, modules);
    await audit(ctx, trx, actor, 'programme_version.saved', id, {
      tracks: tracks.length,
      modules: modules.length,
    });
    return getVersion(ctx, actor, id, trx);
  });
}

/** A published version is read-only for good; cohorts are started from it. An empty one is refused. */
export async function publishVersion(ctx: AppContext, actor: OrgActor, id: string) {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    const done = await trx
      .updateTable('programme_versions')
      .set({ status: 'published', published_at: now, updated_at: now })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw await refusal(trx, actor, id);
    // Read under the row lock the update took, so a save that finished meanwhile is counted.
    const { modules } = await repo.versionContent(trx, id);
    if (modules.length === 0) throw conflict('programme.version_empty', 'version_empty');
    await audit(ctx, trx, actor, 'programme_version.published', id, { modules: modules.length });
    return getVersion(ctx, actor, id, trx);
  });
}

/** Archived: kept and readable, but no longer offered for new cohorts or edits. */
export async function archiveVersion(ctx: AppContext, actor: OrgActor, id: string) {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    const done = await trx
      .updateTable('programme_versions')
      .set({ status: 'archived', archived_at: now, updated_at: now })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .where('status', '!=', 'archived')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) {
      if (!(await repo.findVersion(trx, actor.organisationId, id))) throw notFound();
      throw conflict('programme.already_archived', 'already_archived');
    }
    await audit(ctx, trx, actor, 'programme_version.archived', id, {});
    return getVersion(ctx, actor, id, trx);
  });
}

/**
 * A new draft made from any version of the same programme (e.g. v2 "Teamledere 2024" from v1):
 * tracks and modules copied with their lineage, so the two can be compared module by module.
 */
export async function forkVersion(ctx: AppContext, actor: OrgActor, id: string, input: ForkVersionReq) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ctx.db.kysely.transaction().execute(async (trx) => {
        const source = await repo.findVersion(trx, actor.organisationId, id);
        if (!source) throw notFound();
        const now = ctx.clock.now().toISOString();
        const newVersionId = newId();
        const number = await repo.nextVersionNumber(trx, source.programme_id);
        await trx
          .insertInto('programme_versions')
          .values({
            id: newVersionId,
            programme_id: source.programme_id,
            organisation_id: actor.organisationId,
            number,
            name: input.name,
            status: 'draft',
            based_on_version_id: source.id,
            target_levels: source.target_levels,
            revision: 0,
            published_at: null,
            archived_at: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
        const content = await repo.versionContent(trx, source.id);
        const trackIds = new Map(content.tracks.map((t) => [t.id, newId()]));
        await repo.replaceContent(
          trx,
          newVersionId,
          content.tracks.map((t) => ({ ...t, id: trackIds.get(t.id) as string, version_id: newVersionId })),
          content.modules.map((m) => ({
            ...m,
            id: newId(),
            version_id: newVersionId,
            track_id: trackIds.get(m.track_id) as string,
          })),
        );
        await audit(ctx, trx, actor, 'programme_version.created', newVersionId, {
          basedOn: source.id,
          number,
        });
        return getVersion(ctx, actor, newVersionId, trx);
      });
    } catch (error) {
      // Two versions made at the same moment took the same number: the later one tries again.
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

/** What changed from version `id` to version `otherId` of the same programme. */
export async function compareVersions(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  otherId: string,
): Promise<VersionDiffRes> {
  const [from, to] = await Promise.all([getVersion(ctx, actor, id), getVersion(ctx, actor, otherId)]);
  if (from.programmeId !== to.programmeId)
    throw conflict('programme.not_same_programme', 'not_same_programme');
  return diffVersions(from, to);
}
