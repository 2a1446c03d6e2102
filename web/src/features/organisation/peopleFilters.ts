import { LEADER_LEVELS, LEVELS, type Level } from '../../../../core/organisation.js';
import type { PeopleFilters, PersonStatus } from '../../api/people.js';

/** The people filter as the form holds it: levels are always a list. */
export interface PeopleFilterValues {
  unitId: string;
  includeSubunits: boolean;
  levels: Level[];
  fieldId: string;
  q: string;
  status: PersonStatus;
}

export const PAGE_SIZE = 50;
const STATUSES: readonly PersonStatus[] = ['active', 'left', 'all'];

/** Reads the address's query string (?unitId=&includeSubunits=false&level=chef,leder&fieldId=&q=&status=&offset=). */
export function readFilters(params: URLSearchParams): { values: PeopleFilterValues; offset: number } {
  const level = params.get('level') ?? '';
  const levels =
    level === 'leaders' ? [...LEADER_LEVELS] : LEVELS.filter((l) => level.split(',').includes(l));
  const status = params.get('status') as PersonStatus | null;
  const offset = Number.parseInt(params.get('offset') ?? '0', 10);
  return {
    values: {
      unitId: params.get('unitId') ?? '',
      includeSubunits: params.get('includeSubunits') !== 'false',
      levels,
      fieldId: params.get('fieldId') ?? '',
      q: params.get('q') ?? '',
      status: status && STATUSES.includes(status) ? status : 'active',
    },
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}

/** The filter as the API takes it: four leader levels are "leaders", none or all five is no filter. */
export function toApiFilters(values: PeopleFilterValues): PeopleFilters {
  const isLeaders =
    values.levels.length === LEADER_LEVELS.length && LEADER_LEVELS.every((l) => values.levels.includes(l));
  const level = isLeaders
    ? 'leaders'
    : values.levels.length === 0 || values.levels.length === LEVELS.length
      ? undefined
      : values.levels;
  return {
    unitId: values.unitId || undefined,
    includeSubunits: values.includeSubunits,
    level,
    fieldId: values.fieldId || undefined,
    q: values.q.trim() || undefined,
    status: values.status,
  };
}

/** The query string for the address; the same names as the API's. */
export function writeFilters(values: PeopleFilterValues, offset = 0): URLSearchParams {
  const f = toApiFilters(values);
  const search = new URLSearchParams();
  if (f.unitId) search.set('unitId', f.unitId);
  if (f.unitId && !values.includeSubunits) search.set('includeSubunits', 'false');
  if (f.level) search.set('level', f.level === 'leaders' ? 'leaders' : f.level.join(','));
  if (f.fieldId) search.set('fieldId', f.fieldId);
  if (f.q) search.set('q', f.q);
  if (f.status && f.status !== 'active') search.set('status', f.status);
  if (offset > 0) search.set('offset', String(offset));
  return search;
}
