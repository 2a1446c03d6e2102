import { sql } from 'kysely';
import type { Executor, Trx } from '../../lib/context.js';
import type { Viewer } from './insights.policy.js';
import { matching } from './insights.search.js';
import type { NewInsightRow, NewInsightVersionRow } from './insights.tables.js';
import { type InsightFilters, visibleInsights } from './viewer.repository.js';

const DISPLAY_COLUMNS = [
  'i.id',
  'i.organisation_id',
  'i.author_user_id',
  'i.cohort_id',
  'i.set_id',
  'i.visibility',
  'i.source_type',
  'i.source_id',
  'i.statement',
  'i.field_id',
  'i.tags',
  'i.version',
  'i.search_key',
  'i.created_at',
  'i.updated_at',
  sql<string>`coalesce(u.name, ap.name, '')`.as('author_name'),
  'c.name as cohort_name',
  'f.name as field_name',
] as const;

/**
 * A page of the insights the reader may see, newest first, or with `words` those matching all of
 * them, best first; and how many there are in all.
 */
export async function listVisible(
  exec: Executor,
  viewer: Viewer,
  filters: InsightFilters,
  words: string[] | null,
  page: { limit: number; offset: number },
) {
  const base = visibleInsights(exec, viewer, filters);
  const counted = words ? matching(exec, base, viewer.organisationId, words).clearSelect() : base;
  const totalQuery = counted.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const withDisplay = base
    .leftJoin('users as u', 'u.id', 'i.author_user_id')
    .leftJoin('persons as ap', 'ap.id', 'i.author_person_id')
    .leftJoin('cohorts as c', 'c.id', 'i.cohort_id')
    .leftJoin('professional_fields as f', 'f.id', 'i.field_id')
    .select(DISPLAY_COLUMNS);
  const ordered = words
    ? matching(exec, withDisplay, viewer.organisationId, words).orderBy('score')
    : withDisplay.select(sql<number>`0`.as('score'));
  const [rows, total] = await Promise.all([
    ordered
      .orderBy('i.created_at', 'desc')
      .orderBy('i.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    totalQuery,
  ]);
  return { rows, total: Number(total.n) };
}
export type InsightDisplayRow = Awaited<ReturnType<typeof listVisible>>['rows'][number];

/** One insight of the organisation with its names, whoever may see it (the service checks). */
export function findInsight(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('insights as i')
    .leftJoin('users as u', 'u.id', 'i.author_user_id')
    .leftJoin('persons as ap', 'ap.id', 'i.author_person_id')
    .leftJoin('cohorts as c', 'c.id', 'i.cohort_id')
    .leftJoin('professional_fields as f', 'f.id', 'i.field_id')
    .select(DISPLAY_COLUMNS)
    .select(sql<number>`0`.as('score'))
    .where('i.organisation_id', '=', organisationId)
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** The focus areas of the given insights, in the catalogue's order. */
export function focusAreasOf(exec: Executor, organisationId: string, insightIds: string[]) {
  if (insightIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('insight_focus_areas as ifa')
    .innerJoin('focus_areas as fa', 'fa.id', 'ifa.focus_area_id')
    .select(['ifa.insight_id', 'fa.id', 'fa.name', 'fa.colour'])
    .where('ifa.organisation_id', '=', organisationId)
    .where('ifa.insight_id', 'in', insightIds)
    .orderBy('fa.position')
    .orderBy('fa.id')
    .execute();
}

export async function insertInsight(
  trx: Trx,
  row: NewInsightRow,
  focusAreaIds: string[],
  version: NewInsightVersionRow,
): Promise<void> {
  await trx.insertInto('insights').values(row).execute();
  await replaceFocusAreas(trx, row.organisation_id, row.id, focusAreaIds);
  await trx.insertInto('insight_versions').values(version).execute();
}

export async function replaceFocusAreas(trx: Trx, organisationId: string, insightId: string, ids: string[]) {
  await trx
    .deleteFrom('insight_focus_areas')
    .where('organisation_id', '=', organisationId)
    .where('insight_id', '=', insightId)
    .execute();
  if (ids.length) {
    await trx
      .insertInto('insight_focus_areas')
      .values(
        ids.map((focus_area_id) => ({
          insight_id: insightId,
          organisation_id: organisationId,
          focus_area_id,
        })),
      )
      .execute();
  }
}

/** Saves a new state only if nobody saved since `version`; false when someone did (stale). */
export async function updateIfVersion(
  trx: Trx,
  organisationId: string,
  id: string,
  version: number,
  set: {
    statement: string;
    tags: string;
    field_id: string | null;
    visibility: string;
    set_id: string | null;
    updated_at: string;
  },
): Promise<boolean> {
  const result = await trx
    .updateTable('insights')
    .set({ ...set, version: version + 1 })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertVersion(trx: Trx, row: NewInsightVersionRow): Promise<void> {
  await trx.insertInto('insight_versions').values(row).execute();
}

export async function deleteInsight(trx: Trx, organisationId: string, id: string): Promise<void> {
  await trx
    .deleteFrom('insights')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

export function listVersions(exec: Executor, organisationId: string, insightId: string) {
  return exec
    .selectFrom('insight_versions as v')
    .leftJoin('users as u', 'u.id', 'v.edited_by_user_id')
    .leftJoin('professional_fields as f', 'f.id', 'v.field_id')
    .select([
      'v.version',
      'v.statement',
      'v.tags',
      'v.focus_area_ids',
      'v.field_id',
      'f.name as field_name',
      'v.visibility',
      'v.set_id',
      'u.name as edited_by',
      'v.created_at',
    ])
    .where('v.organisation_id', '=', organisationId)
    .where('v.insight_id', '=', insightId)
    .orderBy('v.version', 'desc')
    .execute();
}
export type InsightVersionDisplayRow = Awaited<ReturnType<typeof listVersions>>[number];
