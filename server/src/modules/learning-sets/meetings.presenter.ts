import type {
  MeetingPersonRes,
  MeetingProjectRes,
  MeetingRes,
  MyMeetingRes,
} from '../../../../core/schemas/learning-set-meetings.js';
import type { MeetingRow, ProjectRow } from './meetings.repository.js';

/** A project as the set sees it: whose it is always; its title only when shared with the set. */
export const presentProject = (p: Pick<ProjectRow, 'id' | 'person_id' | 'person_name' | 'title' | 'share'>) =>
  ({
    id: p.id,
    personId: p.person_id,
    personName: p.person_name,
    title: p.share === 'set' ? p.title : null,
  }) satisfies MeetingProjectRes;

export const presentPerson = (p: { person_id: string; name: string }): MeetingPersonRes => ({
  personId: p.person_id,
  name: p.name,
});

/** When and where: a meeting held in an activity follows the activity if it moves. */
export const startsAtOf = (m: MeetingRow): string => m.activity_starts_at ?? m.starts_at;

/** A meeting as those who run the set see it, notes included. */
export function presentMeeting(
  m: MeetingRow,
  attendees: MeetingPersonRes[],
  projects: MeetingProjectRes[],
): MeetingRes {
  return {
    id: m.id,
    setId: m.set_id,
    cohortId: m.cohort_id,
    activity:
      m.activity_id && m.activity_title !== null ? { id: m.activity_id, title: m.activity_title } : null,
    startsAt: startsAtOf(m),
    location: m.location ?? m.activity_location ?? null,
    attendees,
    projects,
    questions: m.questions,
    nextSteps: m.next_steps,
    notes: m.notes,
    updatedAt: m.updated_at,
  };
}

/** A meeting as a member sees it: the facilitator's notes are left out. */
export function presentMyMeeting(
  m: MeetingRow,
  attendees: MeetingPersonRes[],
  projects: MeetingProjectRes[],
): MyMeetingRes {
  const {
    notes: _notes,
    setId: _setId,
    cohortId: _cohortId,
    ...shown
  } = presentMeeting(m, attendees, projects);
  return shown;
}

/** Attendees and projects of many meetings, grouped by meeting. */
export function groupByMeeting<T extends { meeting_id: string }, R>(rows: T[], present: (row: T) => R) {
  const grouped = new Map<string, R[]>();
  for (const row of rows) grouped.set(row.meeting_id, [...(grouped.get(row.meeting_id) ?? []), present(row)]);
  return grouped;
}
