import { DEFAULT_REMINDER_HOURS } from '../../../../core/schemas/cohorts.js';
import { addDays, copenhagenDate, copenhagenInstant, weekday } from '../../../../core/time.js';
import type { Trx } from '../../lib/context.js';
import { DEFAULT_JOURNAL_REMINDER_DAYS } from '../../modules/cohorts/cohorts.repository.js';
import type { NewActivityAttendanceRow, NewCohortActivityRow } from '../../modules/cohorts/cohorts.tables.js';
import { stableId } from './municipality.js';
import { insertDemoSignups } from './signups.js';

const iso = (date: string, time: string) => copenhagenInstant(date, time).toISOString();

/** The Monday of the week that holds the date `days` from `now` (negative: back), Copenhagen calendar. */
function mondayOf(now: Date, days: number): string {
  const day = addDays(copenhagenDate(now), days);
  return addDays(day, -weekday(day));
}

/**
 * The plan of "Topledelse hold 1": day offsets from the Monday the cohort starts, so every
 * activity falls on a weekday. Learning-set meetings are held for two groups on two days.
 */
const PLAN: ReadonlyArray<{
  key: string;
  module: string;
  day: number;
  time: string;
  minutes: number;
  title?: string;
  group?: 'A' | 'B';
  location: string;
}> = [
  {
    key: 'kickoff',
    module: 'Kick-off: Hvorfor digital ledelse nu?',
    day: 1,
    time: '09:00',
    minutes: 180,
    location: 'Rådhuset, byrådssalen',
  },
  {
    key: 'automation',
    module: 'Kompetencesession: Automatisering',
    day: 17,
    time: '09:00',
    minutes: 180,
    location: 'Rådhuset, mødesal 1',
  },
  {
    key: 'lgm1-a',
    module: 'Læringsgruppemøde 1',
    day: 22,
    time: '13:00',
    minutes: 120,
    group: 'A',
    location: 'Rådhuset, mødelokale 2',
  },
  {
    key: 'lgm1-b',
    module: 'Læringsgruppemøde 1',
    day: 23,
    time: '13:00',
    minutes: 120,
    group: 'B',
    location: 'Rådhuset, mødelokale 2',
  },
  {
    key: 'data',
    module: 'Kompetencesession: Dataunderstøttelse',
    day: 38,
    time: '09:00',
    minutes: 180,
    location: 'Rådhuset, mødesal 1',
  },
  {
    key: 'lgm2-a',
    module: 'Læringsgruppemøde 2',
    day: 50,
    time: '13:00',
    minutes: 120,
    group: 'A',
    location: 'Rådhuset, mødelokale 2',
  },
  {
    key: 'lgm2-b',
    module: 'Læringsgruppemøde 2',
    day: 51,
    time: '13:00',
    minutes: 120,
    group: 'B',
    location: 'Rådhuset, mødelokale 2',
  },
  {
    key: 'technology',
    module: 'Kompetencesession: Teknologianvendelse',
    day: 66,
    time: '09:00',
    minutes: 180,
    location: 'Rådhuset, mødesal 1',
  },
  {
    key: 'idea',
    module: 'Workshop: Fra idé til afprøvning',
    day: 79,
    time: '09:00',
    minutes: 240,
    location: 'Innovationshuset, værkstedet',
  },
  {
    key: 'coherence',
    module: 'Kompetencesession: Organisatorisk sammenhængskraft',
    day: 94,
    time: '09:00',
    minutes: 180,
    location: 'Rådhuset, mødesal 1',
  },
  {
    key: 'lgm3-a',
    module: 'Læringsgruppemøde 3',
    day: 106,
    time: '13:00',
    minutes: 120,
    group: 'A',
    location: 'Rådhuset, mødelokale 2',
  },
  {
    key: 'lgm3-b',
    module: 'Læringsgruppemøde 3',
    day: 107,
    time: '13:00',
    minutes: 120,
    group: 'B',
    location: 'Rådhuset, mødelokale 2',
  },
  {
    key: 'roles',
    module: 'Workshop: Roller og ansvar i digitaliseringen',
    day: 122,
    time: '13:00',
    minutes: 180,
    location: 'Rådhuset, mødesal 1',
  },
  {
    key: 'story',
    module: 'Workshop: Vores fælles basisfortælling',
    day: 143,
    time: '13:00',
    minutes: 180,
    location: 'Rådhuset, mødesal 1',
  },
  {
    key: 'closing',
    module: 'Afslutning: Indsigter og næste skridt',
    day: 171,
    time: '13:00',
    minutes: 180,
    location: 'Rådhuset, byrådssalen',
  },
];

