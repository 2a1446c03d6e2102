import type { cohortOverviewDa } from './cohortOverview.da.js';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** English texts of the cohort overview (the same keys as cohortOverview.da.ts). */
export const cohortOverviewEn: Texts<typeof cohortOverviewDa> = {
  cohortOverview: {
    heading: 'Overview',
    intro: 'Who the cohort reaches, by area and management level, and how attendance is going.',
    introObserver:
      "You see the cohort's figures, but no names. Figures for groups of fewer than {{k}} people are hidden, so nobody can be recognised.",
    withheld:
      'Some figures are hidden because they cover fewer than {{k}} people. Another figure may be hidden too, so the hidden one cannot be worked out.',
    hidden: 'hidden',
    attendance: 'Attendance overall',
    rateNone: 'Nothing marked yet',
    missedTwo: 'Missed two activities in a row',
    missedTwoWho: 'Missed two activities in a row',
    byArea: 'Participants by area',
    byLevel: 'Participants by management level',
    area: 'Area',
    level: 'Level',
    noArea: 'No unit',
  },
};
