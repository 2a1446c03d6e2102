import type { Executor } from '../../lib/context.js';

/**
 * The sources of the readability report: one query each, whatever the organisation's size.
 * Texts are scored in the service; these only fetch them.
 */

/**
 * The document of the newest narrative version: draft or published, or only published when
 * `publishedOnly` (none: undefined).
 */
export async function newestNarrative(
  exec: Executor,
  organisationId: string,
  publishedOnly: boolean,
): Promise<string | undefined> {
  let query = exec
    .selectFrom('narrative_versions')
    .select('document')
    .where('organisation_id', '=', organisationId);
  if (publishedOnly) query = query.where('status', '=', 'published');
  const row = await query.orderBy('version', 'desc').limit(1).executeTakeFirst();
  return row?.document;
}

/** Modules with a description in the newest version of each of the organisation's programmes. */
export function newestProgrammeModules(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('programme_modules as m')
    .innerJoin('programme_versions as v', 'v.id', 'm.version_id')
    .innerJoin('programmes as p', 'p.id', 'v.programme_id')
    .select(['p.id as programmeId', 'p.title as programme', 'm.title', 'm.description'])
    .where('v.organisation_id', '=', organisationId)
    .where('m.description', '<>', '')
    .where(({ eb, selectFrom }) =>
      eb(
        'v.number',
        '=',
        selectFrom('programme_versions as newest')
          .select(({ fn }) => fn.max('newest.number').as('number'))
          .whereRef('newest.programme_id', '=', 'v.programme_id'),
      ),
    )
    .orderBy('p.title')
    .orderBy('m.position')
    .execute();
}

/** The organisation's events with a description. */
export function eventDescriptions(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('events')
    .select(['id', 'title', 'description'])
    .where('organisation_id', '=', organisationId)
    .where('description', '<>', '')
    .orderBy('starts_at')
    .execute();
}
