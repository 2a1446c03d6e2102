import type { Breakdown } from '../../../core/assessment/cells.js';
import type {
  AssessmentSettings,
  CreateRoundReq,
  Heatmap,
  RoundList,
  RoundSummary,
  SharedProfiles,
  UpdateRoundReq,
} from '../../../core/schemas/assessment.js';
import { query, request } from './client.js';

const roundPath = (id: string) => `/api/assessment/rounds/${encodeURIComponent(id)}`;

/** The organisation's anonymity limit k (administrators change it). */
export function getAssessmentSettings(): Promise<AssessmentSettings> {
  return request('GET', '/api/assessment/settings');
}

export function updateAssessmentSettings(k: number): Promise<AssessmentSettings> {
  return request('PUT', '/api/assessment/settings', { k });
}

/** The rounds the caller may see, and whether they may open one. */
export function listRounds(): Promise<RoundList> {
  return request('GET', '/api/assessment/rounds');
}

/** A new round for a cohort or a group of leaders; 409 `too_few_invited` under k people. */
export function createRound(body: CreateRoundReq): Promise<RoundSummary> {
  return request('POST', '/api/assessment/rounds', body);
}

export function getRound(id: string): Promise<RoundSummary> {
  return request('GET', roundPath(id));
}

export function updateRound(id: string, body: UpdateRoundReq): Promise<RoundSummary> {
  return request('PATCH', roundPath(id), body);
}

/** Only a round that has not opened yet. */
export function deleteRound(id: string): Promise<void> {
  return request('DELETE', roundPath(id));
}

/** Closes now: answering stops and the results are computed. */
export function closeRound(id: string): Promise<RoundSummary> {
  return request('POST', `${roundPath(id)}/close`, {});
}

/** Reminds those who have not answered; 409 `reminder_too_soon` within a day of the last. */
export function sendReminders(id: string): Promise<{ sent: number }> {
  return request('POST', `${roundPath(id)}/reminders`, {});
}

/** Profiles that leaders chose to share with the round's facilitators. */
export function getSharedProfiles(id: string): Promise<SharedProfiles> {
  return request('GET', `${roundPath(id)}/shared-profiles`);
}

/** What the results page asks for; the same settings make the downloads. */
export interface HeatmapParams {
  breakdown: Breakdown;
  filter?: string | undefined;
  compare?: string | undefined;
}

const heatmapQuery = (p: HeatmapParams) =>
  query({ breakdown: p.breakdown, filter: p.filter, compare: p.compare });

/** Released aggregates of a closed round (409 `round_not_closed` before; 400 `unknown_filter`). */
export function getHeatmap(id: string, params: HeatmapParams): Promise<Heatmap> {
  return request('GET', `${roundPath(id)}/heatmap${heatmapQuery(params)}`);
}

/** The same numbers as a file, under the same rules. */
export function heatmapFileUrl(id: string, format: 'csv' | 'xlsx', params: HeatmapParams): string {
  return `${roundPath(id)}/heatmap.${format}${heatmapQuery(params)}`;
}
