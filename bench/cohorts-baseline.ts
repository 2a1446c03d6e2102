/**
 * The baseline of the `cohorts` scenario: bare Fastify, no plugins, no session, reading Aktion's own
 * tables (the database Aktion runs on) with one plain SQL statement per request and building the
 * same JSON as Aktion in a few loops:
 *   GET /api/my/programme            the person's current cohorts (BENCH_PERSON_ID: there is no
 *                                    session, so the person is given) joined with version, programme,
 *                                    every activity and its module, left join the person's own marks
 *   GET /api/cohorts/:id/attendance  a UNION ALL of the rows Aktion reads in three queries: current
 *                                    participants with their unit, begun activities, their marks;
 *                                    counted per participant and per activity, two absences in a row
 *   GET /api/cohorts/:id/overview    the same with each participant's area instead of the unit (a
 *                                    recursive CTE up the unit tree); counted by area, level and
 *                                    activity, the rate, who missed two in a row
 * The two grids are read as arrays of columns (better-sqlite3 raw, pg rowMode 'array').
 * No authorisation, no validation, no response schema: Fastify's JSON.stringify.
 * Environment: PORT, BENCH_ORGANISATION_ID, BENCH_PERSON_ID and one of
 *   BENCH_BASELINE_DB  Aktion's SQLite file (better-sqlite3, read-only, prepared statements kept)
 *   BENCH_BASELINE_PG  Aktion's PostgreSQL database (pg pool of 10, Aktion's default; timestamps as
 *                      ISO strings, as Aktion reads them)
 */
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';
import { MIN_GROUP_SIZE } from '../core/anonymity.js';
import { LEVELS } from '../core/organisation.js';
import { copenhagenDate } from '../core/time.js';

/** Aktion's pool size on PostgreSQL (createDb's default). */
const PG_POOL = 10;

const port = Number(process.env.PORT ?? 0);
const organisationId = process.env.BENCH_ORGANISATION_ID;
const personId = process.env.BENCH_PERSON_ID;
const sqlitePath = process.env.BENCH_BASELINE_DB;
const pgUrl = process.env.BENCH_BASELINE_PG;
if (!organisationId || !personId) throw new Error('BENCH_ORGANISATION_ID and BENCH_PERSON_ID are required');
if (!sqlitePath === !pgUrl) throw new Error('set one of BENCH_BASELINE_DB and BENCH_BASELINE_PG');

