/**
 * The data of the `cohorts` scenario, written straight into a database Aktion has just seeded with
 * Demo Kommune: a programme with a published version (the three tracks of the built-in template,
 * two link materials per module), a cohort of that version holding Demo Kommune's 350 leaders
 * (every area of the organisation, four levels), 20 activities (16 held, with every participant
 * marked, and 4 to come), the demo facilitator, and an account for one of the participants: a
 * person with `persons.user_id`, as "my programme" finds it.
 */
import { randomUUID } from 'node:crypto';
import { LEADER_LEVELS } from '../core/organisation.js';
import { DIGITAL_LEADERSHIP_TEMPLATE } from '../core/programme-template.js';
import { addDays, copenhagenDate, copenhagenInstant, weekday } from '../core/time.js';
import type { Db } from '../server/src/db/dialect.js';
import { DEMO_ORGANISATION } from '../server/src/db/seed/demo.js';
import { hashPassword } from '../server/src/lib/passwords.js';
import type {
  NewActivityAttendanceRow,
  NewCohortActivityRow,
} from '../server/src/modules/cohorts/cohorts.tables.js';

export const COHORT_SIZE = 350;
export const PAST_ACTIVITIES = 16;
export const FUTURE_ACTIVITIES = 4;
export const ACTIVITIES = PAST_ACTIVITIES + FUTURE_ACTIVITIES;
/** Rows per INSERT: SQLite bounds the parameters of one statement. */
const CHUNK = 500;

/** The participant who signs in: an account made for the run, linked to one of the 350 people. */
export const PARTICIPANT_LOGIN = {
  email: 'deltager.bench@demo.aktion.dk',
  password: 'bench-deltager-adgangskode',
};

export interface BenchCohort {
  organisationId: string;
  cohortId: string;
  /** The person of the signed-in participant. */
  personId: string;
  participants: number;
  activities: number;
  marks: number;
  absent: number;
  /** Participants marked absent at two held activities in a row. */
  missedTwice: number;
  modules: number;
  seconds: number;
}

const REASONS = ['Sygdom', 'Ferie', 'Kursus', null] as const;

/**
 * Absent about one time in thirteen, spread over people and activities (never twice in a row by
 * this rule), and every fiftieth participant also at two activities in a row: the overview lists them.
 */
function isAbsent(person: number, activity: number): boolean {
  if ((person * 31 + activity * 17) % 13 === 0) return true;
  return person % 50 === 7 && (activity === 10 || activity === 11);
}

/** Chunks of CHUNK rows. */
function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}

