import type { Level } from '../../../core/organisation.js';
import type {
  CreatePersonReq,
  PeoplePageRes,
  PersonRes,
  UpdatePersonReq,
} from '../../../core/schemas/organisation.js';
import { query, request } from './client.js';

export type PersonStatus = 'active' | 'left' | 'all';

/** The people filter, as the API and the address bar know it. */
export interface PeopleFilters {
  unitId?: string | undefined;
  /** Only meaningful with unitId; the API's default is true. */
  includeSubunits?: boolean | undefined;
  /** Levels, or 'leaders' for every level above medarbejder. */
  level?: readonly Level[] | 'leaders' | undefined;
  fieldId?: string | undefined;
  q?: string | undefined;
  status?: PersonStatus | undefined;
}

function params(filters: PeopleFilters): Record<string, string | undefined> {
  const level = filters.level === 'leaders' ? 'leaders' : filters.level?.join(',');
  return {
    unitId: filters.unitId,
    includeSubunits: filters.unitId && filters.includeSubunits === false ? 'false' : undefined,
    level: level || undefined,
    fieldId: filters.fieldId,
    q: filters.q?.trim() || undefined,
    status: filters.status && filters.status !== 'active' ? filters.status : undefined,
  };
}

export function listPeople(filters: PeopleFilters, offset = 0, limit = 50): Promise<PeoplePageRes> {
  return request('GET', `/api/people${query({ ...params(filters), limit, offset })}`);
}

export function peopleCsvUrl(filters: PeopleFilters): string {
  return `/api/people/export.csv${query(params(filters))}`;
}

export function getPerson(id: string): Promise<PersonRes> {
  return request('GET', `/api/people/${encodeURIComponent(id)}`);
}

export function createPerson(
  body: Partial<CreatePersonReq> & Pick<CreatePersonReq, 'name' | 'level'>,
): Promise<PersonRes> {
  return request('POST', '/api/people', body);
}

export function updatePerson(id: string, body: UpdatePersonReq): Promise<PersonRes> {
  return request('PATCH', `/api/people/${encodeURIComponent(id)}`, body);
}
