import type { Executor, Trx } from '../../lib/context.js';
import type { NewEmbedOriginRow } from '../organisations/organisations.tables.js';

export function listEmbedOrigins(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('embed_origins')
    .select(['origin', 'created_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('origin')
    .execute();
}

export async function insertEmbedOrigins(trx: Trx, rows: NewEmbedOriginRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx.insertInto('embed_origins').values(rows).execute();
}

export async function deleteEmbedOrigins(trx: Trx, organisationId: string, origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  await trx
    .deleteFrom('embed_origins')
    .where('organisation_id', '=', organisationId)
    .where('origin', 'in', origins)
    .execute();
}

/** Whether any organisation lists the origin (the shared event list and feed). */
export async function isListedAnywhere(exec: Executor, origin: string): Promise<boolean> {
  const row = await exec
    .selectFrom('embed_origins')
    .select('organisation_id')
    .where('origin', '=', origin)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether the organisation that holds the event (by slug) lists the origin. */
export async function isListedForEvent(exec: Executor, slug: string, origin: string): Promise<boolean> {
  const row = await exec
    .selectFrom('events')
    .innerJoin('embed_origins', 'embed_origins.organisation_id', 'events.organisation_id')
    .select('events.id')
    .where('events.slug', '=', slug)
    .where('embed_origins.origin', '=', origin)
    .executeTakeFirst();
  return row !== undefined;
}
