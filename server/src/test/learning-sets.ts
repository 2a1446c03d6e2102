import type { Db } from '../db/dialect.js';
import { createPerson, createUnit } from './factories.js';

/** Enrols an existing person in the cohort. */
export async function enrolPerson(db: Db, organisationId: string, cohortId: string, personId: string) {
  await db.kysely
    .insertInto('cohort_participants')
    .values({
      cohort_id: cohortId,
      organisation_id: organisationId,
      person_id: personId,
      added_at: new Date().toISOString(),
      removed_at: null,
    })
    .execute();
}

/** Makes the person the manager of the unit. */
export async function setUnitManager(db: Db, unitId: string, personId: string) {
  await db.kysely
    .updateTable('units')
    .set({ manager_person_id: personId })
    .where('id', '=', unitId)
    .execute();
}

/**
 * An organisation to split: a direktion with three areas (forvaltninger), each with a team, and
 * `perArea` leaders enrolled per area. In the first area, `manager` manages the area, and the
 * others of that area sit in its team (which has no manager of its own), so they report to them.
 */
export async function splittableCohort(
  db: Db,
  organisationId: string,
  cohortId: string,
  options: { perArea?: number; areas?: number } = {},
) {
  const perArea = options.perArea ?? 4;
  const top = await createUnit(db, organisationId, { name: 'Direktionen', kind: 'direktion' });
  const areas: Array<{ id: string; name: string; people: Array<{ id: string; name: string }> }> = [];
  for (let a = 0; a < (options.areas ?? 3); a++) {
    const area = await createUnit(db, organisationId, {
      name: `Forvaltning ${a + 1} ${crypto.randomUUID().slice(0, 4)}`,
      kind: 'forvaltning',
      parentId: top.id,
    });
    const team = await createUnit(db, organisationId, { kind: 'team', parentId: area.id });
    const people: Array<{ id: string; name: string }> = [];
    for (let i = 0; i < perArea; i++) {
      const person = await createPerson(db, organisationId, {
        name: `Leder ${a + 1}.${i + 1} ${crypto.randomUUID().slice(0, 4)}`,
        unitId: i === 0 ? area.id : team.id,
        level: i === 0 ? 'chef' : i % 2 ? 'leder' : 'teamleder',
      });
      await enrolPerson(db, organisationId, cohortId, person.id);
      people.push(person);
    }
    if (a === 0) await setUnitManager(db, area.id, people[0]!.id);
    areas.push({ ...area, people });
  }
  const manager = areas[0]!.people[0]!;
  const reports = areas[0]!.people.slice(1);
  return { areas, manager, reports, everyone: areas.flatMap((a) => a.people) };
}

/** A saved set of the cohort, written straight to the database. */
export async function saveSetDirectly(db: Db, organisationId: string, cohortId: string, personIds: string[]) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db.kysely
    .insertInto('learning_sets')
    .values({
      id,
      organisation_id: organisationId,
      cohort_id: cohortId,
      name: 'Sæt 1',
      facilitator_user_id: null,
      position: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  if (personIds.length) {
    await db.kysely
      .insertInto('learning_set_members')
      .values(
        personIds.map((person_id) => ({
          set_id: id,
          organisation_id: organisationId,
          cohort_id: cohortId,
          person_id,
        })),
      )
      .execute();
  }
  return id;
}
