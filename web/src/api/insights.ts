import type {
  CreateInsightReq,
  InsightListRes,
  InsightOptionsRes,
  InsightRes,
  InsightSourceRes,
  InsightSourceType,
  InsightVersionListRes,
  UpdateInsightReq,
} from '../../../core/schemas/insights.js';
import { query, request } from './client.js';

const insightPath = (id: string) => `/api/insights/${encodeURIComponent(id)}`;

export interface InsightFilter {
  q?: string;
  focusAreaId?: string;
  fieldId?: string;
  cohortId?: string;
  mine?: boolean;
  limit?: number;
  offset?: number;
}

/** The insights the reader may see: searched (best first) or newest first. */
export function listInsights(filter: InsightFilter): Promise<InsightListRes> {
  return request('GET', `/api/insights${query({ ...filter, mine: filter.mine ? 'true' : undefined })}`);
}

export function getInsight(id: string): Promise<InsightRes> {
  return request('GET', insightPath(id));
}

export function getInsightVersions(id: string): Promise<InsightVersionListRes> {
  return request('GET', `${insightPath(id)}/versions`);
}

export function getInsightOptions(): Promise<InsightOptionsRes> {
  return request('GET', '/api/insights/options');
}

export function getInsightSource(type: InsightSourceType, id: string): Promise<InsightSourceRes> {
  return request('GET', `/api/insights/source${query({ type, id })}`);
}

export function createInsight(body: CreateInsightReq): Promise<InsightRes> {
  return request('POST', '/api/insights', body);
}

/** An edit from `body.version`; 409 `stale` when it changed meanwhile. */
export function updateInsight(id: string, body: UpdateInsightReq): Promise<InsightRes> {
  return request('PATCH', insightPath(id), body);
}

export function deleteInsight(id: string): Promise<void> {
  return request('DELETE', insightPath(id));
}
