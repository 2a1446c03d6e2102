import type { Level } from '../../../../core/organisation.js';
import type {
  ActivityRes,
  AttendanceStatus,
  CohortRes,
  ParticipantRes,
} from '../../../../core/schemas/cohorts.js';
import type { ModuleKind } from '../../../../core/schemas/programmes.js';
import { copenhagenDate } from '../../../../core/time.js';
import type { ActivityWithModule, CohortWithVersion, ParticipantListRow } from './cohorts.repository.js';

export function presentCohort(
  c: CohortWithVersion,
  facilitators: { cohort_id: string; id: string; name: string }[],
): CohortRes {
  return {
    id: c.id,
    name: c.name,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    version: {
      id: c.version_id,
      number: c.version_number,
      name: c.version_name,
      programmeId: c.programme_id,
      programmeTitle: c.programme_title,
    },
    facilitators: facilitators.filter((f) => f.cohort_id === c.id).map((f) => ({ id: f.id, name: f.name })),
    reminderHours: c.reminder_hours,
    participantCount: Number(c.participant_count ?? 0),
    activityCount: Number(c.activity_count ?? 0),
    createdAt: c.created_at,
    updatedAt: c.updated_at,
  };
}

const unitOf = (row: { unit_id: string | null; unit_name: string | null }) =>
  row.unit_id && row.unit_name ? { id: row.unit_id, name: row.unit_name } : null;

export function presentParticipant(row: ParticipantListRow): ParticipantRes {
  return {
    personId: row.person_id,
    name: row.name,
    email: row.email,
    jobTitle: row.job_title,
    unit: unitOf(row),
    level: row.level as Level,
    leftAt: row.left_at,
    addedAt: row.added_at,
    removedAt: row.removed_at,
  };
}

/** Whether an activity falls (partly) outside the cohort's dates, by the Copenhagen calendar. */
export function outsidePeriod(
  a: { starts_at: string; ends_at: string },
  period: { starts_on: string; ends_on: string },
): boolean {
  return (
    copenhagenDate(new Date(a.starts_at)) < period.starts_on ||
    copenhagenDate(new Date(a.ends_at)) > period.ends_on
  );
}

/** An activity without its seats (signups.seats.ts adds them). */
export function presentActivity(
  a: ActivityWithModule,
  period: { starts_on: string; ends_on: string },
): Omit<ActivityRes, 'signup'> {
  return {
    id: a.id,
    cohortId: a.cohort_id,
    module: { id: a.module_id, title: a.module_title, kind: a.module_kind as ModuleKind },
    title: a.title,
    startsAt: a.starts_at,
    endsAt: a.ends_at,
    location: a.location,
    onlineUrl: a.online_url,
    capacity: a.capacity,
    facilitator:
      a.facilitator_user_id && a.facilitator_name
        ? { id: a.facilitator_user_id, name: a.facilitator_name }
        : null,
    warnings: outsidePeriod(a, period) ? ['outside_period'] : [],
    createdAt: a.created_at,
    updatedAt: a.updated_at,
  };
}

export function presentAttendanceRow(
  p: ParticipantListRow,
  mark: { status: string; reason: string | null; marked_at: string } | undefined,
) {
  return {
    personId: p.person_id,
    name: p.name,
    unit: unitOf(p),
    level: p.level as Level,
    status: (mark?.status ?? null) as AttendanceStatus | null,
    reason: mark?.reason ?? null,
    markedAt: mark?.marked_at ?? null,
  };
}
