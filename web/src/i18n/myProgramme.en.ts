import type { myProgrammeDa } from './myProgramme.da.js';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** English texts of "My programme" (Danish in myProgramme.da.ts). */
export const myProgrammeEn: Texts<typeof myProgrammeDa> = {
  myProgramme: {
    nav: 'My programme',
    title: 'My programme',
    intro: 'See what is coming up in your programme, what to prepare, and where you took part.',
    none: 'You are not enrolled in a programme right now.',
    period: '{{programme}}, {{version}}. Period: {{from}} – {{to}}',
    upcomingHeading: 'Upcoming activities',
    upcomingNone: 'There are no more planned activities.',
    pastHeading: 'Past activities',
    pastNone: 'No activities have been held yet.',
    when: '{{day}}, {{from}}–{{to}}',
    place: 'Place: {{place}}',
    online: 'Online meeting',
    placeUnknown: 'The place has not been decided yet.',
    prepareHeading: 'What to prepare',
    objectives: 'What you will learn',
    materials: 'Materials',
    download: 'Add to calendar (.ics)',
    downloadLabel: 'Add {{title}} to calendar (.ics)',
    attendance: {
      present: 'You attended',
      absent: 'You did not attend',
      absentReason: 'You did not attend ({{reason}})',
      unmarked: 'Attendance not recorded',
    },
    rateHeading: 'My attendance',
    rate: 'You attended {{present}} of {{marked}} activities with recorded attendance ({{percent}} %).',
    rateNone: 'No attendance has been recorded for you yet.',
    signup: {
      none: 'You are not signed up for this date.',
      confirmed: 'You are signed up for this date.',
      waitlisted: 'You are number {{position}} on the waiting list.',
      offered: 'A place has become free for you. Accept it by {{until}}.',
      seatsLeft_one: '{{count}} free place of {{capacity}}.',
      seatsLeft_other: '{{count}} free places of {{capacity}}.',
      fullWaitingList: 'All places are taken. You can join the waiting list.',
      full: 'All places are taken, and there is no waiting list.',
      moves:
        'You are also down for another date of this module ({{date}}). If you get a place here, you give up the other date. If you go on the waiting list here, you keep the other date until you accept a place here.',
      movesWaitlisted:
        'You are still down for the other date of this module ({{date}}) while you are on the waiting list here. If you accept a place here, you give up the other date.',
      movesOffered: 'If you accept the place here, you give up the other date of this module ({{date}}).',
      closed: 'Sign-up is closed.',
      forTitle: "for '{{title}}'",
      action: {
        signUp: 'Sign me up for this date',
        joinWaitingList: 'Put me on the waiting list',
        accept: 'Accept the place',
        cancel: 'Cancel my place',
      },
      done: {
        confirmed: 'You are signed up for "{{title}}".',
        waitlisted: 'You are on the waiting list for "{{title}}".',
        offered: 'There is a place for you at "{{title}}".',
        none: 'You have cancelled "{{title}}".',
      },
    },
    calendar: {
      heading: 'Calendar subscription',
      intro:
        'A calendar subscription is a personal link to your activities. Add the link to Outlook or your phone’s calendar, and the programme’s activities appear automatically, also when they are moved.',
      secret: 'The link is personal. Do not share it: anyone with the link can see your activities.',
      none: 'You have not made a link yet.',
      exists:
        'You made your link on {{date}}. For security it cannot be shown again. If you lost it, make a new one.',
      create: 'Make calendar subscription link',
      renew: 'Make a new link',
      confirm:
        'When you make a new link, the old one stops working at once. Calendars using the old link get no more updates. Continue?',
      confirmLabel: 'Yes, make a new link',
      linkLabel: 'Your calendar subscription link',
      shownOnce: 'Copy the link now: it is shown only this once.',
      copy: 'Copy link',
      copied: 'The link has been copied.',
      copyFailed: 'The link could not be copied. Select it and copy it yourself.',
    },
  },
};
