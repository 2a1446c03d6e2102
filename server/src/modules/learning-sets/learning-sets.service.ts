import { randomInt } from 'node:crypto';
import {
  type ConstraintProblem,
  composeSets,
  type DiversityScore,
  lineManagers,
  managerPairsTogether,
  overallScore,
  scoreSet,
} from '../../../../core/learning-sets.js';
import { areaOf } from '../../../../core/organisation.js';
import type {
  HeldConstraintRes,
  LearningSetProposalRes,
  LearningSetsRes,
  ProposeLearningSetsReq,
  SaveLearningSetsReq,
  SetMemberRes,
} from '../../../../core/schemas/learning-sets.js';
import { conflict, fieldError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import { t } from '../../lib/messages.js';
import type { OrgActor } from '../../lib/policy.js';
import { lockCohort } from '../cohorts/cohorts.repository.js';
import { checkFacilitators, loadCohort } from '../cohorts/cohorts.service.js';
import type { CohortRow } from '../cohorts/cohorts.tables.js';
import { unitTree } from '../units/units.repository.js';
import { presentMember, presentSavedSet, toCandidate } from './learning-sets.presenter.js';
import * as repo from './learning-sets.repository.js';

const ZERO: DiversityScore = { areas: 0, fields: 0, levels: 0, total: 0 };
const byName = (a: SetMemberRes, b: SetMemberRes) =>
  a.name.localeCompare(b.name, 'da') || a.personId.localeCompare(b.personId);

/**
 * The cohort's current participants as the sets show them: area (core/organisation.ts areaOf),
 * field, level, and line managers (from the units' managers) among the participants.
 */
export async function participantsOf(exec: Executor, organisationId: string, cohortId: string) {
  const [rows, units] = await Promise.all([
    repo.currentParticipants(exec, organisationId, cohortId),
    unitTree(exec, organisationId),
  ]);
  const parents = new Map(units.map((u) => [u.id, u.parent_id]));
  const names = new Map(units.map((u) => [u.id, u.name]));
  const tree = new Map(
    units.map((u) => [u.id, { parentId: u.parent_id, managerPersonId: u.manager_person_id }]),
  );
  const managers = lineManagers(
    rows.map((r) => ({ personId: r.id, unitId: r.unit_id })),
    tree,
  );
  const ids = new Set(rows.map((r) => r.id));
  const members = rows.map((r) => {
    const areaId = r.unit_id && parents.has(r.unit_id) ? areaOf(r.unit_id, parents) : null;
    const area = areaId ? { id: areaId, name: names.get(areaId) ?? '' } : null;
    const managerIds = [...new Set(managers.get(r.id) ?? [])].filter((m) => m !== r.id && ids.has(m));
    return presentMember(r, area, managerIds);
  });
  return { members, byId: new Map(members.map((m) => [m.personId, m])) };
}

/** Pairs (manager, report) among the participants: how many the "keep apart" rule covers. */
function managerPairCount(people: readonly SetMemberRes[]): number {
  return people.reduce((n, p) => n + p.managerIds.length, 0);
}

const scoreOf = (members: readonly SetMemberRes[]) =>
  members.length === 0 ? ZERO : scoreSet(members.map(toCandidate));

/** The rules a split keeps: manager and report apart (when no pair sits together), and the sizes. */
function heldConstraints(people: SetMemberRes[], sets: SetMemberRes[][]): HeldConstraintRes[] {
  const held: HeldConstraintRes[] = [];
  if (sets.length === 0) return held;
  const together = managerPairsTogether(
    sets.map((s) => s.map((m) => m.personId)),
    people.map(toCandidate),
  );
  if (together.length === 0) held.push({ kind: 'manager_apart', pairs: managerPairCount(people) });
  const sizes = sets.map((s) => s.length);
  held.push({ kind: 'set_size', min: Math.min(...sizes), max: Math.max(...sizes) });
  return held;
}

function impossible(problem: ConstraintProblem, byId: Map<string, SetMemberRes>) {
  if (problem.kind === 'too_few')
    return conflict('learning_sets.too_few', 'too_few', { count: problem.count, minimum: problem.minimum });
  return conflict('learning_sets.manager_conflict', 'manager_conflict', {
    name: byId.get(problem.personId)?.name ?? '?',
    count: problem.reports.length,
  });
}

/** A split of the current participants into sets of `size`; writes nothing. */
export async function proposeSets(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
  input: ProposeLearningSetsReq,
): Promise<LearningSetProposalRes> {
  const exec = ctx.db.kysely;
  await loadCohort(exec, actor, cohortId);
  const { members, byId } = await participantsOf(exec, actor.organisationId, cohortId);
  const seed = input.seed ?? randomInt(0, 2_147_483_647);
  const result = composeSets(members.map(toCandidate), { size: input.size, seed });
  if (!result.ok) throw impossible(result.problem, byId);
  const sets = result.sets.map((ids) => ids.map((id) => byId.get(id)!).sort(byName));
  const scored = sets.map((m, i) => ({ members: m, score: result.scores[i] ?? scoreOf(m) }));
  return {
    size: input.size,
    seed,
    sets: scored.map((s, i) => ({
      name: t(actor.locale, 'learning_sets.default_name', { n: i + 1 }),
      members: s.members,
      score: s.score,
    })),
    overall: overallScore(
      scored.map((s) => s.score),
      scored.map((s) => s.members.length),
    ),
    constraints: heldConstraints(members, sets),
  };
}

async function present(
  exec: Executor,
  actor: OrgActor,
  cohort: Pick<CohortRow, 'id' | 'learning_sets_locked_at'>,
): Promise<LearningSetsRes> {
  const [{ members: people, byId }, sets, memberRows] = await Promise.all([
    participantsOf(exec, actor.organisationId, cohort.id),
    repo.listSets(exec, actor.organisationId, cohort.id),
    repo.listMembers(exec, actor.organisationId, cohort.id),
  ]);
  const bySet = new Map<string, SetMemberRes[]>();
  const assigned = new Set<string>();
  for (const row of memberRows) {
    // Someone removed from the cohort after the save keeps their row, but is no longer shown.
    const member = byId.get(row.person_id);
    if (!member) continue;
    assigned.add(row.person_id);
    bySet.set(row.set_id, [...(bySet.get(row.set_id) ?? []), member]);
  }
  const saved = sets.map((s) => {
    const members = (bySet.get(s.id) ?? []).sort(byName);
    return presentSavedSet(s, members, scoreOf(members));
  });
  return {
    cohortId: cohort.id,
    lockedAt: cohort.learning_sets_locked_at,
    sets: saved,
    overall: saved.length
      ? overallScore(
          saved.map((s) => s.score),
          saved.map((s) => s.members.length),
        )
      : null,
    unassigned: people.filter((p) => !assigned.has(p.personId)),
    constraints: heldConstraints(
      people,
      saved.map((s) => s.members),
    ),
  };
}

export async function getSets(ctx: AppContext, actor: OrgActor, cohortId: string): Promise<LearningSetsRes> {
  const cohort = await loadCohort(ctx.db.kysely, actor, cohortId);
  return present(ctx.db.kysely, actor, cohort);
}

/**
 * Saves the whole split, replacing the previous one: everyone a current participant, once, no
 * manager in a set with their own report, facilitators who may facilitate. Refused while locked.
 * A set keeps its id (and so its meetings) when named by it, else by position; removing a set that
 * has meetings is refused (409 `has_meetings`).
 */
export async function saveSets(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
  input: SaveLearningSetsReq,
): Promise<LearningSetsRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    // Two saves at once would both replace the sets: the second waits for the first.
    await lockCohort(trx, ctx.db.dialect, cohortId);
    const cohort = await loadCohort(trx, actor, cohortId);
    if (cohort.learning_sets_locked_at) throw conflict('learning_sets.locked', 'locked');
    const { members, byId } = await participantsOf(trx, actor.organisationId, cohortId);
    const seen = new Set<string>();
    for (const set of input.sets) {
      for (const id of set.personIds) {
        const person = byId.get(id);
        if (!person) throw fieldError('sets', 'learning_sets.not_participant');
        if (seen.has(id)) throw fieldError('sets', 'learning_sets.duplicate_person', { name: person.name });
        seen.add(id);
      }
    }
    const [pair] = managerPairsTogether(
      input.sets.map((s) => s.personIds),
      members.map(toCandidate),
    );
    if (pair) {
      throw conflict('learning_sets.manager_pair', 'manager_pair', {
        manager: byId.get(pair.managerId)?.name ?? '?',
        report: byId.get(pair.reportId)?.name ?? '?',
      });
    }
    const facilitators = [
      ...new Set(input.sets.map((s) => s.facilitatorUserId).filter((id): id is string => id !== null)),
    ];
    await checkFacilitators(trx, actor, facilitators, 'sets');

    const now = ctx.clock.now().toISOString();
    // A set named by id keeps that id (and so its meetings); a set without one takes the next
    // saved set not named by any (by position), or is new. Saved sets left over are removed,
    // which is refused for one that has meetings.
    const existing = await repo.listSets(trx, actor.organisationId, cohortId);
    const existingIds = new Set(existing.map((s) => s.id));
    const named = new Set<string>();
    for (const set of input.sets) {
      if (set.id === undefined) continue;
      if (!existingIds.has(set.id) || named.has(set.id))
        throw fieldError('sets', 'learning_sets.unknown_set');
      named.add(set.id);
    }
    const free = existing.filter((s) => !named.has(s.id));
    let nextFree = 0;
    const ids = input.sets.map((s) => s.id ?? free[nextFree++]?.id ?? newId());
    const kept = new Set(ids);
    const surplus = existing.filter((s) => !kept.has(s.id));
    const [busy] = await repo.meetingCounts(
      trx,
      actor.organisationId,
      surplus.map((s) => s.id),
    );
    if (busy) {
      throw conflict('learning_sets.has_meetings', 'has_meetings', {
        name: surplus.find((s) => s.id === busy.set_id)?.name ?? '?',
        count: Number(busy.count),
      });
    }
    const rows = input.sets.map((s, position) => ({
      id: ids[position]!,
      organisation_id: actor.organisationId,
      cohort_id: cohortId,
      name: s.name,
      facilitator_user_id: s.facilitatorUserId,
      position,
      created_at: now,
      updated_at: now,
    }));
    await repo.writeSets(trx, actor.organisationId, cohortId, {
      update: rows.filter((r) => existingIds.has(r.id)),
      insert: rows.filter((r) => !existingIds.has(r.id)),
      remove: surplus.map((s) => s.id),
      members: input.sets.flatMap((s, i) =>
        s.personIds.map((person_id) => ({
          set_id: rows[i]!.id,
          organisation_id: actor.organisationId,
          cohort_id: cohortId,
          person_id,
        })),
      ),
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'learning_sets.saved',
      entityType: 'cohort',
      entityId: cohortId,
      changes: { sets: rows.length, members: seen.size, unassigned: members.length - seen.size },
    });
    return present(trx, actor, cohort);
  });
}

/** Locks (or unlocks) the saved split; doing what is already done changes and audits nothing. */
export async function setLocked(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
  locked: boolean,
): Promise<LearningSetsRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockCohort(trx, ctx.db.dialect, cohortId);
    const cohort = await loadCohort(trx, actor, cohortId);
    if ((cohort.learning_sets_locked_at !== null) === locked) return present(trx, actor, cohort);
    if (locked && (await repo.listSets(trx, actor.organisationId, cohortId)).length === 0)
      throw conflict('learning_sets.nothing_to_lock', 'nothing_to_lock');
    const at = locked ? ctx.clock.now().toISOString() : null;
    await repo.setLockedAt(trx, actor.organisationId, cohortId, at);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: locked ? 'learning_sets.locked' : 'learning_sets.unlocked',
      entityType: 'cohort',
      entityId: cohortId,
      changes: {},
    });
    return present(trx, actor, { id: cohortId, learning_sets_locked_at: at });
  });
}
