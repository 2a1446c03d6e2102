import type { EnrolmentFilter } from '../../api/cohorts.js';
import type { PeopleFilterValues } from '../organisation/peopleFilters.js';
import { toApiFilters } from '../organisation/peopleFilters.js';

/** The people filter form's values as the preview takes them (only active people are offered). */
export function toPreviewBody(values: PeopleFilterValues): EnrolmentFilter {
  const f = toApiFilters(values);
  const body: EnrolmentFilter = {};
  if (f.unitId) {
    body.unitId = f.unitId;
    if (!values.includeSubunits) body.includeSubunits = 'false';
  }
  if (f.level) body.level = f.level === 'leaders' ? 'leaders' : f.level.join(',');
  if (f.fieldId) body.fieldId = f.fieldId;
  if (f.q) body.q = f.q;
  return body;
}

export const noFilter: PeopleFilterValues = {
  unitId: '',
  includeSubunits: true,
  levels: [],
  fieldId: '',
  q: '',
  status: 'active',
};
