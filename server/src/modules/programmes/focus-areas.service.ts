import { DEFAULT_FOCUS_AREAS } from '../../../../core/programme-template.js';
import type {
  FocusAreaBodyReq,
  FocusAreaRes,
  FocusAreaUpdateReq,
} from '../../../../core/schemas/programmes.js';
import { conflict, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { Clock } from '../../lib/clock.js';
import type { AppContext, Executor } from '../../lib/context.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import type { FocusAreaRow } from './programmes.tables.js';

const present = (r: FocusAreaRow): FocusAreaRes => ({
  id: r.id,
  name: r.name,
  description: r.description,
  colour: r.colour,
  position: r.position,
  archived: r.archived_at !== null,
});

export function focusAreaRows(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('focus_areas')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

/** The four built-in focus areas, for a new organisation (and the demo). Does nothing if any exist. */
export async function addDefaultFocusAreas(
  exec: Executor,
  clock: Clock,
  organisationId: string,
): Promise<void> {
  if ((await focusAreaRows(exec, organisationId)).length > 0) return;
  const now = clock.now().toISOString();
  await exec
    .insertInto('focus_areas')
    .values(
      DEFAULT_FOCUS_AREAS.map((a, position) => ({
        id: newId(),
        organisation_id: organisationId,
        key: a.key,
        name: a.name,
        description: a.description,
        colour: a.colour,
        position,
        archived_at: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function listFocusAreas(ctx: AppContext, actor: OrgActor): Promise<FocusAreaRes[]> {
  return (await focusAreaRows(ctx.db.kysely, actor.organisationId)).map(present);
}

const nameTaken = (error: unknown) => {
  if (isUniqueViolation(error)) throw conflict('focus_area.name_taken', 'name_taken');
  throw error;
};

export async function createFocusArea(ctx: AppContext, actor: OrgActor, input: FocusAreaBodyReq) {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  await ctx.db.kysely
    .transaction()
    .execute(async (trx) => {
      const last = await trx
        .selectFrom('focus_areas')
        .select((eb) => eb.fn.max('position').as('max'))
        .where('organisation_id', '=', actor.organisationId)
        .executeTakeFirst();
      await trx
        .insertInto('focus_areas')
        .values({
          id,
          organisation_id: actor.organisationId,
          key: null,
          ...input,
          position: Number(last?.max ?? -1) + 1,
          archived_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await recordAudit(trx, ctx.clock, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'focus_area.created',
        entityType: 'focus_area',
        entityId: id,
        changes: { name: input.name },
      });
    })
    .catch(nameTaken);
  return (await listFocusAreas(ctx, actor)).find((a) => a.id === id) as FocusAreaRes;
}

export async function updateFocusArea(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: FocusAreaUpdateReq,
) {
  const now = ctx.clock.now().toISOString();
  await ctx.db.kysely
    .transaction()
    .execute(async (trx) => {
      const before = await trx
        .selectFrom('focus_areas')
        .selectAll()
        .where('id', '=', id)
        .where('organisation_id', '=', actor.organisationId)
        .executeTakeFirst();
      if (!before) throw notFound();
      const { archived, ...fields } = input;
      await trx
        .updateTable('focus_areas')
        .set({
          ...fields,
          ...(archived === undefined ? {} : { archived_at: archived ? (before.archived_at ?? now) : null }),
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, ctx.clock, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'focus_area.updated',
        entityType: 'focus_area',
        entityId: id,
        changes: { fields: Object.keys(input) },
      });
    })
    .catch(nameTaken);
  return (await listFocusAreas(ctx, actor)).find((a) => a.id === id) as FocusAreaRes;
}
