import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Executor } from '../../lib/context.js';
import { ownCohortIds, type Viewer } from './insights.policy.js';
import type { InsightsTable } from './insights.tables.js';

/**
 * Where the reader takes part, in one statement: their persons, the cohorts they are a current
 * participant of or facilitate, the sets they are a member of or facilitate.
 */
export async function viewerRows(exec: Executor, organisationId: string, userId: string) {
  const persons = exec
    .selectFrom('persons as p')
    .where('p.organisation_id', '=', organisationId)
    .where('p.user_id', '=', userId)
    .where('p.left_at', 'is', null);
  return persons
    .select([sql<string>`'person'`.as('kind'), 'p.id as id', sql<string | null>`null`.as('cohort_id')])
    .unionAll(
      persons
        .innerJoin('cohort_participants as cp', 'cp.person_id', 'p.id')
        .where('cp.removed_at', 'is', null)
        .select([sql<string>`'participant'`.as('kind'), 'cp.cohort_id as id', 'cp.cohort_id']),
    )
    .unionAll(
      persons
        .innerJoin('learning_set_members as m', 'm.person_id', 'p.id')
        // A member removed from the cohort keeps their row in the set, but is no member any more.
        .innerJoin('cohort_participants as cp', (join) =>
          join.onRef('cp.person_id', '=', 'p.id').onRef('cp.cohort_id', '=', 'm.cohort_id'),
        )
        .where('cp.removed_at', 'is', null)
        .select([sql<string>`'member'`.as('kind'), 'm.set_id as id', 'm.cohort_id']),
    )
    .unionAll(
      exec
        .selectFrom('cohort_facilitators as cf')
        .where('cf.organisation_id', '=', organisationId)
        .where('cf.user_id', '=', userId)
        .select([sql<string>`'facilitator'`.as('kind'), 'cf.cohort_id as id', 'cf.cohort_id']),
    )
    .unionAll(
      exec
        .selectFrom('learning_sets as s')
        .where('s.organisation_id', '=', organisationId)
        .where('s.facilitator_user_id', '=', userId)
        .select([sql<string>`'set_facilitator'`.as('kind'), 's.id as id', 's.cohort_id']),
    )
    .execute();
}

/** The visibility rules of insights.policy.ts canSee, in SQL. */
export function visibleTo(viewer: Viewer) {
  return (eb: ExpressionBuilder<Database & { i: InsightsTable }, 'i'>) => {
    const ors = [eb('i.author_user_id', '=', viewer.userId), eb('i.visibility', '=', 'organisation')];
    const cohorts = ownCohortIds(viewer);
    if (viewer.isAdmin)
      ors.push(eb.and([eb('i.visibility', '=', 'cohort'), eb('i.cohort_id', 'is not', null)]));
    else if (cohorts.length)
      ors.push(eb.and([eb('i.visibility', '=', 'cohort'), eb('i.cohort_id', 'in', cohorts)]));
    const sets = [...viewer.memberSets.map((s) => s.setId), ...viewer.facilitatedSetIds];
    if (sets.length) ors.push(eb.and([eb('i.visibility', '=', 'set'), eb('i.set_id', 'in', sets)]));
    if (viewer.facilitatedCohortIds.length)
      ors.push(
        eb.and([eb('i.visibility', '=', 'set'), eb('i.cohort_id', 'in', viewer.facilitatedCohortIds)]),
      );
    return eb.or(ors);
  };
}

export interface InsightFilters {
  focusAreaId?: string | undefined;
  fieldId?: string | undefined;
  cohortId?: string | undefined;
  mine?: boolean | undefined;
}

export function visibleInsights(exec: Executor, viewer: Viewer, filters: InsightFilters) {
  let q = exec
    .selectFrom('insights as i')
    .where('i.organisation_id', '=', viewer.organisationId)
    .where(visibleTo(viewer));
  if (filters.fieldId) q = q.where('i.field_id', '=', filters.fieldId);
  if (filters.cohortId) q = q.where('i.cohort_id', '=', filters.cohortId);
  if (filters.mine) q = q.where('i.author_user_id', '=', viewer.userId);
  if (filters.focusAreaId) {
    const areaId = filters.focusAreaId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('insight_focus_areas as fa')
          .select('fa.insight_id')
          .whereRef('fa.insight_id', '=', 'i.id')
          .where('fa.focus_area_id', '=', areaId),
      ),
    );
  }
  return q;
}