/** Who was absent (by place in the participant list) at the activities that have been held, and why. */
const ABSENT: Readonly<Record<string, ReadonlyArray<[number, string | null]>>> = {
  kickoff: [
    [4, 'Sygdom'],
    [13, null],
  ],
  // Participant 4 misses a second time in a row: the overview flags them.
  automation: [
    [4, 'Ferie'],
    [9, 'Møde i direktionen'],
  ],
  'lgm1-b': [[16, 'Sygdom']],
  data: [
    [16, 'Kursus'],
    [2, null],
  ],
};

/**
 * Demo Kommune's cohort "Topledelse hold 1" of v1 "Topledelse 2022-23": 19 chefs and directors
 * and the demo participant (Lene Leder), the demo facilitator, and a plan that began some weeks
 * before `now`; attendance is marked for the activities already held.
 */
export async function insertDemoCohorts(trx: Trx, organisationId: string, now: Date): Promise<void> {
  const at = now.toISOString();
  const cohortId = stableId('cohort:topledelse-1');
  const facilitatorId = stableId('user:facilitator@demo.aktion.dk');
  const start = mondayOf(now, -45);
  await trx
    .insertInto('cohorts')
    .values({
      id: cohortId,
      organisation_id: organisationId,
      version_id: stableId('programme-version:v1'),
      name: 'Topledelse hold 1',
      starts_on: start,
      ends_on: addDays(start, 172),
      reminder_hours: DEFAULT_REMINDER_HOURS,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await trx
    .insertInto('cohort_facilitators')
    .values({ cohort_id: cohortId, organisation_id: organisationId, user_id: facilitatorId })
    .execute();

  const leaders = await trx
    .selectFrom('persons')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('level', 'in', ['direktør', 'chef'])
    .where('user_id', 'is', null)
    .where('left_at', 'is', null)
    .orderBy('external_id')
    .limit(19)
    .execute();
  const participant = await trx
    .selectFrom('persons')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', stableId('user:leder@demo.aktion.dk'))
    .executeTakeFirstOrThrow();
  const personIds = [...leaders.map((l) => l.id), participant.id];
  const addedAt = iso(addDays(start, -14), '10:00');
  await trx
    .insertInto('cohort_participants')
    .values(
      personIds.map((person_id) => ({
        cohort_id: cohortId,
        organisation_id: organisationId,
        person_id,
        added_at: addedAt,
        removed_at: null,
        journal_reminder_days: DEFAULT_JOURNAL_REMINDER_DAYS,
      })),
    )
    .execute();

  const activities: NewCohortActivityRow[] = PLAN.map((p) => {
    const date = addDays(start, p.day);
    const startsAt = copenhagenInstant(date, p.time);
    return {
      id: stableId(`cohort-activity:topledelse-1:${p.key}`),
      organisation_id: organisationId,
      cohort_id: cohortId,
      module_id: stableId(`programme-module:v1:${p.module}`),
      title: p.title ?? (p.group ? `${p.module}, gruppe ${p.group}` : p.module),
      starts_at: startsAt.toISOString(),
      ends_at: new Date(startsAt.getTime() + p.minutes * 60_000).toISOString(),
      location: p.location,
      online_url: null,
      capacity: null,
      facilitator_user_id: facilitatorId,
      created_at: addedAt,
      updated_at: addedAt,
    };
  });
  await trx.insertInto('cohort_activities').values(activities).execute();

  // Attendance for what has been held: everyone of the activity's group present unless listed absent.
  const marks: NewActivityAttendanceRow[] = [];
  PLAN.forEach((p, i) => {
    const activity = activities[i]!;
    if (activity.ends_at >= at) return;
    const absent = new Map(ABSENT[p.key] ?? []);
    personIds.forEach((personId, n) => {
      if (p.group && (n < personIds.length / 2 ? 'A' : 'B') !== p.group) return;
      marks.push({
        activity_id: activity.id,
        organisation_id: organisationId,
        person_id: personId,
        status: absent.has(n) ? 'absent' : 'present',
        reason: absent.get(n) ?? null,
        marked_by_user_id: facilitatorId,
        marked_at: activity.ends_at,
      });
    });
  });
  if (marks.length) await trx.insertInto('activity_attendance').values(marks).execute();
  await insertDemoSignups(trx, organisationId, { id: cohortId, personIds, addedAt });
}
