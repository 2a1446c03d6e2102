import { DIGITAL_LEADERSHIP_TEMPLATE } from '../../../../core/programme-template.js';
import type {
  CreateProgrammeReq,
  ProgrammeBodyReq,
  ProgrammeRes,
  ProgrammeVersionRes,
} from '../../../../core/schemas/programmes.js';
import { notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { fileSummaries } from '../files/files.service.js';
import { addDefaultFocusAreas, focusAreaRows } from './focus-areas.service.js';
import { materialFileIds, presentProgramme, presentVersion } from './programmes.presenter.js';
import * as repo from './programmes.repository.js';
import type { NewProgrammeModuleRow, NewProgrammeTrackRow } from './programmes.tables.js';

export async function listProgrammes(ctx: AppContext, actor: OrgActor): Promise<ProgrammeRes[]> {
  const rows = await repo.listProgrammes(ctx.db.kysely, actor.organisationId);
  const versions = await repo.listVersions(
    ctx.db.kysely,
    rows.map((r) => r.id),
  );
  return rows.map((p) => presentProgramme(p, versions));
}

export async function getProgramme(ctx: AppContext, actor: OrgActor, id: string, exec?: Executor) {
  const db = exec ?? ctx.db.kysely;
  const row = await repo.findProgramme(db, actor.organisationId, id);
  if (!row) throw notFound();
  return presentProgramme(row, await repo.listVersions(db, [id]));
}

export async function getVersion(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  exec?: Executor,
): Promise<ProgrammeVersionRes> {
  const db = exec ?? ctx.db.kysely;
  const v = await repo.findVersion(db, actor.organisationId, id);
  if (!v) throw notFound();
  const basedOn = v.based_on_version_id
    ? ((await repo.findVersionRef(db, v.based_on_version_id)) ?? null)
    : null;
  const content = await repo.versionContent(db, id);
  const files = await fileSummaries(db, actor.organisationId, materialFileIds(content.modules));
  return presentVersion(v, basedOn, content, files);
}

/** The built-in template as rows of a version, its focus areas found by key in the organisation. */
async function templateContent(ctx: AppContext, trx: Trx, organisationId: string, versionId: string) {
  await addDefaultFocusAreas(trx, ctx.clock, organisationId);
  const areas = await focusAreaRows(trx, organisationId);
  const idOf = (key: string) => areas.find((a) => a.key === key)?.id;
  const tracks: NewProgrammeTrackRow[] = [];
  const modules: NewProgrammeModuleRow[] = [];
  DIGITAL_LEADERSHIP_TEMPLATE.forEach((t, position) => {
    const trackId = newId();
    tracks.push({ id: trackId, version_id: versionId, lineage_id: newId(), position, ...pick(t) });
    t.modules.forEach((m, i) => {
      modules.push({
        id: newId(),
        version_id: versionId,
        track_id: trackId,
        lineage_id: newId(),
        position: i,
        kind: m.kind,
        title: m.title,
        description: m.description,
        duration_minutes: m.durationMinutes,
        objectives: JSON.stringify(m.objectives),
        focus_area_ids: JSON.stringify(m.focusAreas.map(idOf).filter(Boolean)),
        materials: '[]',
      });
    });
  });
  return { tracks, modules };
}
const pick = (t: { title: string; description: string }) => ({ title: t.title, description: t.description });

/** A programme with its first version as a draft: empty, or from the built-in template. */
export async function createProgramme(ctx: AppContext, actor: OrgActor, input: CreateProgrammeReq) {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  const versionId = newId();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('programmes')
      .values({
        id,
        organisation_id: actor.organisationId,
        title: input.title,
        purpose: input.purpose,
        owners: JSON.stringify(input.owners),
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('programme_versions')
      .values({
        id: versionId,
        programme_id: id,
        organisation_id: actor.organisationId,
        number: 1,
        name: input.versionName,
        status: 'draft',
        based_on_version_id: null,
        target_levels: JSON.stringify(['direktør', 'chef', 'leder']),
        revision: 0,
        published_at: null,
        archived_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (input.template) {
      const content = await templateContent(ctx, trx, actor.organisationId, versionId);
      await repo.replaceContent(trx, versionId, content.tracks, content.modules);
    }
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'programme.created',
      entityType: 'programme',
      entityId: id,
      changes: { template: input.template },
    });
    return getProgramme(ctx, actor, id, trx);
  });
}

export async function updateProgramme(ctx: AppContext, actor: OrgActor, id: string, input: ProgrammeBodyReq) {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const before = await repo.findProgramme(trx, actor.organisationId, id);
    if (!before) throw notFound();
    await trx
      .updateTable('programmes')
      .set({
        title: input.title,
        purpose: input.purpose,
        owners: JSON.stringify(input.owners),
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    const changed = (['title', 'purpose'] as const).filter((k) => before[k] !== input[k]);
    if (before.owners !== JSON.stringify(input.owners)) changed.push('owners' as never);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'programme.updated',
      entityType: 'programme',
      entityId: id,
      changes: { fields: changed },
    });
    return getProgramme(ctx, actor, id, trx);
  });
}