/** Writes the cohort in one transaction; `now` places the held and the coming activities. */
export async function insertBenchCohort(db: Db, now: Date): Promise<BenchCohort> {
  const started = performance.now();
  const at = now.toISOString();
  const passwordHash = await hashPassword(PARTICIPANT_LOGIN.password);
  const result = await db.kysely.transaction().execute(async (trx) => {
    const organisation = await trx
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', DEMO_ORGANISATION.slug)
      .executeTakeFirstOrThrow(() => new Error('no Demo Kommune: is the demo seed on?'));
    const organisationId = organisation.id;
    const facilitator = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'facilitator@demo.aktion.dk')
      .executeTakeFirstOrThrow(() => new Error('no demo facilitator'));

    // The programme and its published version.
    const programmeId = randomUUID();
    const versionId = randomUUID();
    await trx
      .insertInto('programmes')
      .values({
        id: programmeId,
        organisation_id: organisationId,
        title: 'Digital ledelse for alle ledere',
        purpose: 'Alle ledere i Demo Kommune leder digitaliseringen i deres egen kerneopgave.',
        owners: JSON.stringify(['Personale og Organisation']),
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx
      .insertInto('programme_versions')
      .values({
        id: versionId,
        programme_id: programmeId,
        organisation_id: organisationId,
        number: 1,
        name: 'Alle ledere 2026',
        status: 'published',
        based_on_version_id: null,
        target_levels: JSON.stringify(LEADER_LEVELS),
        revision: 0,
        published_at: at,
        archived_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const modules: Array<{ id: string; title: string; minutes: number }> = [];
    for (const [t, track] of DIGITAL_LEADERSHIP_TEMPLATE.entries()) {
      const trackId = randomUUID();
      await trx
        .insertInto('programme_tracks')
        .values({
          id: trackId,
          version_id: versionId,
          lineage_id: randomUUID(),
          position: t,
          title: track.title,
          description: track.description,
        })
        .execute();
      const rows = track.modules.map((m, i) => ({
        id: randomUUID(),
        version_id: versionId,
        track_id: trackId,
        lineage_id: randomUUID(),
        position: i,
        kind: m.kind,
        title: m.title,
        description: m.description,
        duration_minutes: m.durationMinutes,
        objectives: JSON.stringify(m.objectives),
        focus_area_ids: '[]',
        materials: JSON.stringify([
          { title: 'Program for dagen', url: `https://intra.demo.aktion.dk/forloeb/modul-${t}-${i}` },
          { title: 'Læsestof', url: `https://intra.demo.aktion.dk/forloeb/modul-${t}-${i}/laesestof.pdf` },
        ]),
      }));
      await trx.insertInto('programme_modules').values(rows).execute();
      modules.push(...rows.map((r) => ({ id: r.id, title: r.title, minutes: r.duration_minutes })));
    }

    // The 350 leaders, every area and level.
    const people = await trx
      .selectFrom('persons')
      .select(['id', 'user_id', 'level'])
      .where('organisation_id', '=', organisationId)
      .where('level', 'in', [...LEADER_LEVELS])
      .where('left_at', 'is', null)
      .orderBy('external_id')
      .limit(COHORT_SIZE)
      .execute();
    if (people.length !== COHORT_SIZE) {
      throw new Error(`Demo Kommune has ${people.length} leaders, the scenario needs ${COHORT_SIZE}`);
    }
    // The participant who signs in: a team leader without an account (the demo cohort "Topledelse
    // hold 1" holds directors and heads only), so "my programme" shows this cohort alone.
    const own = people.find((p) => p.user_id === null && p.level === 'teamleder');
    if (!own) throw new Error('no team leader without an account');

    const today = copenhagenDate(now);
    const monday = addDays(today, -weekday(today));
    // Tuesdays at 09:00: the 16 weeks before this one (held) and the 4 after it (to come), so no
    // activity is near `now` and a run never sees one begin.
    const weeks = [
      ...Array.from({ length: PAST_ACTIVITIES }, (_, i) => i - PAST_ACTIVITIES),
      ...Array.from({ length: FUTURE_ACTIVITIES }, (_, i) => i + 1),
    ];
    const cohortId = randomUUID();
    await trx
      .insertInto('cohorts')
      .values({
        id: cohortId,
        organisation_id: organisationId,
        version_id: versionId,
        name: 'Alle ledere hold 1',
        starts_on: addDays(monday, 7 * weeks[0]!),
        ends_on: addDays(monday, 7 * weeks[weeks.length - 1]! + 4),
        reminder_hours: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx
      .insertInto('cohort_facilitators')
      .values({ cohort_id: cohortId, organisation_id: organisationId, user_id: facilitator.id })
      .execute();
    const addedAt = copenhagenInstant(addDays(monday, 7 * weeks[0]! - 14), '10:00').toISOString();
    for (const part of chunks(people)) {
      await trx
        .insertInto('cohort_participants')
        .values(
          part.map((p) => ({
            cohort_id: cohortId,
            organisation_id: organisationId,
            person_id: p.id,
            added_at: addedAt,
            removed_at: null,
          })),
        )
        .execute();
    }

    const seen = new Map<string, number>();
    const activities: NewCohortActivityRow[] = weeks.map((week, i) => {
      const module = modules[i % modules.length]!;
      const n = (seen.get(module.id) ?? 0) + 1;
      seen.set(module.id, n);
      const startsAt = copenhagenInstant(addDays(monday, 7 * week + 1), '09:00');
      return {
        id: randomUUID(),
        organisation_id: organisationId,
        cohort_id: cohortId,
        module_id: module.id,
        title: n === 1 ? module.title : `${module.title} (${n}. gang)`,
        starts_at: startsAt.toISOString(),
        ends_at: new Date(startsAt.getTime() + module.minutes * 60_000).toISOString(),
        location: 'Rådhuset, byrådssalen',
        online_url: null,
        capacity: null,
        facilitator_user_id: facilitator.id,
        created_at: addedAt,
        updated_at: addedAt,
      };
    });
    await trx.insertInto('cohort_activities').values(activities).execute();

    const marks: NewActivityAttendanceRow[] = [];
    activities.slice(0, PAST_ACTIVITIES).forEach((activity, a) => {
      people.forEach((p, n) => {
        const absent = isAbsent(n, a);
        marks.push({
          activity_id: activity.id!,
          organisation_id: organisationId,
          person_id: p.id,
          status: absent ? 'absent' : 'present',
          reason: absent ? (REASONS[(n + a) % REASONS.length] ?? null) : null,
          marked_by_user_id: facilitator.id,
          marked_at: activity.ends_at!,
        });
      });
    });
    for (const part of chunks(marks)) await trx.insertInto('activity_attendance').values(part).execute();

    // The participant's account, signed in through the login route like any other.
    const userId = randomUUID();
    await trx
      .insertInto('users')
      .values({
        id: userId,
        email: PARTICIPANT_LOGIN.email,
        name: 'Bente Benchmark',
        password_hash: passwordHash,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx
      .insertInto('memberships')
      .values({
        organisation_id: organisationId,
        user_id: userId,
        roles: JSON.stringify(['participant', 'employee']),
        deactivated_at: null,
        created_at: at,
      })
      .execute();
    await trx.updateTable('persons').set({ user_id: userId }).where('id', '=', own.id).execute();

    const missedTwice = people.filter((_, n) =>
      Array.from({ length: PAST_ACTIVITIES - 1 }, (_, a) => a).some(
        (a) => isAbsent(n, a) && isAbsent(n, a + 1),
      ),
    ).length;
    return {
      organisationId,
      cohortId,
      personId: own.id,
      participants: people.length,
      activities: activities.length,
      marks: marks.length,
      absent: marks.filter((m) => m.status === 'absent').length,
      missedTwice,
      modules: modules.length,
    };
  });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}
