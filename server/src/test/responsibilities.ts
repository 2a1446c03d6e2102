import type { MatrixDocument } from '../../../core/schemas/responsibilities.js';
import type { Db } from '../db/dialect.js';
import { createPerson } from './factories.js';

/**
 * A small valid matrix: a level column (chefer), a unit column and a group column (linked when
 * ids are given), two tasks with one A and at least one R each. `tag` goes into every name, so a
 * test (and the route table) can find its own matrix in a response.
 */
export function matrixDocument(
  options: { tag?: string; unitId?: string | null; groupId?: string | null } = {},
): MatrixDocument {
  const tag = options.tag ?? crypto.randomUUID().slice(0, 8);
  return {
    actors: [
      { key: 'chefer', name: `Chefer ${tag}`, membership: { kind: 'level', level: 'chef' } },
      { key: 'ledere', name: `Ledere ${tag}`, membership: { kind: 'level', level: 'leder' } },
      { key: 'itd', name: `IT ${tag}`, membership: { kind: 'unit', unitId: options.unitId ?? null } },
      { key: 'med', name: `MED ${tag}`, membership: { kind: 'group', groupId: options.groupId ?? null } },
    ],
    taskGroups: [{ key: 'data', name: `Data ${tag}` }],
    tasks: [
      {
        key: 'dashboards',
        group: 'data',
        title: `Lave dashboards ${tag}`,
        description: 'Overblik over nøgletal.',
        cells: { chefer: 'A', itd: 'R', ledere: 'C', med: 'I' },
      },
      {
        key: 'data-quality',
        group: 'data',
        title: `Sikre datakvalitet ${tag}`,
        description: '',
        cells: { ledere: 'A', med: 'R' },
      },
    ],
  };
}

/**
 * A version of the organisation's matrix written straight to the database, for tests that need one
 * to exist rather than test how it is made. A draft of version 1 by default.
 */
export async function insertMatrixVersion(
  db: Db,
  organisationId: string,
  options: {
    version?: number;
    status?: 'draft' | 'published';
    document?: MatrixDocument;
    revision?: number;
  } = {},
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const status = options.status ?? 'draft';
  const document = options.document ?? matrixDocument();
  await db.kysely
    .insertInto('responsibility_matrices')
    .values({
      id,
      organisation_id: organisationId,
      version: options.version ?? 1,
      status,
      document: JSON.stringify(document),
      revision: options.revision ?? 1,
      published_at: status === 'published' ? now : null,
      created_by_user_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, document };
}

/** A named group with the given members (persons of the organisation). */
export async function insertResponsibilityGroup(
  db: Db,
  organisationId: string,
  options: { name?: string; personIds?: readonly string[] } = {},
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const name = options.name ?? `Gruppe ${id.slice(0, 8)}`;
  await db.kysely
    .insertInto('responsibility_groups')
    .values({ id, organisation_id: organisationId, name, created_at: now, updated_at: now })
    .execute();
  const personIds = options.personIds ?? [];
  if (personIds.length > 0)
    await db.kysely
      .insertInto('responsibility_group_members')
      .values(personIds.map((person_id) => ({ group_id: id, person_id, organisation_id: organisationId })))
      .execute();
  return { id, name };
}

/** A person of the organisation that the user logs in as (persons.user_id). */
export async function linkPerson(
  db: Db,
  organisationId: string,
  userId: string,
  options: { level?: string; unitId?: string | null; left?: boolean } = {},
) {
  const person = await createPerson(db, organisationId, options);
  await db.kysely.updateTable('persons').set({ user_id: userId }).where('id', '=', person.id).execute();
  return person;
}
