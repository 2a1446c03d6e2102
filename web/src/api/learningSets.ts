import type {
  LearningSetProposalRes,
  LearningSetsRes,
  ProposeLearningSetsReq,
  SaveLearningSetsReq,
} from '../../../core/schemas/learning-sets.js';
import { request } from './client.js';

const setsPath = (cohortId: string) => `/api/cohorts/${encodeURIComponent(cohortId)}/learning-sets`;

/** The saved sets, their scores and the participants in no set. */
export function getLearningSets(cohortId: string): Promise<LearningSetsRes> {
  return request('GET', setsPath(cohortId));
}

/** A proposed split of the current participants; nothing is saved. */
export function proposeLearningSets(
  cohortId: string,
  body: ProposeLearningSetsReq,
): Promise<LearningSetProposalRes> {
  return request('POST', `${setsPath(cohortId)}/proposal`, body);
}

/** Saves the whole split, replacing the previous one. */
export function saveLearningSets(cohortId: string, body: SaveLearningSetsReq): Promise<LearningSetsRes> {
  return request('PUT', setsPath(cohortId), body);
}

export function lockLearningSets(cohortId: string, locked: boolean): Promise<LearningSetsRes> {
  return request('POST', `${setsPath(cohortId)}/${locked ? 'lock' : 'unlock'}`);
}
