import { ZodError } from 'zod';
import { type OrganisationItems, withOrganisationItems } from '../../../../core/assessment/instrument.js';
import type {
  InstrumentOverview,
  InstrumentVersionRes,
  SaveOwnItemsReq,
} from '../../../../core/schemas/assessment-instruments.js';
import { AppError, conflict, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { newId } from '../../lib/ids.js';
import type { MessageKey } from '../../lib/messages.js';
import { can, type OrgActor } from '../../lib/policy.js';
import { lockOrganisation } from '../organisations/organisations.repository.js';
import { keysOf, makeOwnKey } from './instruments.keys.js';
import { InstrumentAbilities } from './instruments.policy.js';
import {
  builtInInstrument,
  CURRENT_BASE,
  newestPublished,
  ownItemsOf,
  presentBands,
  presentDimensions,
  presentSummary,
  presentVersion,
} from './instruments.presenter.js';
import * as repo from './instruments.repository.js';

/** The built-in instrument, its bands, the organisation's versions and which one new rounds use. */
export async function getOverview(ctx: AppContext, actor: OrgActor): Promise<InstrumentOverview> {
  const rows = await repo.listVersions(ctx.db.kysely, actor.organisationId);
  const newest = newestPublished(rows);
  return {
    builtIn: { version: CURRENT_BASE.version, dimensions: presentDimensions(CURRENT_BASE, []) },
    bands: presentBands(),
    versions: rows.map((r) => presentSummary(r, newest?.id ?? null)),
    newRoundsUse: newest ? { id: newest.id, version: Number(newest.version) } : null,
    canManage: can(actor, InstrumentAbilities.manage),
  };
}

/** One version whole; another organisation's is 404. */
export async function getVersion(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  exec: Executor = ctx.db.kysely,
): Promise<InstrumentVersionRes> {
  const rows = await repo.listVersions(exec, actor.organisationId);
  const row = rows.find((r) => r.id === id);
  if (!row) throw notFound();
  return presentVersion(row, newestPublished(rows)?.id ?? null);
}

async function audit(ctx: AppContext, trx: Trx, actor: OrgActor, id: string, entry: AuditOf) {
  await recordAudit(trx, ctx.clock, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    entityType: 'assessment_instrument',
    entityId: id,
    ...entry,
  });
}
type AuditOf = { action: string; changes: Record<string, unknown> };

/** Why a write to a draft touched nothing: no such version here (404), or it is published (409). */
async function refusal(trx: Trx, actor: OrgActor, id: string): Promise<AppError> {
  const row = await repo.findVersion(trx, actor.organisationId, id);
  if (!row) return notFound();
  return conflict('instrument.version_published', 'version_published');
}

/**
 * A new draft from the newest version's own statements (none: from the built-in instrument). One
 * draft at a time: the check runs under the organisation lock (SQLite: BEGIN IMMEDIATE), and the
 * unique version number stops a second one anyway.
 */
export async function createDraft(ctx: AppContext, actor: OrgActor): Promise<InstrumentVersionRes> {
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
      if (await repo.findDraft(trx, actor.organisationId)) throw draftExists();
      const latest = await repo.latestVersion(trx, actor.organisationId);
      const own = latest ? ownItemsOf(latest) : [];
      const id = newId();
      const version = Number(latest?.version ?? 0) + 1;
      await repo.insertDraft(trx, {
        id,
        organisationId: actor.organisationId,
        version,
        baseVersion: CURRENT_BASE.version,
        ownItems: JSON.stringify(own),
        now: ctx.clock.now().toISOString(),
      });
      await audit(ctx, trx, actor, id, {
        action: 'assessment_instrument.created',
        changes: { version, basedOn: latest ? Number(latest.version) : null, ownItems: own.length },
      });
      return getVersion(ctx, actor, id, trx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw draftExists();
    throw error;
  }
}
const draftExists = () => conflict('instrument.draft_exists', 'draft_exists');

/**
 * The draft's own statements, checked against the instrument it extends: known dimensions, no
 * built-in key, keys made from the Danish text where none is given. Every problem names its field.
 */
function resolveItems(baseVersion: number, input: SaveOwnItemsReq): OrganisationItems {
  const base = builtInInstrument(baseVersion);
  const dimensions = new Set(base.dimensions.map((d) => d.key));
  const builtIn = keysOf(base);
  const fields: Record<string, { key: MessageKey }> = {};
  input.items.forEach((e, i) => {
    if (!dimensions.has(e.dimension))
      fields[`items.${i}.dimension`] = { key: 'field.instrument_unknown_dimension' };
    if (e.item.key && builtIn.has(e.item.key))
      fields[`items.${i}.item.key`] = { key: 'field.instrument_key_builtin' };
  });
  if (Object.keys(fields).length)
    throw new AppError('validation_failed', 'error.validation_failed', { fields });
  const taken = new Set([...builtIn, ...input.items.flatMap((e) => (e.item.key ? [e.item.key] : []))]);
  const own = input.items.map((e) => {
    const key = e.item.key ?? makeOwnKey(e.dimension, e.item.text.da, taken);
    taken.add(key);
    return { dimension: e.dimension, item: { key, text: e.item.text, reverse: e.item.reverse } };
  });
  try {
    withOrganisationItems(base, own); // core's own rules, the same a round will run
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    throw new AppError('validation_failed', 'error.validation_failed', {
      fields: { items: { key: 'field.invalid' } },
    });
  }
  return own;
}

/** Replaces a draft's own statements; a published version is read-only (409 `version_published`). */
export async function saveDraft(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: SaveOwnItemsReq,
): Promise<InstrumentVersionRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await repo.findVersion(trx, actor.organisationId, id);
    if (row?.status !== 'draft') throw await refusal(trx, actor, id);
    const own = resolveItems(Number(row.base_version), input);
    const now = ctx.clock.now().toISOString();
    // Conditional: a publish that finished meanwhile wins, and this save is refused.
    if (!(await repo.saveDraftItems(trx, actor.organisationId, id, JSON.stringify(own), now))) {
      throw await refusal(trx, actor, id);
    }
    await audit(ctx, trx, actor, id, {
      action: 'assessment_instrument.saved',
      changes: { version: Number(row.version), ownItems: own.length },
    });
    return getVersion(ctx, actor, id, trx);
  });
}

/** Publishes the draft: read-only from now on, and rounds opened from now on use it. */
export async function publishDraft(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
): Promise<InstrumentVersionRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    if (!(await repo.publishDraft(trx, actor.organisationId, id, now))) throw await refusal(trx, actor, id);
    const published = await getVersion(ctx, actor, id, trx);
    await audit(ctx, trx, actor, id, {
      action: 'assessment_instrument.published',
      changes: { version: published.version, ownItems: published.ownItemCount },
    });
    return published;
  });
}

/** Deletes the draft; a published version stays for good (rounds may have run it). */
export async function deleteDraft(ctx: AppContext, actor: OrgActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await repo.findVersion(trx, actor.organisationId, id);
    if (!row || !(await repo.deleteDraft(trx, actor.organisationId, id))) throw await refusal(trx, actor, id);
    await audit(ctx, trx, actor, id, {
      action: 'assessment_instrument.deleted',
      changes: { version: Number(row.version) },
    });
  });
}
