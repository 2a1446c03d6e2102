import type { Executor } from '../../lib/context.js';
import { isCohortFacilitator, isCurrentParticipant } from '../cohorts/my-programme.repository.js';
import * as repo from './action-projects.repository.js';

/**
 * Whose shared work a viewer sees in one cohort. Nothing private is ever in reach: a private
 * entry or project is read only by its author, through the author's own page.
 *
 * - `facilitated`: authors whose entries shared with the facilitators (and with the set) the viewer
 *   sees: every participant for a facilitator of the cohort, the set's members for the facilitator
 *   of a learning set.
 * - `setMates`: the other members of the viewer's own learning set, whose entries and projects
 *   shared with the set the viewer sees.
 *
 * An administrator is no reader by office: what is shared goes to the set and its facilitators.
 */
export interface Audience {
  facilitated: ReadonlySet<string>;
  setMates: ReadonlySet<string>;
}

/** The viewer's audience in the cohort; null when they are neither facilitator nor participant. */
export async function audienceOf(
  exec: Executor,
  organisationId: string,
  cohortId: string,
  viewer: { userId: string; personId: string | null },
): Promise<Audience | null> {
  const [cohortFacilitator, facilitatedSets, participant] = await Promise.all([
    isCohortFacilitator(exec, organisationId, cohortId, viewer.userId),
    repo.setsFacilitatedBy(exec, organisationId, cohortId, viewer.userId),
    viewer.personId ? isCurrentParticipant(exec, organisationId, cohortId, viewer.personId) : false,
  ]);
  if (!cohortFacilitator && facilitatedSets.length === 0 && !participant) return null;

  const facilitated = cohortFacilitator
    ? await repo.participantIds(exec, organisationId, cohortId)
    : (await repo.membersOfSets(exec, organisationId, cohortId, facilitatedSets)).map((m) => m.person_id);

  let setMates: string[] = [];
  const mySet =
    participant && viewer.personId
      ? await repo.setOfPerson(exec, organisationId, cohortId, viewer.personId)
      : undefined;
  if (mySet) {
    setMates = (await repo.membersOfSets(exec, organisationId, cohortId, [mySet.set_id]))
      .map((m) => m.person_id)
      .filter((id) => id !== viewer.personId);
  }
  const self = viewer.personId;
  return {
    facilitated: new Set(facilitated.filter((id) => id !== self)),
    setMates: new Set(setMates),
  };
}

/** Whether the viewer (not the author) may read an entry with this author and share. */
export function seesEntry(audience: Audience, entry: { person_id: string; share: string }): boolean {
  if (entry.share === 'private') return false;
  if (audience.facilitated.has(entry.person_id)) return true;
  return entry.share === 'set' && audience.setMates.has(entry.person_id);
}
