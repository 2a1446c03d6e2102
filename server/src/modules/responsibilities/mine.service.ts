import { tasksFor } from '../../../../core/responsibilities/matrix.js';
import type { MatrixDocument, MyResponsibilitiesRes } from '../../../../core/schemas/responsibilities.js';
import type { AppContext, Executor } from '../../lib/context.js';
import { findPublished } from '../../lib/document-versions.js';
import type { OrgActor } from '../../lib/policy.js';
import { MatrixSpec } from './responsibilities.document.js';
import * as repo from './responsibilities.repository.js';

type Column = MyResponsibilitiesRes['columns'][number];

/**
 * The columns a person belongs to: by level (equal), by unit (their unit or any unit above it is
 * the column's, and has not ended), by group (a member). No person in the organisation, or one who
 * left: none.
 */
export async function columnsOf(
  exec: Executor,
  organisationId: string,
  userId: string,
  document: MatrixDocument,
): Promise<Column[]> {
  const person = await repo.personOfUser(exec, organisationId, userId);
  if (!person) return [];
  const units = new Set(
    person.unit_id ? await repo.unitAndAncestors(exec, organisationId, person.unit_id) : [],
  );
  const groups = await repo.groupIdsOfPerson(exec, organisationId, person.id);
  return document.actors.flatMap((actor): Column[] => {
    const m = actor.membership;
    const via =
      m.kind === 'level'
        ? m.level === person.level
        : m.kind === 'unit'
          ? m.unitId !== null && units.has(m.unitId)
          : m.groupId !== null && groups.has(m.groupId);
    return via ? [{ key: actor.key, name: actor.name, via: m.kind }] : [];
  });
}

/** From the published matrix: the columns I belong to and the tasks where they are R or A. */
export async function myResponsibilities(ctx: AppContext, actor: OrgActor): Promise<MyResponsibilitiesRes> {
  const exec = ctx.db.kysely;
  const published = await findPublished(exec, MatrixSpec, actor.organisationId);
  if (!published?.publishedAt) return { version: null, columns: [], tasks: [] };
  const columns = await columnsOf(exec, actor.organisationId, actor.userId, published.document);
  return {
    version: { id: published.id, version: published.version, publishedAt: published.publishedAt },
    columns,
    tasks: tasksFor(published.document, new Set(columns.map((c) => c.key))),
  };
}
