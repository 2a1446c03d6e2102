import { INSTRUMENT_V1, type OrganisationItems } from '../../../core/assessment/instrument.js';
import type { Db } from '../db/dialect.js';

/** One own statement, valid by core's rules (key unique per call through `tag`). */
export function ownItem(dimension = 'automation', tag: string = crypto.randomUUID().slice(0, 8)) {
  return {
    dimension,
    item: {
      key: `${dimension}.org-test-${tag}`,
      text: { da: `Vi prøver nyt i teamet (${tag}).`, en: `We try new things in the team (${tag}).` },
      reverse: false,
    },
  } satisfies OrganisationItems[number];
}

/**
 * A version of the organisation's instrument written straight to the database, for tests that
 * need one to exist rather than test how it is made. Version 1 and a draft by default.
 */
export async function insertInstrumentVersion(
  db: Db,
  organisationId: string,
  options: { version?: number; status?: 'draft' | 'published'; ownItems?: OrganisationItems } = {},
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const ownItems = options.ownItems ?? [ownItem()];
  await db.kysely
    .insertInto('assessment_instruments')
    .values({
      id,
      organisation_id: organisationId,
      version: options.version ?? 1,
      status: options.status ?? 'draft',
      base_version: INSTRUMENT_V1.version,
      own_items: JSON.stringify(ownItems),
      published_at: options.status === 'published' ? now : null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, ownItems };
}
