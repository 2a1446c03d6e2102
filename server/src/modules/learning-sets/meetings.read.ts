import type {
  MeetingPersonRes,
  MeetingProjectRes,
  MeetingRes,
  SetMeetingsRes,
} from '../../../../core/schemas/learning-set-meetings.js';
import { notFound } from '../../lib/app-error.js';
import type { AppContext, Executor } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import { loadSetToRun, runsCohort } from './meetings.policy.js';
import {
  groupByMeeting,
  presentMeeting,
  presentPerson,
  presentProject,
  startsAtOf,
} from './meetings.presenter.js';
import * as repo from './meetings.repository.js';

type Presenter<R> = (m: repo.MeetingRow, people: MeetingPersonRes[], projects: MeetingProjectRes[]) => R;

/** Meeting rows with their attendees and projects, soonest first, presented by `present`. */
async function presentRows<R>(
  exec: Executor,
  organisationId: string,
  rows: repo.MeetingRow[],
  present: Presenter<R>,
): Promise<Array<{ setId: string; meeting: R }>> {
  const ids = rows.map((m) => m.id);
  const [people, projects] = await Promise.all([
    repo.listAttendees(exec, organisationId, ids),
    repo.listMeetingProjects(exec, organisationId, ids),
  ]);
  const peopleOf = groupByMeeting(people, presentPerson);
  const projectsOf = groupByMeeting(projects, presentProject);
  return [...rows]
    .sort((a, b) => startsAtOf(a).localeCompare(startsAtOf(b)) || a.id.localeCompare(b.id))
    .map((m) => ({
      setId: m.set_id,
      meeting: present(m, peopleOf.get(m.id) ?? [], projectsOf.get(m.id) ?? []),
    }));
}

/** The meetings of the given sets, soonest first, presented by `present`. */
export async function meetingsOf<R>(
  exec: Executor,
  organisationId: string,
  setIds: string[],
  present: Presenter<R>,
): Promise<Array<{ setId: string; meeting: R }>> {
  return presentRows(exec, organisationId, await repo.listMeetingsOf(exec, organisationId, setIds), present);
}

/** A set's meetings, and what the forms choose from: members, their projects, the plan, other sets. */
export async function listMeetings(ctx: AppContext, actor: OrgActor, setId: string): Promise<SetMeetingsRes> {
  const exec = ctx.db.kysely;
  const set = await loadSetToRun(exec, actor, setId);
  const org = actor.organisationId;
  const members = await repo.listSetMembers(exec, org, [set.id]);
  const [projects, activities, sets, runsAll, meetings] = await Promise.all([
    repo.listProjectsOf(
      exec,
      org,
      set.cohort_id,
      members.map((m) => m.person_id),
    ),
    repo.listCohortActivities(exec, org, set.cohort_id),
    repo.listCohortSets(exec, org, set.cohort_id),
    runsCohort(exec, actor, set.cohort_id),
    meetingsOf(exec, org, [set.id], presentMeeting),
  ]);
  return {
    set: {
      id: set.id,
      name: set.name,
      cohortId: set.cohort_id,
      cohortName: set.cohort_name,
      facilitator:
        set.facilitator_user_id && set.facilitator_name !== null
          ? { id: set.facilitator_user_id, name: set.facilitator_name }
          : null,
      members: members.map(presentPerson),
      projects: projects.map(presentProject),
      activities: activities.map((a) => ({
        id: a.id,
        title: a.title,
        startsAt: a.starts_at,
        location: a.location,
      })),
      otherSets: sets
        .filter((s) => s.id !== set.id && (runsAll || s.facilitator_user_id === actor.userId))
        .map((s) => ({ id: s.id, name: s.name })),
    },
    meetings: meetings.map((m) => m.meeting),
  };
}

export async function presentOne(exec: Executor, organisationId: string, id: string): Promise<MeetingRes> {
  const row = await repo.findMeeting(exec, organisationId, id);
  if (!row) throw notFound();
  const [one] = await presentRows(exec, organisationId, [row], presentMeeting);
  return one!.meeting;
}
