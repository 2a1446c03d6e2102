import type { Executor } from '../../lib/context.js';
import type { Viewer } from './insights.policy.js';
import { visibleInsights } from './viewer.repository.js';

/** The organisation's focus areas (archived ones too: old versions name them). */
export function focusAreas(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('focus_areas')
    .select(['id', 'name', 'colour', 'archived_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function activeFields(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('professional_fields')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('archived_at', 'is', null)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
}

/** Cohorts by id, of the organisation only. */
export function cohortsByIds(exec: Executor, organisationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('cohorts')
    .select(['id', 'name', 'starts_on'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .orderBy('starts_on', 'desc')
    .orderBy('name')
    .execute();
}

/** The cohorts that the insights the reader may see belong to. */
export function cohortsOfVisible(exec: Executor, viewer: Viewer) {
  return visibleInsights(exec, viewer, {})
    .innerJoin('cohorts as c', 'c.id', 'i.cohort_id')
    .select(['c.id', 'c.name', 'c.starts_on'])
    .distinct()
    .execute();
}
