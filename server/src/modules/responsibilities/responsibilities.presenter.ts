import { validateMatrix } from '../../../../core/responsibilities/matrix.js';
import type {
  MatrixDocument,
  MatrixVersionRes,
  VersionSummary as VersionSummaryRes,
} from '../../../../core/schemas/responsibilities.js';
import type { DocumentVersion, VersionSummary } from '../../lib/document-versions.js';

/** What a version's presentation needs beyond the document: names of linked units and groups. */
export interface MatrixLookups {
  /** Units and groups by id, with their names; a unit that has ended is left out (gone). */
  unitNames: ReadonlyMap<string, string>;
  groupNames: ReadonlyMap<string, string>;
  /** Groups without a member who is still there (a warning on columns linked to them). */
  emptyGroupIds: ReadonlySet<string>;
}

export function presentSummary(v: VersionSummary | DocumentVersion<MatrixDocument>): VersionSummaryRes {
  return {
    id: v.id,
    version: v.version,
    status: v.status,
    publishedAt: v.publishedAt,
    updatedAt: v.updatedAt,
  };
}

/** Each unit or group column with the name of what it stands for; null when unlinked or gone. */
export function presentLinks(document: MatrixDocument, lookups: MatrixLookups): MatrixVersionRes['links'] {
  return document.actors.flatMap((actor) => {
    const m = actor.membership;
    if (m.kind === 'unit')
      return [{ actorKey: actor.key, label: m.unitId ? (lookups.unitNames.get(m.unitId) ?? null) : null }];
    if (m.kind === 'group')
      return [{ actorKey: actor.key, label: m.groupId ? (lookups.groupNames.get(m.groupId) ?? null) : null }];
    return [];
  });
}

export function presentVersion(
  v: DocumentVersion<MatrixDocument>,
  lookups: MatrixLookups,
  canManage: boolean,
): MatrixVersionRes {
  return {
    ...presentSummary(v),
    revision: v.revision,
    document: v.document,
    validation: validateMatrix(v.document, { emptyGroupIds: lookups.emptyGroupIds }),
    links: presentLinks(v.document, lookups),
    canEdit: canManage && v.status === 'draft',
  };
}
