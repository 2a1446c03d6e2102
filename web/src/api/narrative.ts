import type {
  AnswerQuestionReq,
  AskQuestionReq,
  NarrativeDiff,
  NarrativeQuestionRes,
  NarrativeReadingRes,
  NarrativeVersionRes,
  PublishNarrativeReq,
  SaveNarrativeReq,
} from '../../../core/schemas/narrative.js';
import { query, request } from './client.js';

const VERSIONS = '/api/narrative/versions';
const versionPath = (id: string) => `${VERSIONS}/${encodeURIComponent(id)}`;
const questionPath = (id: string) => `/api/narrative/questions/${encodeURIComponent(id)}`;

/** The newest published version, the versions, and the questions this reader may see. */
export function getNarrative(): Promise<NarrativeReadingRes> {
  return request('GET', '/api/narrative');
}

export function getNarrativeVersion(id: string): Promise<NarrativeVersionRes> {
  return request('GET', versionPath(id));
}

/** A draft from the newest version; 409 `draft_exists` when there is one already. */
export function createNarrativeDraft(): Promise<NarrativeVersionRes> {
  return request('POST', VERSIONS, {});
}

/** Saves the draft whole; 409 `stale_edit` (someone saved since) or `version_published`. */
export function saveNarrativeDraft(id: string, body: SaveNarrativeReq): Promise<NarrativeVersionRes> {
  return request('PUT', versionPath(id), body);
}

export function deleteNarrativeDraft(id: string): Promise<void> {
  return request('DELETE', versionPath(id));
}

/**
 * Publishes the draft as it stood at `revision` (the one the editor shows): read-only from now on,
 * and what everybody reads; 409 `stale_edit` when someone saved since, `narrative_empty` without parts.
 */
export function publishNarrativeDraft(id: string, revision: number): Promise<NarrativeVersionRes> {
  const body: PublishNarrativeReq = { revision };
  return request('POST', `${versionPath(id)}/publish`, body);
}

/** What changed from `againstId` to `id`, by part. */
export function diffNarrative(id: string, againstId: string): Promise<NarrativeDiff> {
  return request('GET', `${versionPath(id)}/diff${query({ against: againstId })}`);
}

/** 409 `too_many_open_questions` when the reader has many waiting already. */
export function askNarrativeQuestion(body: AskQuestionReq): Promise<NarrativeQuestionRes> {
  return request('POST', '/api/narrative/questions', body);
}

export function answerNarrativeQuestion(id: string, body: AnswerQuestionReq): Promise<NarrativeQuestionRes> {
  return request('PUT', `${questionPath(id)}/answer`, body);
}

export function deleteNarrativeQuestion(id: string): Promise<void> {
  return request('DELETE', questionPath(id));
}
