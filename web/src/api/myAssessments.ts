import type {
  MyAnswering,
  MyAssessments,
  Profile,
  SaveAnswersReq,
} from '../../../core/schemas/assessment.js';
import { request } from './client.js';

const roundPath = (id: string) => `/api/my/assessments/${encodeURIComponent(id)}`;

/** The rounds I am invited to, with how far I am in each. */
export function listMyAssessments(): Promise<MyAssessments> {
  return request('GET', '/api/my/assessments');
}

/** One round to answer: the instrument as I read it and what I saved so far. */
export function getMyAnswering(id: string): Promise<MyAnswering> {
  return request('GET', roundPath(id));
}

/**
 * Save and continue: the answers given merge into what is saved (null clears one). 409
 * `round_not_open` or `already_submitted` when the round no longer takes answers.
 */
export function saveMyAnswers(id: string, body: SaveAnswersReq): Promise<MyAnswering> {
  return request('PUT', `${roundPath(id)}/answers`, body);
}

/** Final, and my profile: 400 `unanswered` (fields `answers.<key>`) while a statement has no answer. */
export function submitMyAnswers(id: string): Promise<Profile> {
  return request('POST', `${roundPath(id)}/submit`);
}

/** My private profile of a submitted round (409 `not_submitted` before that). */
export function getMyProfile(id: string): Promise<Profile> {
  return request('GET', `${roundPath(id)}/profile`);
}

/** Share my profile with the round's facilitators, or withdraw it. */
export function shareMyProfile(id: string, shared: boolean): Promise<Profile> {
  return request('PUT', `${roundPath(id)}/share`, { shared });
}
