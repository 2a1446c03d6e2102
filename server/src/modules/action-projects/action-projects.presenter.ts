import type {
  ActionProjectRes,
  JournalCommentRes,
  JournalEntryRes,
  JournalPhase,
  JournalShare,
  ProjectShare,
  ProjectStatus,
} from '../../../../core/schemas/action-projects.js';
import type { CommentRow } from './action-projects.repository.js';
import type { ActionProjectRow, JournalEntryRow } from './action-projects.tables.js';

export function presentProject(row: ActionProjectRow, focusAreaIds: string[]): ActionProjectRes {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    title: row.title,
    challenge: row.challenge,
    question: row.question,
    attempt: row.attempt,
    involve: row.involve,
    successMeasure: row.success_measure,
    focusAreaIds,
    status: row.status as ProjectStatus,
    share: row.share as ProjectShare,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export function presentComment(row: CommentRow, viewerUserId: string): JournalCommentRes {
  return {
    id: row.id,
    // A comment whose author's account was deleted keeps its words, not a name.
    authorName: row.author_name ?? '—',
    mine: row.author_user_id === viewerUserId,
    body: row.body,
    createdAt: row.created_at,
  };
}

export function presentEntry(row: JournalEntryRow, comments: JournalCommentRes[]): JournalEntryRes {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    phase: row.phase as JournalPhase,
    body: row.body,
    share: row.share as JournalShare,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    comments,
  };
}

/** Comments grouped by entry, presented for the viewer. */
export function commentsByEntry(rows: CommentRow[], viewerUserId: string): Map<string, JournalCommentRes[]> {
  const byEntry = new Map<string, JournalCommentRes[]>();
  for (const r of rows)
    byEntry.set(r.entry_id, [...(byEntry.get(r.entry_id) ?? []), presentComment(r, viewerUserId)]);
  return byEntry;
}