type Row = Record<string, unknown>;
/** Runs a statement: rows as objects, or (`arrays`) as arrays of the selected columns in order. */
let query: (text: string, params: unknown[]) => Promise<Row[]>;
let queryArrays: (text: string, params: unknown[]) => Promise<unknown[][]>;
let closeDb: () => Promise<void>;
if (sqlitePath) {
  const db = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  const statements = new Map<string, Database.Statement>();
  const prepared = (text: string, raw: boolean): Database.Statement => {
    const key = `${raw}:${text}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(text).raw(raw);
      statements.set(key, statement);
    }
    return statement;
  };
  query = async (text, params) => prepared(text, false).all(...params) as Row[];
  queryArrays = async (text, params) => prepared(text, true).all(...params) as unknown[][];
  closeDb = async () => {
    db.close();
  };
} else {
  pg.types.setTypeParser(1184, (v) => new Date(v).toISOString()); // timestamptz
  pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString()); // timestamp
  pg.types.setTypeParser(20, (v) => Number(v)); // int8
  const pool = new pg.Pool({ connectionString: pgUrl, max: PG_POOL });
  // `?` placeholders (SQLite's) become $1, $2 … in order.
  const numbered = new Map<string, string>();
  const toPg = (text: string): string => {
    let sql = numbered.get(text);
    if (sql === undefined) {
      let n = 0;
      sql = text.replace(/\?/g, () => `$${++n}`);
      numbered.set(text, sql);
    }
    return sql;
  };
  query = async (text, params) => (await pool.query(toPg(text), params)).rows as Row[];
  queryArrays = async (text, params) =>
    (await pool.query({ text: toPg(text), values: params, rowMode: 'array' })).rows as unknown[][];
  closeDb = () => pool.end();
}

const PROGRAMME_SQL = `
select c.id as cohort_id, c.name as cohort_name, c.starts_on, c.ends_on,
       v.name as version_name, p.title as programme_title,
       a.id, a.title, a.starts_at, a.ends_at, a.location, a.online_url,
       m.kind as module_kind, m.title as module_title, m.description as module_description,
       m.objectives as module_objectives, m.materials as module_materials,
       aa.status, aa.reason
  from cohort_participants cp
  join cohorts c on c.id = cp.cohort_id
  join programme_versions v on v.id = c.version_id
  join programmes p on p.id = v.programme_id
  left join cohort_activities a on a.cohort_id = c.id
  left join programme_modules m on m.id = a.module_id
  left join activity_attendance aa on aa.activity_id = a.id and aa.person_id = cp.person_id
 where cp.person_id = ? and cp.organisation_id = ? and cp.removed_at is null and c.ends_on >= ?
 order by c.starts_on, c.id, a.starts_at, a.id`;

/**
 * One statement, three kinds of rows (the first column), as Aktion reads them in three queries:
 *   0  current participants by name: person id, name, level, and their unit or area (`ref`)
 *   1  begun activities in order: id, title, start
 *   2  the marks of those activities: person id, activity id (`ref`), status
 * Columns: kind, sort text, sort time, id, name, level, ref id, ref name, status.
 */
const gridSql = (refColumns: string, refJoins: string, ctes = '') => `${ctes}
select 0 as kind, p.name as s_text, null as s_time, cp.person_id as id, p.name as name, p.level as level,
       ${refColumns}, null as status
  from cohort_participants cp
  join persons p on p.id = cp.person_id
  ${refJoins}
 where cp.cohort_id = ? and cp.organisation_id = ? and cp.removed_at is null
union all
select 1, null, a.starts_at, a.id, a.title, null, null, null, null
  from cohort_activities a
 where a.cohort_id = ? and a.organisation_id = ? and a.starts_at <= ?
union all
select 2, null, null, aa.person_id, null, null, aa.activity_id, null, aa.status
  from cohort_activities a
  join activity_attendance aa on aa.activity_id = a.id
 where a.cohort_id = ? and a.organisation_id = ? and a.starts_at <= ?
 order by kind, s_text, s_time, id`;
const gridParams = (cohortId: string, now: string): unknown[] => [
  cohortId,
  organisationId,
  cohortId,
  organisationId,
  now,
  cohortId,
  organisationId,
  now,
];

const ATTENDANCE_SQL = gridSql('u.id as ref_id, u.name as ref_name', 'left join units u on u.id = p.unit_id');

// The area of a unit: the unit just below the top of the organisation above it, or the top unit
// itself (core/organisation.ts areaOf). `up` walks every unit up to its highest non-top ancestor.
const OVERVIEW_SQL = gridSql(
  'ar.area_id as ref_id, au.name as ref_name',
  'left join areas ar on ar.unit_id = p.unit_id left join units au on au.id = ar.area_id',
  `with recursive up(unit_id, node_id, parent_id) as (
  select id, id, parent_id from units where organisation_id = ?
  union all
  select up.unit_id, u.id, u.parent_id from up join units u on u.id = up.parent_id where u.parent_id is not null
),
areas(unit_id, area_id) as (
  select up.unit_id, up.node_id from up left join units pu on pu.id = up.parent_id
   where up.parent_id is null or pu.parent_id is null
)`,
);

const rate = (present: number, absent: number) =>
  present + absent === 0 ? null : Math.round((present / (present + absent)) * 1000) / 1000;

interface Counts {
  present: number;
  absent: number;
  unmarked: number;
}
const count = (c: Counts, status: unknown): void => {
  if (status === 'present') c.present++;
  else if (status === 'absent') c.absent++;
  else c.unmarked++;
};
const withRate = <T extends Counts>(c: T) => ({ ...c, rate: rate(c.present, c.absent) });

interface GridParticipant extends Counts {
  personId: string;
  name: string;
  level: string;
  refId: string | null;
  refName: string | null;
  missedTwoInARow: boolean;
}

/** The statement's rows counted per participant and per activity, in order. */
function grid(rows: unknown[][]) {
  const participants: GridParticipant[] = [];
  const activities: Array<Counts & { activityId: string; title: string; startsAt: string }> = [];
  const marks = new Map<string, unknown>();
  for (const [kind, , sTime, id, name, level, refId, refName, status] of rows) {
    if (kind === 0) {
      participants.push({
        personId: id as string,
        name: name as string,
        level: level as string,
        refId: refId as string | null,
        refName: refName as string | null,
        present: 0,
        absent: 0,
        unmarked: 0,
        missedTwoInARow: false,
      });
    } else if (kind === 1) {
      activities.push({
        activityId: id as string,
        title: name as string,
        startsAt: sTime as string,
        present: 0,
        absent: 0,
        unmarked: 0,
      });
    } else marks.set(`${refId}:${id}`, status);
  }
  for (const p of participants) {
    // Two absent marks in a row; activities the person was not marked for are skipped.
    let last: unknown;
    for (const a of activities) {
      const status = marks.get(`${a.activityId}:${p.personId}`);
      count(a, status);
      count(p, status);
      if (status === undefined) continue;
      if (status === 'absent' && last === 'absent') p.missedTwoInARow = true;
      last = status;
    }
  }
  return { activities, participants };
}

async function myProgramme() {
  const now = new Date();
  const nowIso = now.toISOString();
  const rows = await query(PROGRAMME_SQL, [personId, organisationId, copenhagenDate(now)]);
  const cohorts = new Map<string, { head: Row; upcoming: unknown[]; past: unknown[]; counts: Counts }>();
  for (const r of rows) {
    let c = cohorts.get(r.cohort_id as string);
    if (!c) {
      c = { head: r, upcoming: [], past: [], counts: { present: 0, absent: 0, unmarked: 0 } };
      cohorts.set(r.cohort_id as string, c);
    }
    if (r.id === null) continue;
    const activity = {
      id: r.id,
      title: r.title,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      location: r.location,
      onlineUrl: r.online_url,
      module: {
        kind: r.module_kind,
        title: r.module_title,
        description: r.module_description,
        objectives: JSON.parse(r.module_objectives as string) as string[],
        materials: (JSON.parse(r.module_materials as string) as Array<{ title: string; url: string }>).map(
          (m) => ({ title: m.title, url: m.url }),
        ),
      },
    };
    if ((r.ends_at as string) > nowIso) c.upcoming.push({ ...activity, signup: null });
    else {
      c.past.unshift({
        ...activity,
        attendance: r.status === null ? null : { status: r.status, reason: r.reason },
      });
    }
    if ((r.starts_at as string) <= nowIso) count(c.counts, r.status);
  }
  return {
    cohorts: [...cohorts.values()].map(({ head, upcoming, past, counts }) => ({
      id: head.cohort_id,
      name: head.cohort_name,
      programmeTitle: head.programme_title,
      versionName: head.version_name,
      startsOn: head.starts_on,
      endsOn: head.ends_on,
      upcoming,
      past,
      attendance: withRate(counts),
    })),
  };
}

async function attendance(cohortId: string) {
  const rows = await queryArrays(ATTENDANCE_SQL, gridParams(cohortId, new Date().toISOString()));
  const { activities, participants } = grid(rows);
  return {
    activities: activities.map(withRate),
    participants: participants.map((p) => ({
      personId: p.personId,
      present: p.present,
      absent: p.absent,
      unmarked: p.unmarked,
      rate: rate(p.present, p.absent),
      missedTwoInARow: p.missedTwoInARow,
      name: p.name,
      unit: p.refId === null ? null : { id: p.refId, name: p.refName },
      level: p.level,
    })),
  };
}

async function overview(cohortId: string) {
  const rows = await queryArrays(OVERVIEW_SQL, [
    organisationId,
    ...gridParams(cohortId, new Date().toISOString()),
  ]);
  const { activities, participants } = grid(rows);
  const areas = new Map<string | null, { areaId: string | null; name: string | null; count: number }>();
  const levels = new Map<string, number>();
  for (const p of participants) {
    const area = areas.get(p.refId) ?? { areaId: p.refId, name: p.refName, count: 0 };
    area.count++;
    areas.set(p.refId, area);
    levels.set(p.level, (levels.get(p.level) ?? 0) + 1);
  }
  const present = activities.reduce((n, a) => n + a.present, 0);
  const absent = activities.reduce((n, a) => n + a.absent, 0);
  const missed = participants.filter((p) => p.missedTwoInARow);
  return {
    cohortId,
    aggregatesOnly: false,
    minimumGroupSize: MIN_GROUP_SIZE,
    participantCount: participants.length,
    byArea: [...areas.values()].sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'da')),
    byLevel: LEVELS.flatMap((level) => {
      const n = levels.get(level) ?? 0;
      return n > 0 ? [{ level, count: n }] : [];
    }),
    activities: activities.map(withRate),
    attendanceRate: rate(present, absent),
    missedTwoInARow: {
      count: missed.length,
      people: missed.map((p) => ({ personId: p.personId, name: p.name })),
    },
  };
}

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ status: 'ok' }));
app.get('/api/my/programme', myProgramme);
app.get<{ Params: { id: string } }>('/api/cohorts/:id/attendance', (request) =>
  attendance(request.params.id),
);
app.get<{ Params: { id: string } }>('/api/cohorts/:id/overview', (request) => overview(request.params.id));

const close = (): void => {
  void app
    .close()
    .then(closeDb)
    .then(() => process.exit(0));
};
process.on('SIGTERM', close);
process.on('SIGINT', close);

await app.listen({ port, host: '127.0.0.1' });
console.log(`cohorts baseline (${sqlitePath ? 'SQLite' : 'PostgreSQL'}) ready on ${port}`);
