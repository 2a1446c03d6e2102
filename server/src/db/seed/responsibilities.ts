import type { MatrixDocument, MatrixTask } from '../../../../core/schemas/responsibilities.js';
import type { Trx } from '../../lib/context.js';
import { startingMatrixFor } from '../../modules/responsibilities/responsibilities.document.js';
import { stableId } from './municipality.js';

const DAY = 86_400_000;

/** The demo's matrix versions and its group, by stable id. */
export const DEMO_RESPONSIBILITIES = {
  group: stableId('responsibility-group:med'),
  v1: stableId('responsibility-matrix:1'),
  v2: stableId('responsibility-matrix:2'),
} as const;

/** The MED committee: the first two leaders and six employees by their id in the register. */
async function medMembers(trx: Trx, organisationId: string): Promise<string[]> {
  const pick = (level: string, n: number) =>
    trx
      .selectFrom('persons')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('level', '=', level)
      .where('left_at', 'is', null)
      .where('user_id', 'is', null)
      .orderBy('external_id')
      .limit(n)
      .execute();
  return [...(await pick('leder', 2)), ...(await pick('medarbejder', 6))].map((p) => p.id);
}

/**
 * Version 2's changes to version 1, so that the diff has something to show: a new task on
 * artificial intelligence, employees consulted on using data in management, and a clearer title.
 */
function secondVersion(v1: MatrixDocument): MatrixDocument {
  const ai: MatrixTask = {
    key: 'responsible-ai',
    group: 'technology',
    title: 'Bruge kunstig intelligens ansvarligt',
    description:
      'Aftale, hvad vi bruger kunstig intelligens til, hvilke data den må få, og hvem der tjekker, at svarene er rigtige.',
    cells: { direktion: 'A', fagchefer: 'R', ledere: 'R', po: 'C', itd: 'C', medarbejdere: 'I', med: 'C' },
  };
  const tasks = v1.tasks.map((task) => {
    if (task.key === 'data-in-management')
      return { ...task, cells: { ...task.cells, medarbejdere: 'C' as const } };
    if (task.key === 'run-systems') return { ...task, title: 'Drive og opdatere fagsystemerne' };
    return task;
  });
  const at = tasks.findIndex((t) => t.key === 'information-security');
  return { ...v1, tasks: [...tasks.slice(0, at + 1), ai, ...tasks.slice(at + 1)] };
}

/**
 * Demo Kommune's roles and responsibilities: the MED committee as a named group, version 1 from the
 * built-in starting matrix (its unit columns linked to "Personale og Organisation" and "IT og
 * Digitalisering", the MED column to the group) published two months ago, and version 2 with a
 * few changes published three weeks ago. No open draft. Lene Leder is a leader, so the "Ledere"
 * column gives her tasks in "Det har jeg ansvar for".
 */
export async function insertDemoResponsibilities(trx: Trx, organisationId: string, now: Date): Promise<void> {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
  await trx
    .insertInto('responsibility_groups')
    .values({
      id: DEMO_RESPONSIBILITIES.group,
      organisation_id: organisationId,
      name: 'MED-udvalg',
      created_at: at(70),
      updated_at: at(70),
    })
    .execute();
  await trx
    .insertInto('responsibility_group_members')
    .values(
      (await medMembers(trx, organisationId)).map((person_id) => ({
        group_id: DEMO_RESPONSIBILITIES.group,
        person_id,
        organisation_id: organisationId,
      })),
    )
    .execute();

  const start = await startingMatrixFor(trx, organisationId);
  const v1: MatrixDocument = {
    ...start,
    actors: start.actors.map((actor) =>
      actor.key === 'med'
        ? { ...actor, membership: { kind: 'group', groupId: DEMO_RESPONSIBILITIES.group } }
        : actor,
    ),
  };
  const admin = stableId('user:admin@demo.aktion.dk');
  const versions = [
    { id: DEMO_RESPONSIBILITIES.v1, version: 1, document: v1, created: at(65), published: at(60) },
    {
      id: DEMO_RESPONSIBILITIES.v2,
      version: 2,
      document: secondVersion(v1),
      created: at(25),
      published: at(21),
    },
  ];
  await trx
    .insertInto('responsibility_matrices')
    .values(
      versions.map((v) => ({
        id: v.id,
        organisation_id: organisationId,
        version: v.version,
        status: 'published',
        document: JSON.stringify(v.document),
        revision: 3,
        published_at: v.published,
        created_by_user_id: admin,
        created_at: v.created,
        updated_at: v.published,
      })),
    )
    .execute();
}
