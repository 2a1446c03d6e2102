import { notFound } from '../../lib/app-error.js';
import type { Executor } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import { canRunCohort, seesAllCohorts } from '../cohorts/cohorts.policy.js';
import { listFacilitators } from '../cohorts/cohorts.repository.js';
import * as repo from './meetings.repository.js';

/**
 * Who runs a set's meetings: those who run the cohort (administrators, the cohort's facilitators)
 * and the set's own facilitator. Everyone else (a facilitator of another cohort, another
 * organisation) is told the set does not exist; the route's ability check has already sent
 * participants and observers away with 403.
 */
export async function runsCohort(exec: Executor, actor: OrgActor, cohortId: string): Promise<boolean> {
  if (seesAllCohorts(actor)) return true;
  const facilitators = await listFacilitators(exec, [cohortId]);
  return canRunCohort(
    actor,
    facilitators.map((f) => f.id),
  );
}

export async function runsSet(
  exec: Executor,
  actor: OrgActor,
  set: { cohort_id: string; facilitator_user_id: string | null },
): Promise<boolean> {
  return set.facilitator_user_id === actor.userId || runsCohort(exec, actor, set.cohort_id);
}

/** The set, when the actor runs it; 404 otherwise. */
export async function loadSetToRun(exec: Executor, actor: OrgActor, setId: string) {
  const set = await repo.findSet(exec, actor.organisationId, setId);
  if (!set || !(await runsSet(exec, actor, set))) throw notFound();
  return set;
}
