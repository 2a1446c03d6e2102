import { areaOf } from '../../../../core/organisation.js';
import type { MyLearningSetsRes } from '../../../../core/schemas/learning-set-meetings.js';
import { copenhagenDate } from '../../../../core/time.js';
import type { AppContext } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import { findPersonOfUser, listCurrentCohortsOf } from '../cohorts/my-programme.repository.js';
import { unitTree } from '../units/units.repository.js';
import { presentMyMeeting } from './meetings.presenter.js';
import { meetingsOf } from './meetings.read.js';
import { listSetMembers } from './meetings.repository.js';
import * as repo from './my-sets.repository.js';

/**
 * "My learning set": for each current cohort of the caller's person, their set with its
 * facilitator, the other members (name, area, unit) and the set's meetings as members see them
 * (questions and next steps, never the facilitator's notes). Also the sets the caller facilitates,
 * so a set's facilitator who does not run the whole cohort finds its meetings.
 */
export async function myLearningSets(ctx: AppContext, actor: OrgActor): Promise<MyLearningSetsRes> {
  const exec = ctx.db.kysely;
  const org = actor.organisationId;
  const today = copenhagenDate(ctx.clock.now());
  const facilitating = (await repo.facilitatedSets(exec, org, actor.userId, today)).map((s) => ({
    id: s.id,
    name: s.name,
    cohortId: s.cohort_id,
    cohortName: s.cohort_name,
  }));
  const person = await findPersonOfUser(exec, org, actor.userId);
  if (!person) return { sets: [], facilitating };
  const cohorts = await listCurrentCohortsOf(exec, org, person.id, today);
  const sets = await repo.setsOfPerson(
    exec,
    org,
    person.id,
    cohorts.map((c) => c.id),
  );
  if (sets.length === 0) return { sets: [], facilitating };
  const setIds = sets.map((s) => s.id);
  const [members, units, meetings] = await Promise.all([
    listSetMembers(exec, org, setIds),
    unitTree(exec, org),
    meetingsOf(exec, org, setIds, presentMyMeeting),
  ]);
  const parents = new Map(units.map((u) => [u.id, u.parent_id]));
  const names = new Map(units.map((u) => [u.id, u.name]));
  const order = new Map(cohorts.map((c, i) => [c.id, i]));
  return {
    sets: sets
      .sort((a, b) => (order.get(a.cohort_id) ?? 0) - (order.get(b.cohort_id) ?? 0))
      .map((s) => ({
        id: s.id,
        name: s.name,
        cohortId: s.cohort_id,
        cohortName: s.cohort_name,
        facilitatorName: s.facilitator_name,
        members: members
          .filter((m) => m.set_id === s.id && m.person_id !== person.id)
          .map((m) => {
            const unitId = m.unit_id && parents.has(m.unit_id) ? m.unit_id : null;
            const areaId = unitId ? areaOf(unitId, parents) : null;
            return {
              personId: m.person_id,
              name: m.name,
              areaName: areaId ? (names.get(areaId) ?? null) : null,
              unitName: unitId ? (names.get(unitId) ?? null) : null,
            };
          }),
        meetings: meetings.filter((m) => m.setId === s.id).map((m) => m.meeting),
      })),
    facilitating,
  };
}
