import type {
  NarrativeDocument,
  NarrativeQuestionRes,
  NarrativeVersionRes,
} from '../../../../core/schemas/narrative.js';
import type { VersionSummary as VersionSummaryRes } from '../../../../core/schemas/responsibilities.js';
import type { DocumentVersion, VersionSummary } from '../../lib/document-versions.js';
import type { NarrativeQuestionRow } from './narrative.tables.js';

export function presentSummary(v: VersionSummary): VersionSummaryRes {
  return {
    id: v.id,
    version: v.version,
    status: v.status,
    publishedAt: v.publishedAt,
    updatedAt: v.updatedAt,
  };
}

/** A version whole; only an administrator's draft can be edited. */
export function presentVersion(
  v: DocumentVersion<NarrativeDocument>,
  canManage: boolean,
): NarrativeVersionRes {
  return {
    ...presentSummary(v),
    revision: v.revision,
    document: v.document,
    canEdit: canManage && v.status === 'draft',
  };
}

const iso = (at: string | null) => (at === null ? null : new Date(at).toISOString());

/** A question as a reader sees it: never who asked or who answered; `mine` for the reader's own. */
export function presentQuestion(row: NarrativeQuestionRow, readerId: string): NarrativeQuestionRes {
  return {
    id: row.id,
    partKey: row.part_key,
    question: row.question,
    answer: row.answer,
    answeredAt: iso(row.answered_at),
    askedAt: new Date(row.created_at).toISOString(),
    mine: row.asked_by_user_id !== null && row.asked_by_user_id === readerId,
  };
}

/**
 * Questions in reading order: by the part's place in the published narrative (parts it no longer
 * has last, by key), then oldest first.
 */
export function inReadingOrder(
  questions: NarrativeQuestionRes[],
  partKeys: string[],
): NarrativeQuestionRes[] {
  const place = new Map(partKeys.map((key, i) => [key, i]));
  const rank = (key: string) => place.get(key) ?? partKeys.length;
  return [...questions].sort(
    (a, b) =>
      rank(a.partKey) - rank(b.partKey) ||
      a.partKey.localeCompare(b.partKey) ||
      a.askedAt.localeCompare(b.askedAt) ||
      a.id.localeCompare(b.id),
  );
}
