import type { EmbedOriginsReq, EmbedOriginsRes } from '../../../../core/schemas/embedding.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import { lockOrganisation } from '../organisations/organisations.repository.js';
import * as repo from './embedding.repository.js';

const present = (origins: string[]): EmbedOriginsRes => ({ origins });

async function originsOf(exec: Executor, organisationId: string): Promise<string[]> {
  // Sorted here, not by the database: PostgreSQL's collation may order punctuation differently.
  return (await repo.listEmbedOrigins(exec, organisationId)).map((r) => r.origin).sort();
}

export async function getOrigins(ctx: AppContext, actor: OrgActor): Promise<EmbedOriginsRes> {
  return present(await originsOf(ctx.db.kysely, actor.organisationId));
}

/**
 * Replaces the organisation's list (the input is already normalised and free of duplicates).
 * Kept origins keep their rows; the audit entry holds the lists before and after, and is written
 * only when something changed. Not cached anywhere: the next request sees the new list.
 */
export async function replaceOrigins(
  ctx: AppContext,
  actor: OrgActor,
  input: EmbedOriginsReq,
): Promise<EmbedOriginsRes> {
  const now = ctx.clock.now().toISOString();
  const after = [...input.origins].sort();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
    const before = await originsOf(trx, actor.organisationId);
    const removed = before.filter((o) => !after.includes(o));
    const added = after.filter((o) => !before.includes(o));
    if (removed.length === 0 && added.length === 0) return;
    await repo.deleteEmbedOrigins(trx, actor.organisationId, removed);
    await repo.insertEmbedOrigins(
      trx,
      added.map((origin) => ({ organisation_id: actor.organisationId, origin, created_at: now })),
    );
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'embed_origins.updated',
      entityType: 'embed_origins',
      entityId: actor.organisationId,
      changes: { origins: { before, after } },
    });
  });
  return present(after);
}

/**
 * Whether a browser on `origin` may read an answer of the public event API: for one event, when
 * the event's organisation lists the origin; for the shared list and feed, when any does.
 */
export function originAllowed(
  ctx: AppContext,
  origin: string,
  scope: { slug: string } | 'any',
): Promise<boolean> {
  return scope === 'any'
    ? repo.isListedAnywhere(ctx.db.kysely, origin)
    : repo.isListedForEvent(ctx.db.kysely, scope.slug, origin);
}
