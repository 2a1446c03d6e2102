import type { InsightSourceType } from '../../../../core/schemas/insights.js';
import { notFound } from '../../lib/app-error.js';
import type { Executor } from '../../lib/context.js';
import type { Viewer } from './insights.policy.js';
import * as repo from './sources.repository.js';

/** A source an insight is made from, as the reader may use it. */
export interface Source {
  type: InsightSourceType;
  id: string;
  cohortId: string;
  /** A meeting's learning set: where a set share of an insight from it goes. */
  setId: string | null;
  title: string | null;
  phase: string | null;
  date: string | null;
  excerpt: string;
}

const EXCERPT = 240;
const excerpt = (text: string): string =>
  text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT - 1).trimEnd()}…`;

/**
 * The source, if the reader may make an insight from it: their own journal entry or action project,
 * or a meeting of a learning set they are a member or the facilitator of. Anything else is 404,
 * as is another organisation's.
 */
export async function resolveSource(
  exec: Executor,
  viewer: Viewer,
  type: InsightSourceType,
  id: string,
): Promise<Source> {
  const org = viewer.organisationId;
  switch (type) {
    case 'journal_entry': {
      const entry = await repo.journalEntry(exec, org, id);
      if (!entry || !viewer.personIds.includes(entry.person_id)) throw notFound();
      return {
        type,
        id,
        cohortId: entry.cohort_id,
        setId: null,
        title: null,
        phase: entry.phase,
        date: entry.created_at,
        excerpt: excerpt(entry.body),
      };
    }
    case 'project': {
      const project = await repo.actionProject(exec, org, id);
      if (!project || !viewer.personIds.includes(project.person_id)) throw notFound();
      return {
        type,
        id,
        cohortId: project.cohort_id,
        setId: null,
        title: project.title,
        phase: null,
        date: null,
        excerpt: excerpt(project.challenge),
      };
    }
    case 'meeting': {
      const meeting = await repo.meetingSet(exec, org, id);
      const member = meeting && viewer.memberSets.some((s) => s.setId === meeting.set_id);
      if (!meeting || !(member || meeting.facilitator_user_id === viewer.userId)) throw notFound();
      return {
        type,
        id,
        cohortId: meeting.cohort_id,
        setId: meeting.set_id,
        title: meeting.set_name,
        phase: null,
        date: meeting.starts_at,
        excerpt: excerpt(meeting.next_steps || meeting.questions),
      };
    }
  }
}

/** The set a `set` share goes to: a meeting's own set, else the reader's set in the cohort. */
export function shareSet(viewer: Viewer, cohortId: string, source: Source | null): string | null {
  if (source?.setId) return source.setId;
  return viewer.memberSets.find((s) => s.cohortId === cohortId)?.setId ?? null;
}
