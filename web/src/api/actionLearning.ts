import type {
  ActionProjectRes,
  JournalCommentRes,
  JournalEntryRes,
  MyActionLearningRes,
  SaveActionProjectReq,
  SharedWithMeRes,
  WriteJournalEntryReq,
} from '../../../core/schemas/action-projects.js';
import { request } from './client.js';

const id = encodeURIComponent;

/** My action project and whole journal, per current cohort. */
export function getMyActionLearning(): Promise<MyActionLearningRes> {
  return request('GET', '/api/my/action-learning');
}

/** Writes my project, or an edit of the version I read (409 `stale` when it changed since). */
export function saveMyProject(cohortId: string, body: SaveActionProjectReq): Promise<ActionProjectRes> {
  return request('PUT', `/api/my/cohorts/${id(cohortId)}/action-project`, body);
}

export function writeJournalEntry(cohortId: string, body: WriteJournalEntryReq): Promise<JournalEntryRes> {
  return request('POST', `/api/my/cohorts/${id(cohortId)}/journal`, body);
}

export function editJournalEntry(entryId: string, body: WriteJournalEntryReq): Promise<JournalEntryRes> {
  return request('PUT', `/api/journal/${id(entryId)}`, body);
}

export function deleteJournalEntry(entryId: string): Promise<void> {
  return request('DELETE', `/api/journal/${id(entryId)}`);
}

export function commentOnEntry(entryId: string, body: string): Promise<JournalCommentRes> {
  return request('POST', `/api/journal/${id(entryId)}/comments`, { body });
}

/** What my set-mates, or as facilitator my participants, shared with me in the cohort. */
export function getSharedWithMe(cohortId: string): Promise<SharedWithMeRes> {
  return request('GET', `/api/cohorts/${id(cohortId)}/shared-with-me`);
}
