import { lockOrganisation } from '../modules/organisations/organisations.repository.js';
import { conflict, notFound } from './app-error.js';
import { recordAudit } from './audit.js';
import type { AppContext, Executor, Trx } from './context.js';
import { isUniqueViolation } from './db-errors.js';
import type { DocumentTable, DocumentVersionRow } from './document-versions.tables.js';
import { newId } from './ids.js';
import type { OrgActor } from './policy.js';

/**
 * Versioned documents (the responsibility matrix, the base narrative): one draft at a time per
 * organisation, made from the newest version; saves name the revision they edited, so a stale
 * save is refused (409 `stale_edit`) instead of overwriting a colleague's; publishing makes a
 * version read-only for good, and the newest published version is what everybody reads.
 */
export interface DocumentSpec<D> {
  table: DocumentTable;
  /** Audit entity type and action prefix, e.g. `responsibility_matrix`. */
  entityType: string;
  /** The stored JSON read back (the module's zod schema). */
  parse: (json: string) => D;
  /** The first draft's document when the organisation has no version yet. */
  initial: (trx: Trx, organisationId: string) => Promise<D>;
  /** What the audit entry says about a document (counts, never the whole text). */
  summary: (document: D) => Record<string, unknown>;
  /** Throws (an AppError naming the reasons) when the document may not be published. */
  checkPublishable?: (document: D, trx: Trx, organisationId: string) => Promise<void> | void;
}

