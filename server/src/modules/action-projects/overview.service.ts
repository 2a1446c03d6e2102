import { MIN_GROUP_SIZE, releaseBreakdown } from '../../../../core/anonymity.js';
import { attendanceFigures } from '../../../../core/attendance.js';
import { journalQuietSince, quietReasons, silentDays } from '../../../../core/journal-quiet.js';
import type { ActionLearningOverviewRes } from '../../../../core/schemas/action-learning-overview.js';
import { PROJECT_STATUSES } from '../../../../core/schemas/action-projects.js';
import type { CohortOverviewRes } from '../../../../core/schemas/cohort-overview.js';
import { forbidden, notFound } from '../../lib/app-error.js';
import type { AppContext, Executor } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import { seesAllCohorts } from '../cohorts/cohorts.policy.js';
import * as cohorts from '../cohorts/cohorts.repository.js';
import type { CohortRow } from '../cohorts/cohorts.tables.js';
import { presentOverviewParticipant } from './overview.presenter.js';
import * as repo from './overview.repository.js';

/**
 * Who sees the overview, and of whom. The issue gives it to "the facilitators of the cohort and
 * of the set only":
 * - a facilitator of the cohort (cohort_facilitators) sees every current participant;
 * - the facilitator of a learning set (learning_sets.facilitator_user_id) sees their sets' members;
 * - an administrator who is neither gets 403: like an observer, they have the counts by project
 *   status and focus area in the cohort overview (GET /api/cohorts/:id/overview), released
 *   through core/anonymity.ts, and no per-person line here (journal activity is personal);
 * - any other facilitator gets 404, as for the cohort itself (no probing of ids).
 * Observers and participants never get this far (CohortAbilities.run: 403).
 */
async function loadScope(
  exec: Executor,
  actor: OrgActor,
  cohortId: string,
): Promise<{ cohort: CohortRow; setIds: string[] | null }> {
  const cohort = await cohorts.findCohortRow(exec, actor.organisationId, cohortId);
  if (!cohort) throw notFound();
  const facilitators = await cohorts.listFacilitators(exec, [cohortId]);
  if (facilitators.some((f) => f.id === actor.userId)) return { cohort, setIds: null };
  const setIds = await repo.setsFacilitatedBy(exec, actor.organisationId, cohortId, actor.userId);
  if (setIds.length > 0) return { cohort, setIds };
  if (seesAllCohorts(actor)) throw forbidden('not_facilitator');
  throw notFound();
}

/**
 * Per participant: set, project status (the title only when shared with the set), when and how
 * much they wrote (never what), attendance, and whether they have gone quiet.
 */
export async function actionLearningOverview(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
): Promise<ActionLearningOverviewRes> {
  const exec = ctx.db.kysely;
  const { cohort, setIds } = await loadScope(exec, actor, cohortId);
  const now = ctx.clock.now();
  const org = actor.organisationId;
  const [participants, projects, journal, activities] = await Promise.all([
    repo.participantsWithSets(exec, org, cohortId, setIds),
    repo.projectStatuses(exec, org, cohortId),
    repo.journalActivity(exec, org, cohortId),
    cohorts.startedActivities(exec, cohortId, now.toISOString()),
  ]);
  const marks = await cohorts.marksFor(
    exec,
    activities.map((a) => a.id),
  );
  const figures = attendanceFigures(
    activities.map((a) => a.id),
    participants.map((p) => p.person_id),
    marks,
  ).participants;
  const projectOf = new Map(projects.map((p) => [p.person_id, p]));
  const journalOf = new Map(
    journal.map((j) => [
      j.person_id,
      {
        lastEntryAt: (j.last_entry_at as string | null) ?? null,
        entries: Number(j.entries),
        shared: Number(j.shared ?? 0),
      },
    ]),
  );

  return {
    cohortId,
    scope: setIds === null ? 'cohort' : 'sets',
    participants: participants.map((p, i) => {
      const written = journalOf.get(p.person_id) ?? { lastEntryAt: null, entries: 0, shared: 0 };
      const f = figures[i];
      const attendance = {
        present: f?.present ?? 0,
        absent: f?.absent ?? 0,
        rate: f?.rate ?? null,
        missedTwoInARow: f?.missedTwoInARow ?? false,
      };
      const since = journalQuietSince({
        enrolledAt: p.added_at,
        cohortStartsOn: cohort.starts_on,
        lastEntryAt: written.lastEntryAt,
      });
      return presentOverviewParticipant(p, projectOf.get(p.person_id), written, attendance, {
        days: silentDays(since, now),
        reasons: quietReasons({
          since,
          now,
          reminderDays: p.journal_reminder_days,
          missedTwoInARow: attendance.missedTwoInARow,
        }),
      });
    }),
  };
}

/**
 * Projects counted by status (with `none` for participants without one, so the cells add up to
 * the released participant count) and by focus area, for the cohort overview. The cohort's own
 * facilitators see them as they are; everyone else through releaseBreakdown (k = 5), all
 * withheld for a cohort smaller than k, and never a name or a title.
 */
export async function projectCounts(
  exec: Executor,
  actor: OrgActor,
  cohortId: string,
  participantCount: number,
): Promise<CohortOverviewRes['projects']> {
  const org = actor.organisationId;
  const [facilitators, statuses, areas] = await Promise.all([
    cohorts.listFacilitators(exec, [cohortId]),
    repo.currentProjectStatuses(exec, org, cohortId),
    repo.focusAreaCounts(exec, org, cohortId),
  ]);
  const full = facilitators.some((f) => f.id === actor.userId);
  const release = <K>(cells: { key: K; count: number }[]): { key: K; count: number | null }[] =>
    full
      ? cells
      : participantCount < MIN_GROUP_SIZE
        ? cells.map((c) => ({ key: c.key, count: null }))
        : releaseBreakdown(cells, MIN_GROUP_SIZE);
  const byStatus = release([
    { key: 'none' as const, count: participantCount - statuses.length },
    ...PROJECT_STATUSES.map((status) => ({
      key: status,
      count: statuses.filter((s) => s.status === status).length,
    })),
  ]).map(({ key, count }) => ({ status: key, count }));
  const released = release(areas.map((a) => ({ key: a.id, count: Number(a.n) })));
  const names = new Map(areas.map((a) => [a.id, a.name]));
  return {
    aggregatesOnly: !full,
    byStatus,
    byFocusArea: released.map(({ key, count }) => ({ focusAreaId: key, name: names.get(key) ?? '', count })),
  };
}
