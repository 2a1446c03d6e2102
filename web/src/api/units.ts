import type { CreateUnitReq, UnitRes, UpdateUnitReq } from '../../../core/schemas/organisation.js';
import { query, request } from './client.js';

/** The whole unit tree as a flat list, parents before children. */
export async function listUnits(includeEnded = false): Promise<UnitRes[]> {
  const q = query({ includeEnded: includeEnded ? 'true' : 'false' });
  return (await request<{ items: UnitRes[] }>('GET', `/api/units${q}`)).items;
}

export function createUnit(
  body: Partial<CreateUnitReq> & Pick<CreateUnitReq, 'name' | 'kind'>,
): Promise<UnitRes> {
  return request('POST', '/api/units', body);
}

export function updateUnit(id: string, body: UpdateUnitReq): Promise<UnitRes> {
  return request('PATCH', `/api/units/${encodeURIComponent(id)}`, body);
}

export function unitsCsvUrl(includeEnded = false): string {
  return `/api/units/export.csv${query({ includeEnded: includeEnded ? 'true' : undefined })}`;
}