export interface DocumentVersion<D> {
  id: string;
  version: number;
  status: 'draft' | 'published';
  revision: number;
  document: D;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

function toVersion<D>(spec: DocumentSpec<D>, row: DocumentVersionRow): DocumentVersion<D> {
  return {
    id: row.id,
    version: Number(row.version),
    status: row.status === 'published' ? 'published' : 'draft',
    revision: Number(row.revision),
    document: spec.parse(row.document),
    publishedAt: row.published_at === null ? null : new Date(row.published_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export type VersionSummary = Omit<DocumentVersion<never>, 'document' | 'revision' | 'createdAt'>;

/** Every version of the organisation's document, newest first, without their documents. */
export async function listVersions(
  exec: Executor,
  table: DocumentTable,
  organisationId: string,
): Promise<VersionSummary[]> {
  const rows = await exec
    .selectFrom(table)
    .select(['id', 'version', 'status', 'published_at', 'updated_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    version: Number(row.version),
    status: row.status === 'published' ? 'published' : 'draft',
    publishedAt: row.published_at === null ? null : new Date(row.published_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  }));
}

/** One version whole; another organisation's (or none) is 404. */
export async function getVersion<D>(
  exec: Executor,
  spec: DocumentSpec<D>,
  organisationId: string,
  id: string,
): Promise<DocumentVersion<D>> {
  const row = await exec
    .selectFrom(spec.table)
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return toVersion(spec, row);
}

/** The newest published version, or null before the first publication. */
export async function findPublished<D>(
  exec: Executor,
  spec: DocumentSpec<D>,
  organisationId: string,
): Promise<DocumentVersion<D> | null> {
  const row = await exec
    .selectFrom(spec.table)
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toVersion(spec, row) : null;
}

/** The draft, or null. */
export async function findDraft<D>(
  exec: Executor,
  spec: DocumentSpec<D>,
  organisationId: string,
): Promise<DocumentVersion<D> | null> {
  const row = await exec
    .selectFrom(spec.table)
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return row ? toVersion(spec, row) : null;
}

async function audit(
  ctx: AppContext,
  trx: Trx,
  actor: OrgActor,
  spec: DocumentSpec<unknown>,
  id: string,
  verb: string,
  changes: Record<string, unknown>,
) {
  await recordAudit(trx, ctx.clock, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    entityType: spec.entityType,
    entityId: id,
    action: `${spec.entityType}.${verb}`,
    changes,
  });
}

const draftExists = () => conflict('document.draft_exists', 'draft_exists');
const published = () => conflict('document.version_published', 'version_published');
const stale = () => conflict('document.stale_edit', 'stale_edit');

/** Why a write touched nothing: no such version here (404), or it is published (409). */
async function refusal(trx: Trx, table: DocumentTable, organisationId: string, id: string) {
  const row = await trx
    .selectFrom(table)
    .select('status')
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row ? published() : notFound();
}

/**
 * Why a guarded update of the draft touched nothing, read after it (PostgreSQL: the update waited
 * for the other transaction and saw its commit): gone (404), published by someone else (409
 * `version_published`), or saved by someone else (409 `stale_edit`).
 */
async function lostRace(trx: Trx, table: DocumentTable, organisationId: string, id: string) {
  const row = await trx
    .selectFrom(table)
    .select('status')
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!row) return notFound();
  return row.status === 'draft' ? stale() : published();
}

/**
 * A new draft from the newest version (none: `spec.initial`). One draft at a time: checked under
 * the organisation lock (SQLite: BEGIN IMMEDIATE), and the unique version number stops a second.
 */
export async function createDraft<D>(
  ctx: AppContext,
  actor: OrgActor,
  spec: DocumentSpec<D>,
): Promise<DocumentVersion<D>> {
  const orgId = actor.organisationId;
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      await lockOrganisation(trx, ctx.db.dialect, orgId);
      if (await findDraft(trx, spec, orgId)) throw draftExists();
      const latest = await trx
        .selectFrom(spec.table)
        .selectAll()
        .where('organisation_id', '=', orgId)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      const document = latest ? spec.parse(latest.document) : await spec.initial(trx, orgId);
      const id = newId();
      const version = Number(latest?.version ?? 0) + 1;
      const now = ctx.clock.now().toISOString();
      await trx
        .insertInto(spec.table)
        .values({
          id,
          organisation_id: orgId,
          version,
          status: 'draft',
          document: JSON.stringify(document),
          revision: 1,
          published_at: null,
          created_by_user_id: actor.userId,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await audit(ctx, trx, actor, spec as DocumentSpec<unknown>, id, 'created', {
        version,
        basedOn: latest ? Number(latest.version) : null,
        ...spec.summary(document),
      });
      return getVersion(trx, spec, orgId, id);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw draftExists();
    throw error;
  }
}

/**
 * Test-only, ignored outside Vitest. `unsafeWithoutRevision`: the control test saves without the
 * revision guard, to show the lost update the guard prevents (made only by
 * server/src/test/race-hooks.ts). `beforePublishUpdate`: a pause between a publish's checks and its
 * update, so parallel publishes all pass the checks and meet at the update (it turns nothing off).
 */
export interface DocumentRaceHooks {
  unsafeWithoutRevision: boolean;
  beforePublishUpdate?: () => Promise<void>;
}

const inTests = () => process.env.VITEST !== undefined;

/**
 * Replaces the draft's document. `revision` is the one the editor loaded: when someone saved since,
 * the save is refused (409 `stale_edit`) and nothing is lost on either side.
 */
export async function saveDraft<D>(
  ctx: AppContext,
  actor: OrgActor,
  spec: DocumentSpec<D>,
  id: string,
  revision: number,
  document: D,
  race?: DocumentRaceHooks,
): Promise<DocumentVersion<D>> {
  const orgId = actor.organisationId;
  const guarded = !(race?.unsafeWithoutRevision === true && inTests());
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    let update = trx
      .updateTable(spec.table)
      .set({ document: JSON.stringify(document), revision: revision + 1, updated_at: now })
      .where('id', '=', id)
      .where('organisation_id', '=', orgId)
      .where('status', '=', 'draft');
    if (guarded) update = update.where('revision', '=', revision);
    const done = await update.executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw await lostRace(trx, spec.table, orgId, id);
    await audit(ctx, trx, actor, spec as DocumentSpec<unknown>, id, 'saved', {
      revision: revision + 1,
      ...spec.summary(document),
    });
    return getVersion(trx, spec, orgId, id);
  });
}

/**
 * Publishes the draft (after `spec.checkPublishable`): read-only from now on, read by everybody.
 * `revision` is the one the editor shows: when someone saved since, nothing is published (409
 * `stale_edit`), so nobody puts out edits they never saw.
 */
export async function publishDraft<D>(
  ctx: AppContext,
  actor: OrgActor,
  spec: DocumentSpec<D>,
  id: string,
  revision: number,
  race?: DocumentRaceHooks,
): Promise<DocumentVersion<D>> {
  const orgId = actor.organisationId;
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const draft = await findDraft(trx, spec, orgId);
    if (!draft || draft.id !== id) throw await refusal(trx, spec.table, orgId, id);
    if (draft.revision !== revision) throw stale();
    await spec.checkPublishable?.(draft.document, trx, orgId);
    if (race?.beforePublishUpdate && inTests()) await race.beforePublishUpdate();
    const now = ctx.clock.now().toISOString();
    const done = await trx
      .updateTable(spec.table)
      .set({ status: 'published', published_at: now, updated_at: now })
      .where('id', '=', id)
      .where('organisation_id', '=', orgId)
      .where('status', '=', 'draft')
      .where('revision', '=', revision)
      .executeTakeFirst();
    // Something landed between the check and here: another publish (409 `version_published`) or a
    // save (`stale_edit`). Either way only what was checked is published, or nothing.
    if (Number(done.numUpdatedRows) !== 1) throw await lostRace(trx, spec.table, orgId, id);
    await audit(ctx, trx, actor, spec as DocumentSpec<unknown>, id, 'published', {
      version: draft.version,
      ...spec.summary(draft.document),
    });
    return getVersion(trx, spec, orgId, id);
  });
}

/** Deletes the draft; a published version stays for good. */
export async function deleteDraft<D>(
  ctx: AppContext,
  actor: OrgActor,
  spec: DocumentSpec<D>,
  id: string,
): Promise<void> {
  const orgId = actor.organisationId;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const draft = await findDraft(trx, spec, orgId);
    if (!draft || draft.id !== id) throw await refusal(trx, spec.table, orgId, id);
    await trx.deleteFrom(spec.table).where('id', '=', id).where('organisation_id', '=', orgId).execute();
    await audit(ctx, trx, actor, spec as DocumentSpec<unknown>, id, 'deleted', { version: draft.version });
  });
}
