import type {
  MatrixDiff,
  MatrixDocument,
  MatrixOverviewRes,
  MatrixVersionRes,
  MyResponsibilitiesRes,
  ResponsibilityGroupBody,
  ResponsibilityGroupRes,
} from '../../../core/schemas/responsibilities.js';
import { query, request } from './client.js';

const BASE = '/api/responsibilities';
const versionPath = (id: string) => `${BASE}/versions/${encodeURIComponent(id)}`;

/** The published matrix, the draft and the versions (what the matrix pages open with). */
export function getMatrixOverview(): Promise<MatrixOverviewRes> {
  return request('GET', BASE);
}

/** A new draft from the newest version (or the built-in starting matrix); 409 `draft_exists`. */
export function createMatrixDraft(): Promise<MatrixVersionRes> {
  return request('POST', `${BASE}/versions`);
}

export function getMatrixVersion(id: string): Promise<MatrixVersionRes> {
  return request('GET', versionPath(id));
}

/** Saves the draft whole; 409 `stale_edit` when someone saved since `revision`. */
export function saveMatrixDraft(
  id: string,
  revision: number,
  document: MatrixDocument,
): Promise<MatrixVersionRes> {
  return request('PUT', versionPath(id), { revision, document });
}

export function deleteMatrixDraft(id: string): Promise<void> {
  return request('DELETE', versionPath(id));
}

/**
 * Publishes the draft as it stood at `revision` (the one the editor shows): 409 `stale_edit` when
 * someone saved since, `matrix_invalid` (with `fields` per task) or `matrix_empty` when a rule is broken.
 */
export function publishMatrixDraft(id: string, revision: number): Promise<MatrixVersionRes> {
  return request('POST', `${versionPath(id)}/publish`, { revision });
}

export function getMatrixDiff(id: string, againstId: string): Promise<MatrixDiff> {
  return request('GET', `${versionPath(id)}/diff${query({ against: againstId })}`);
}

/** Where the browser downloads a version as an Excel workbook. */
export function matrixXlsxUrl(id: string): string {
  return `${versionPath(id)}/export.xlsx`;
}

export function getMyResponsibilities(): Promise<MyResponsibilitiesRes> {
  return request('GET', `${BASE}/mine`);
}

export async function listResponsibilityGroups(): Promise<ResponsibilityGroupRes[]> {
  return (await request<{ items: ResponsibilityGroupRes[] }>('GET', `${BASE}/groups`)).items;
}

export function createResponsibilityGroup(body: ResponsibilityGroupBody): Promise<ResponsibilityGroupRes> {
  return request('POST', `${BASE}/groups`, body);
}

export function updateResponsibilityGroup(
  id: string,
  body: ResponsibilityGroupBody,
): Promise<ResponsibilityGroupRes> {
  return request('PUT', `${BASE}/groups/${encodeURIComponent(id)}`, body);
}

export function deleteResponsibilityGroup(id: string): Promise<void> {
  return request('DELETE', `${BASE}/groups/${encodeURIComponent(id)}`);
}
