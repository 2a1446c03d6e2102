import type { FieldRes, UpdateFieldReq } from '../../../core/schemas/organisation.js';
import { request } from './client.js';

/** The organisation's professional fields (fagområder), archived ones included. */
export async function listFields(): Promise<FieldRes[]> {
  return (await request<{ items: FieldRes[] }>('GET', '/api/fields')).items;
}

export function createField(name: string): Promise<FieldRes> {
  return request('POST', '/api/fields', { name });
}

export function updateField(id: string, body: UpdateFieldReq): Promise<FieldRes> {
  return request('PATCH', `/api/fields/${encodeURIComponent(id)}`, body);
}
