import { diffNarratives } from '../../../../core/narrative-diff.js';
import type {
  NarrativeDiff,
  NarrativeReadingRes,
  NarrativeVersionRes,
  SaveNarrativeReq,
} from '../../../../core/schemas/narrative.js';
import { AppError, fieldError, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import * as versions from '../../lib/document-versions.js';
import { can, type OrgActor } from '../../lib/policy.js';
import { NarrativeSpec as spec } from './narrative.document.js';
import { NarrativeAbilities } from './narrative.policy.js';
import { inReadingOrder, presentQuestion, presentSummary, presentVersion } from './narrative.presenter.js';
import * as repo from './narrative.repository.js';
import * as questions from './questions.repository.js';

const manages = (actor: OrgActor) => can(actor, NarrativeAbilities.manage);

/**
 * The page everybody reads: the newest published version and the questions the reader may see.
 * Administrators also get the draft, every version and every open question; nobody learns who asked.
 */
export async function getReading(ctx: AppContext, actor: OrgActor): Promise<NarrativeReadingRes> {
  const db = ctx.db.kysely;
  const orgId = actor.organisationId;
  const canManage = manages(actor);
  const [published, draft, all, rows] = await Promise.all([
    versions.findPublished(db, spec, orgId),
    canManage ? versions.findDraft(db, spec, orgId) : null,
    versions.listVersions(db, spec.table, orgId),
    questions.visibleQuestions(db, orgId, actor.userId, canManage),
  ]);
  const parts = published?.document.parts ?? [];
  const areaIds = [...new Set(parts.flatMap((p) => p.focusAreaIds))];
  return {
    published: published ? presentVersion(published, canManage) : null,
    draft: draft ? presentSummary(draft) : null,
    versions: all.filter((v) => canManage || v.status === 'published').map(presentSummary),
    questions: inReadingOrder(
      rows.map((r) => presentQuestion(r, actor.userId)),
      parts.map((p) => p.key),
    ),
    focusAreas: await repo.focusAreaNames(db, orgId, areaIds),
    openQuestions: canManage ? rows.filter((r) => r.answer === null).length : 0,
    canManage,
  };
}

/** One version whole: administrators any; everybody else only published ones (a draft is 404). */
export async function getVersion(ctx: AppContext, actor: OrgActor, id: string): Promise<NarrativeVersionRes> {
  const version = await versions.getVersion(ctx.db.kysely, spec, actor.organisationId, id);
  const canManage = manages(actor);
  if (!canManage && version.status !== 'published') throw notFound();
  return presentVersion(version, canManage);
}

export async function createDraft(ctx: AppContext, actor: OrgActor): Promise<NarrativeVersionRes> {
  return presentVersion(await versions.createDraft(ctx, actor, spec), true);
}

/** Saves the draft whole; every focus area a part names must be one of the organisation's. */
export async function saveDraft(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: SaveNarrativeReq,
): Promise<NarrativeVersionRes> {
  const orgId = actor.organisationId;
  // Another organisation's draft is 404, and a published version 409 (below), before anything
  // about the contents is said.
  const current = await versions.getVersion(ctx.db.kysely, spec, orgId, id);
  if (current.status === 'draft') {
    const named = [...new Set(input.document.parts.flatMap((p) => p.focusAreaIds))];
    const known = await repo.organisationFocusAreaIds(ctx.db.kysely, orgId, named);
    input.document.parts.forEach((part, i) => {
      if (part.focusAreaIds.some((a) => !known.has(a)))
        throw fieldError(`document.parts.${i}.focusAreaIds`, 'narrative.unknown_focus_area');
    });
  }
  const saved = await versions.saveDraft(ctx, actor, spec, id, input.revision, input.document);
  return presentVersion(saved, true);
}

/**
 * Publishes the draft as it stood at `revision` (409 `stale_edit` when someone saved since); a
 * narrative with no parts is refused (409 `narrative_empty`).
 */
export async function publishDraft(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  revision: number,
): Promise<NarrativeVersionRes> {
  return presentVersion(await versions.publishDraft(ctx, actor, spec, id, revision), true);
}

export function deleteDraft(ctx: AppContext, actor: OrgActor, id: string): Promise<void> {
  return versions.deleteDraft(ctx, actor, spec, id);
}

/** What changed from `againstId` (default: the version before) to `id`, by part. */
export async function diff(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  againstId: string | undefined,
): Promise<NarrativeDiff> {
  const db = ctx.db.kysely;
  const orgId = actor.organisationId;
  const after = await versions.getVersion(db, spec, orgId, id);
  const fromId = againstId ?? (await repo.previousVersionId(db, orgId, after.version));
  // Only reachable without `against`: an `against` of no version here is 404 below.
  if (fromId === null)
    throw new AppError('not_found', 'narrative.no_earlier_version', { reason: 'no_earlier_version' });
  const before = await versions.getVersion(db, spec, orgId, fromId);
  return diffNarratives(before, after);
}
