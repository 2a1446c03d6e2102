import { MIN_GROUP_SIZE, releaseBreakdown } from '../../../../core/anonymity.js';
import { attendanceFigures } from '../../../../core/attendance.js';
import { areaOf, LEVELS, type Level } from '../../../../core/organisation.js';
import type { CohortOverviewRes } from '../../../../core/schemas/cohort-overview.js';
import type { AppContext } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import { projectCounts } from '../action-projects/overview.service.js';
import { unitTree } from '../units/units.repository.js';
import * as repo from './cohorts.repository.js';
import { loadCohortToView } from './cohorts.service.js';

const NO_AREA = '';

const rateOf = (present: number, absent: number) =>
  present + absent === 0 ? null : Math.round((present / (present + absent)) * 1000) / 1000;

/**
 * The cohort's overview. Who runs the cohort gets every figure and the names of those who missed
 * two activities in a row; an observer gets counts only, each breakdown passed through
 * releaseBreakdown, so no group of fewer than MIN_GROUP_SIZE people is shown or can be worked out
 * from a total.
 */
export async function cohortOverview(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
): Promise<CohortOverviewRes> {
  const exec = ctx.db.kysely;
  const { runs } = await loadCohortToView(exec, actor, cohortId);
  const [participants, activities, tree] = await Promise.all([
    repo.listParticipants(exec, cohortId, false),
    repo.startedActivities(exec, cohortId, ctx.clock.now().toISOString()),
    unitTree(exec, actor.organisationId),
  ]);
  const units = {
    parents: new Map(tree.map((u) => [u.id, u.parent_id])),
    names: new Map(tree.map((u) => [u.id, u.name])),
  };
  const marks = await repo.marksFor(
    exec,
    activities.map((a) => a.id),
  );
  const figures = attendanceFigures(
    activities.map((a) => a.id),
    participants.map((p) => p.person_id),
    marks,
  );
  // For an observer, every breakdown goes through releaseBreakdown. A cohort smaller than k is
  // one small group: its total is known, so any breakdown of it would point at people.
  const tooSmall = participants.length < MIN_GROUP_SIZE;
  const release = <K>(cells: { key: K; count: number }[]): { key: K; count: number | null }[] =>
    runs
      ? cells
      : tooSmall
        ? cells.map((c) => ({ key: c.key, count: null }))
        : releaseBreakdown(cells, MIN_GROUP_SIZE);
  /** present, absent and unmarked, released together; the rate only when both its parts are. */
  const attendance = (f: { present: number; absent: number; unmarked: number }) => {
    const [present = null, absent = null, unmarked = null] = release([
      { key: 'present', count: f.present },
      { key: 'absent', count: f.absent },
      { key: 'unmarked', count: f.unmarked },
    ]).map((c) => c.count);
    const rate = present === null || absent === null ? null : rateOf(present, absent);
    return { present, absent, unmarked, rate };
  };

  const areaCounts = new Map<string, number>();
  for (const p of participants) {
    const area = p.unit_id ? areaOf(p.unit_id, units.parents) : NO_AREA;
    areaCounts.set(area, (areaCounts.get(area) ?? 0) + 1);
  }
  const byArea = release([...areaCounts].map(([key, count]) => ({ key, count })))
    .map(({ key, count }) => ({
      areaId: key === NO_AREA ? null : key,
      name: key === NO_AREA ? null : (units.names.get(key) ?? null),
      count,
    }))
    .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'da'));

  const levelCounts = LEVELS.map((level) => ({
    key: level as Level,
    count: participants.filter((p) => p.level === level).length,
  })).filter((c) => c.count > 0);
  const byLevel = release(levelCounts).map(({ key, count }) => ({ level: key, count }));

  const perActivity = figures.activities.map((f, i) => ({
    activityId: f.activityId,
    title: activities[i]?.title ?? '',
    startsAt: activities[i]?.starts_at ?? '',
    ...attendance(f),
  }));
  const sum = (pick: (a: (typeof figures.activities)[number]) => number) =>
    figures.activities.reduce((n, a) => n + pick(a), 0);
  const overall = attendance({
    present: sum((a) => a.present),
    absent: sum((a) => a.absent),
    unmarked: sum((a) => a.unmarked),
  });

  const missed = figures.participants
    .map((f, i) => ({ ...f, name: participants[i]?.name ?? '' }))
    .filter((f) => f.missedTwoInARow);
  const [missedCount] = release([
    { key: 'missed', count: missed.length },
    { key: 'others', count: participants.length - missed.length },
  ]).map((c) => c.count);

  const projects = await projectCounts(exec, actor, cohortId, participants.length);

  return {
    cohortId,
    aggregatesOnly: !runs,
    minimumGroupSize: MIN_GROUP_SIZE,
    participantCount: participants.length,
    byArea,
    byLevel,
    activities: perActivity,
    attendanceRate: overall.rate,
    missedTwoInARow: {
      count: missedCount ?? null,
      people: runs ? missed.map((m) => ({ personId: m.personId, name: m.name })) : null,
    },
    projects,
  };
}
