import { describe, expect, it } from 'vitest';
import type { CohortOverviewRes } from '../../../../core/schemas/cohort-overview.js';
import { anythingWithheld, countText, overallWithheld } from './overview.js';

const base: CohortOverviewRes = {
  cohortId: 'c',
  aggregatesOnly: true,
  minimumGroupSize: 5,
  participantCount: 12,
  byArea: [{ areaId: 'a', name: 'Børn og Unge', count: 12 }],
  byLevel: [{ level: 'leder', count: 12 }],
  activities: [],
  attendanceRate: null,
  missedTwoInARow: { count: 0, people: null },
  projects: {
    aggregatesOnly: true,
    byStatus: [
      { status: 'none', count: 0 },
      { status: 'idea', count: 12 },
    ],
    byFocusArea: [{ focusAreaId: 'f', name: 'Data', count: 7 }],
  },
};

describe('countText', () => {
  it('shows the count, or says it is hidden', () => {
    expect(countText(7, 'skjult')).toBe('7');
    expect(countText(0, 'skjult')).toBe('0');
    expect(countText(null, 'skjult')).toBe('skjult');
  });
});

describe('anythingWithheld', () => {
  it('is false when every figure is released', () => {
    expect(anythingWithheld(base)).toBe(false);
  });
  it('notices a withheld area, level or missed-twice count', () => {
    expect(anythingWithheld({ ...base, byArea: [{ areaId: 'a', name: 'x', count: null }] })).toBe(true);
    expect(anythingWithheld({ ...base, byLevel: [{ level: 'chef', count: null }] })).toBe(true);
    expect(anythingWithheld({ ...base, missedTwoInARow: { count: null, people: null } })).toBe(true);
  });
  it('notices a withheld project count', () => {
    const projects = base.projects;
    const status = { ...projects, byStatus: [{ status: 'idea' as const, count: null }] };
    const area = { ...projects, byFocusArea: [{ focusAreaId: 'f', name: 'Data', count: null }] };
    expect(anythingWithheld({ ...base, projects: status })).toBe(true);
    expect(anythingWithheld({ ...base, projects: area })).toBe(true);
  });
});

describe('overallWithheld', () => {
  const activity = { activityId: 'a', title: 'Kick-off', startsAt: '2027-01-04T08:00:00.000Z', rate: null };
  it('tells a withheld rate from one with nothing marked', () => {
    const marked = { ...activity, present: null, absent: null, unmarked: 0 };
    const unmarked = { ...activity, present: 0, absent: 0, unmarked: 12 };
    expect(overallWithheld({ ...base, activities: [marked] })).toBe(true);
    expect(overallWithheld({ ...base, activities: [unmarked] })).toBe(false);
    expect(overallWithheld({ ...base, aggregatesOnly: false, activities: [marked] })).toBe(false);
  });
});
