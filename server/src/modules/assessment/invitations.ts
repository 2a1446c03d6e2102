/**
 * Who a round invites, and where each of them stood when it was made. The list is fixed when the
 * round is created: the people who answer are the people counted for change between rounds, and
 * their placement here (unit path, level, field, filters) is what their anonymous response carries
 * at close — never where they stand later.
 */
import type { RoundFilter, RoundPopulation } from '../../../../core/schemas/assessment.js';
import type { Executor, Trx } from '../../lib/context.js';
import { subtreeIds } from '../people/people.repository.js';

export interface Invitee {
  personId: string;
  unitId: string | null;
  level: string;
  fieldId: string | null;
}

export interface Placement {
  personId: string;
  unitPath: string[];
  level: string;
  fieldId: string | null;
  filterKeys: string[];
}

/** A cohort's current participants (not removed from it, not marked as left). */
export async function cohortInvitees(exec: Executor, organisationId: string, cohortId: string) {
  const rows = await exec
    .selectFrom('cohort_participants as cp')
    .innerJoin('persons as p', 'p.id', 'cp.person_id')
    .select(['p.id', 'p.unit_id', 'p.level', 'p.field_id'])
    .where('cp.organisation_id', '=', organisationId)
    .where('p.organisation_id', '=', organisationId)
    .where('cp.cohort_id', '=', cohortId)
    .where('cp.removed_at', 'is', null)
    .where('p.left_at', 'is', null)
    .orderBy('p.id')
    .execute();
  return rows.map(toInvitee);
}

/** Everyone not marked as left at the population's levels, in the unit's subtree and field. */
export async function populationInvitees(
  exec: Executor,
  organisationId: string,
  population: RoundPopulation,
) {
  const units = population.unitId ? await subtreeIds(exec, organisationId, population.unitId) : null;
  if (units?.length === 0) return [];
  const rows = await exec
    .selectFrom('persons as p')
    .select(['p.id', 'p.unit_id', 'p.level', 'p.field_id'])
    .where('p.organisation_id', '=', organisationId)
    .where('p.left_at', 'is', null)
    .where('p.level', 'in', [...population.levels])
    .$if(units !== null, (q) => q.where('p.unit_id', 'in', units as string[]))
    .$if(population.fieldId !== null, (q) => q.where('p.field_id', '=', population.fieldId as string))
    .orderBy('p.id')
    .execute();
  return rows.map(toInvitee);
}

const toInvitee = (r: { id: string; unit_id: string | null; level: string; field_id: string | null }) => ({
  personId: r.id,
  unitId: r.unit_id,
  level: r.level,
  fieldId: r.field_id,
});

/** Unit ids from the top of the organisation's tree down to each unit (ended units included). */
export async function unitPaths(exec: Executor, organisationId: string): Promise<Map<string, string[]>> {
  const units = await exec
    .selectFrom('units')
    .select(['id', 'parent_id'])
    .where('organisation_id', '=', organisationId)
    .execute();
  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const paths = new Map<string, string[]>();
  for (const u of units) {
    const path: string[] = [];
    let at: string | null | undefined = u.id;
    // The seen-check ends the walk should the parents ever form a ring (nothing should allow it).
    while (at && !path.includes(at)) {
      path.unshift(at);
      at = parent.get(at);
    }
    paths.set(u.id, path);
  }
  return paths;
}

/**
 * The population round's filters: one per cohort of the organisation that has at least k of the
 * invited people among its current participants, labelled with the cohort's name. A smaller
 * cohort gets no filter at all, so nothing about it is ever released as a group of its own.
 */
export async function cohortFilters(
  exec: Executor,
  organisationId: string,
  invitedIds: ReadonlySet<string>,
  k: number,
): Promise<{ filters: RoundFilter[]; keysOf: Map<string, string[]> }> {
  const rows = await exec
    .selectFrom('cohort_participants as cp')
    .innerJoin('cohorts as c', 'c.id', 'cp.cohort_id')
    .select(['c.id', 'c.name', 'cp.person_id'])
    .where('c.organisation_id', '=', organisationId)
    .where('cp.removed_at', 'is', null)
    .orderBy('c.name')
    .orderBy('c.id')
    .execute();
  const members = new Map<string, { name: string; people: string[] }>();
  for (const r of rows) {
    if (!invitedIds.has(r.person_id)) continue;
    const m = members.get(r.id) ?? { name: r.name, people: [] };
    m.people.push(r.person_id);
    members.set(r.id, m);
  }
  const filters: RoundFilter[] = [];
  const keysOf = new Map<string, string[]>();
  for (const [cohortId, m] of members) {
    if (m.people.length < k) continue;
    const key = `cohort:${cohortId}`;
    filters.push({ key, label: m.name });
    for (const p of m.people) keysOf.set(p, [...(keysOf.get(p) ?? []), key]);
  }
  return { filters, keysOf };
}

/** Where each invitee stands: their unit's path, level, field and filter keys. */
export function placeInvitees(
  invitees: readonly Invitee[],
  paths: ReadonlyMap<string, string[]>,
  keysOf: ReadonlyMap<string, string[]>,
): Placement[] {
  return invitees.map((i) => ({
    personId: i.personId,
    unitPath: i.unitId ? (paths.get(i.unitId) ?? []) : [],
    level: i.level,
    fieldId: i.fieldId,
    filterKeys: keysOf.get(i.personId) ?? [],
  }));
}

const CHUNK = 500;

export async function insertInvitations(
  trx: Trx,
  organisationId: string,
  roundId: string,
  placements: readonly Placement[],
): Promise<void> {
  for (let i = 0; i < placements.length; i += CHUNK) {
    await trx
      .insertInto('assessment_invitations')
      .values(
        placements.slice(i, i + CHUNK).map((p) => ({
          round_id: roundId,
          organisation_id: organisationId,
          person_id: p.personId,
          unit_path: JSON.stringify(p.unitPath),
          level: p.level,
          field_id: p.fieldId,
          filter_keys: JSON.stringify(p.filterKeys),
        })),
      )
      .execute();
  }
}

/**
 * The invited people who can be written to (an e-mail address, not marked as left), with their
 * account's language. Whether they answered is not asked: invitations and reminders go to all.
 */
export function mailRecipients(exec: Executor, roundId: string) {
  return exec
    .selectFrom('assessment_invitations as i')
    .innerJoin('persons as p', 'p.id', 'i.person_id')
    .leftJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.id', 'p.name', 'p.email', 'u.locale'])
    .where('i.round_id', '=', roundId)
    .where('p.left_at', 'is', null)
    .where('p.email', 'is not', null)
    .orderBy('p.id')
    .execute();
}
