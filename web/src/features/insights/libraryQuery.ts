import type { InsightFilter } from '../../api/insights.js';

/** The library's search as the address holds it, so a search can be linked, bookmarked and gone back to. */
export interface LibrarySearch {
  q: string;
  focusAreaId: string;
  fieldId: string;
  cohortId: string;
  mine: boolean;
}

export const emptySearch: LibrarySearch = { q: '', focusAreaId: '', fieldId: '', cohortId: '', mine: false };

/** /indsigter?q=…&fokus=…&fag=…&hold=…&mine=1 */
export function searchFromParams(params: URLSearchParams): LibrarySearch {
  return {
    q: params.get('q') ?? '',
    focusAreaId: params.get('fokus') ?? '',
    fieldId: params.get('fag') ?? '',
    cohortId: params.get('hold') ?? '',
    mine: params.get('mine') === '1',
  };
}

export function paramsFromSearch(s: LibrarySearch): Record<string, string> {
  const params: Record<string, string> = {};
  if (s.q.trim()) params.q = s.q.trim();
  if (s.focusAreaId) params.fokus = s.focusAreaId;
  if (s.fieldId) params.fag = s.fieldId;
  if (s.cohortId) params.hold = s.cohortId;
  if (s.mine) params.mine = '1';
  return params;
}

export function filterFromSearch(s: LibrarySearch, page: { limit: number; offset: number }): InsightFilter {
  return {
    q: s.q.trim() || undefined,
    focusAreaId: s.focusAreaId || undefined,
    fieldId: s.fieldId || undefined,
    cohortId: s.cohortId || undefined,
    mine: s.mine || undefined,
    ...page,
  };
}

export const isFiltered = (s: LibrarySearch): boolean => Object.keys(paramsFromSearch(s)).length > 0;
