import type { actionLearningOverviewDa } from './actionLearningOverview.da.js';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** English texts of the facilitator's action-learning overview and the journal reminder. */
export const actionLearningOverviewEn: Texts<typeof actionLearningOverviewDa> = {
  actionLearningOverview: {
    heading: 'Action learning',
    intro:
      'How far the participants have come with their action projects, when they last wrote in the journal, and who has gone quiet. You never see what private entries say.',
    introSets: 'You see the participants in the learning sets you facilitate.',
    quietExplained:
      'Quiet: has not written in the journal for the number of days they chose for reminders (14 if reminders are off), or missed two activities in a row.',
    none: 'There are no participants to show.',
    noneQuiet: 'Nobody has gone quiet.',
    sortLabel: 'Sort',
    sort: { quiet: 'Quiet first', name: 'Name', lastEntry: 'Longest since last entry' },
    onlyQuiet: 'Show only those who have gone quiet',
    shown: 'Showing {{shown}} of {{total}} participants. {{quiet}} have gone quiet.',
    caption: "The participants' action learning",
    participant: 'Participant',
    set: 'Learning set',
    noSet: 'No set',
    project: 'Project',
    noProject: 'No project yet',
    privateProject: 'Not shared',
    lastEntry: 'Last entry',
    noEntries: 'Nothing written',
    entries_one: '{{count}} entry, {{shared}} shared with you',
    entries_other: '{{count}} entries, {{shared}} shared with you',
    attendance: 'Attendance',
    rateNone: 'Nothing marked',
    status: 'Status',
    quiet: 'Quiet',
    quietJournal_one: 'Nothing written for {{count}} day',
    quietJournal_other: 'Nothing written for {{count}} days',
    quietAttendance: 'Missed two activities in a row',
    active: 'Active',
    statuses: {
      idea: 'Idea',
      in_progress: 'In progress',
      evaluated: 'Evaluated',
      shared: 'Shared with others',
    },
  },
  projectCounts: {
    byStatus: 'Action projects by status',
    byFocusArea: 'Action projects by focus area',
    status: 'Status',
    focusArea: 'Focus area',
    projects: 'Projects',
    participants: 'Participants',
    none: 'No project yet',
    noFocusAreas: 'No project has chosen a focus area yet.',
    overlap:
      'A project may touch several focus areas, so the figures may add up to more than the number of projects.',
  },
  journalReminder: {
    label: 'Reminder',
    hint: 'We send you an e-mail if you have not written in your journal for that many days.',
    off: 'No reminders',
    days: 'After {{count}} days without an entry',
    save: 'Save reminder',
    saved: 'The reminder is saved.',
    savedOff: 'Reminders are turned off.',
  },
};
