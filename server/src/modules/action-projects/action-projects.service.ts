import type {
  ActionProjectRes,
  JournalCommentRes,
  JournalEntryRes,
  MyActionLearningRes,
  SaveActionProjectReq,
  SharedWithMeRes,
  WriteCommentReq,
  WriteJournalEntryReq,
} from '../../../../core/schemas/action-projects.js';
import { copenhagenDate } from '../../../../core/time.js';
import { conflict, fieldError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { findCohortRow } from '../cohorts/cohorts.repository.js';
import {
  findPersonOfUser,
  isCurrentParticipant,
  listCurrentCohortsOf,
} from '../cohorts/my-programme.repository.js';
import {
  commentsByEntry,
  presentComment,
  presentEntry,
  presentProject,
} from './action-projects.presenter.js';
import * as repo from './action-projects.repository.js';
import { audienceOf, seesEntry } from './audience.js';

/** The signed-in person's id in the organisation, or null (an account that is no person). */
async function personIdOf(exec: Executor, actor: OrgActor): Promise<string | null> {
  return (await findPersonOfUser(exec, actor.organisationId, actor.userId))?.id ?? null;
}

/** The caller as a current participant of the cohort; 404 for anyone else. */
async function participantOf(exec: Executor, actor: OrgActor, cohortId: string): Promise<string> {
  const personId = await personIdOf(exec, actor);
  if (!personId || !(await isCurrentParticipant(exec, actor.organisationId, cohortId, personId)))
    throw notFound();
  return personId;
}

/** Sharing with the set needs a set to share with. */
async function checkShare(
  exec: Executor,
  actor: OrgActor,
  cohortId: string,
  personId: string,
  share: string,
) {
  if (share !== 'set') return;
  if (!(await repo.setOfPerson(exec, actor.organisationId, cohortId, personId)))
    throw fieldError('share', 'action_learning.no_set');
}

const stale = () => conflict('action_learning.stale', 'stale');

/** My own action-learning page: per current cohort, my project and my whole journal. */
export async function myActionLearning(ctx: AppContext, actor: OrgActor): Promise<MyActionLearningRes> {
  const exec = ctx.db.kysely;
  const personId = await personIdOf(exec, actor);
  if (!personId) return { cohorts: [], focusAreas: [] };
  const today = copenhagenDate(ctx.clock.now());
  const cohorts = await listCurrentCohortsOf(exec, actor.organisationId, personId, today);
  const ids = cohorts.map((c) => c.id);
  const [projects, entries, sets, focusAreas] = await Promise.all([
    repo.projectsOf(exec, actor.organisationId, personId, ids),
    repo.entriesOf(exec, actor.organisationId, personId, ids),
    Promise.all(ids.map((id) => repo.setOfPerson(exec, actor.organisationId, id, personId))),
    repo.focusAreaOptions(exec, actor.organisationId),
  ]);
  const [areas, comments] = await Promise.all([
    repo.focusAreasOf(
      exec,
      actor.organisationId,
      projects.map((p) => p.id),
    ),
    repo.commentsOn(
      exec,
      actor.organisationId,
      entries.map((e) => e.id),
    ),
  ]);
  const commentsOf = commentsByEntry(comments, actor.userId);
  return {
    focusAreas,
    cohorts: cohorts.map((c, i) => {
      const project = projects.find((p) => p.cohort_id === c.id);
      return {
        cohortId: c.id,
        cohortName: c.name,
        inSet: sets[i] !== undefined,
        project: project ? presentProject(project, areas.get(project.id) ?? []) : null,
        entries: entries
          .filter((e) => e.cohort_id === c.id)
          .map((e) => presentEntry(e, commentsOf.get(e.id) ?? [])),
      };
    }),
  };
}

/**
 * Writes my action project in the cohort, or an edit of it. An edit names the version it started
 * from; when another tab or device saved in between, it is refused (409) rather than overwriting.
 */
export async function saveProject(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
  input: SaveActionProjectReq,
): Promise<ActionProjectRes> {
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      const personId = await participantOf(trx, actor, cohortId);
      const known = await repo.activeFocusAreaIds(trx, actor.organisationId, input.focusAreaIds);
      if (input.focusAreaIds.some((id) => !known.has(id)))
        throw fieldError('focusAreaIds', 'action_learning.unknown_focus_area');
      await checkShare(trx, actor, cohortId, personId, input.share);
      const now = ctx.clock.now().toISOString();
      const fields = {
        title: input.title,
        challenge: input.challenge,
        question: input.question,
        attempt: input.attempt,
        involve: input.involve,
        success_measure: input.successMeasure,
        status: input.status,
        share: input.share,
        updated_at: now,
      };
      const existing = await repo.findProject(trx, actor.organisationId, cohortId, personId);
      let id: string;
      let version: number;
      if (existing) {
        if (input.version !== existing.version) throw stale();
        version = existing.version + 1;
        if (!(await repo.updateProjectAtVersion(trx, existing, existing.version, { ...fields, version })))
          throw stale();
        id = existing.id;
      } else {
        if (input.version !== null) throw stale();
        id = newId();
        version = 1;
        await repo.insertProject(trx, {
          ...fields,
          id,
          version,
          organisation_id: actor.organisationId,
          cohort_id: cohortId,
          person_id: personId,
          created_at: now,
        });
      }
      await repo.replaceFocusAreas(trx, actor.organisationId, id, input.focusAreaIds);
      // The audit log is read by administrators: it records that the project changed, never its words.
      await recordAudit(trx, ctx.clock, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: existing ? 'action_project.updated' : 'action_project.created',
        entityType: 'action_project',
        entityId: id,
        changes: { status: input.status, share: input.share, version },
      });
      const saved = await repo.findProject(trx, actor.organisationId, cohortId, personId);
      return presentProject(saved!, input.focusAreaIds);
    });
  } catch (error) {
    // Two first saves at once: the unique (cohort, person) lets one in; the other is stale.
    if (isUniqueViolation(error)) throw stale();
    throw error;
  }
}

async function auditEntry(
  trx: Trx,
  ctx: AppContext,
  actor: OrgActor,
  action: string,
  id: string,
  changes = {},
) {
  await recordAudit(trx, ctx.clock, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action,
    entityType: 'journal_entry',
    entityId: id,
    changes,
  });
}

/** A new entry in my journal, private unless I share it. */
export async function writeEntry(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
  input: WriteJournalEntryReq,
): Promise<JournalEntryRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const personId = await participantOf(trx, actor, cohortId);
    await checkShare(trx, actor, cohortId, personId, input.share);
    const project = await repo.findProject(trx, actor.organisationId, cohortId, personId);
    const now = ctx.clock.now().toISOString();
    const row = {
      id: newId(),
      organisation_id: actor.organisationId,
      cohort_id: cohortId,
      person_id: personId,
      project_id: project?.id ?? null,
      phase: input.phase,
      body: input.body,
      share: input.share,
      created_at: now,
      updated_at: now,
    };
    await repo.insertEntry(trx, row);
    await auditEntry(trx, ctx, actor, 'journal_entry.created', row.id, {
      phase: input.phase,
      share: input.share,
    });
    return presentEntry(row, []);
  });
}

/** The caller's own entry; anyone else's is 404 (its existence is private too). */
async function ownEntry(exec: Executor, actor: OrgActor, id: string) {
  const entry = await repo.findEntry(exec, actor.organisationId, id);
  const personId = await personIdOf(exec, actor);
  if (!entry || entry.person_id !== personId) throw notFound();
  return entry;
}

/** Edits my entry: its words, phase or share. Withdrawing a share takes it out of others' views. */
export async function editEntry(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: WriteJournalEntryReq,
): Promise<JournalEntryRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const entry = await ownEntry(trx, actor, id);
    await checkShare(trx, actor, entry.cohort_id, entry.person_id, input.share);
    const changes = {
      phase: input.phase,
      body: input.body,
      share: input.share,
      updated_at: ctx.clock.now().toISOString(),
    };
    await repo.updateEntry(trx, actor.organisationId, id, changes);
    await auditEntry(trx, ctx, actor, 'journal_entry.updated', id, {
      phase: input.phase,
      share: input.share,
    });
    const comments = await repo.commentsOn(trx, actor.organisationId, [id]);
    return presentEntry(
      { ...entry, ...changes },
      comments.map((c) => presentComment(c, actor.userId)),
    );
  });
}

export async function deleteEntry(ctx: AppContext, actor: OrgActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await ownEntry(trx, actor, id);
    await repo.deleteEntry(trx, actor.organisationId, id);
    await auditEntry(trx, ctx, actor, 'journal_entry.deleted', id);
  });
}

/** A comment on an entry the caller may read: their own, or one shared with them. */
export async function comment(
  ctx: AppContext,
  actor: OrgActor,
  entryId: string,
  input: WriteCommentReq,
): Promise<JournalCommentRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const entry = await repo.findEntry(trx, actor.organisationId, entryId);
    if (!entry) throw notFound();
    const personId = await personIdOf(trx, actor);
    if (entry.person_id !== personId) {
      const audience = await audienceOf(trx, actor.organisationId, entry.cohort_id, {
        userId: actor.userId,
        personId,
      });
      if (!audience || !seesEntry(audience, entry)) throw notFound();
    }
    const row = {
      id: newId(),
      organisation_id: actor.organisationId,
      entry_id: entryId,
      author_user_id: actor.userId,
      body: input.body,
      created_at: ctx.clock.now().toISOString(),
    };
    await repo.insertComment(trx, row);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'journal_comment.created',
      entityType: 'journal_entry',
      entityId: entryId,
      changes: {},
    });
    return presentComment({ ...row, author_name: actor.name }, actor.userId);
  });
}

/**
 * What others in the cohort shared with me: as a member of a learning set, what my set-mates
 * shared with the set; as a facilitator, what my participants shared with the facilitators.
 */
export async function sharedWithMe(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
): Promise<SharedWithMeRes> {
  const exec = ctx.db.kysely;
  if (!(await findCohortRow(exec, actor.organisationId, cohortId))) throw notFound();
  const personId = await personIdOf(exec, actor);
  const audience = await audienceOf(exec, actor.organisationId, cohortId, { userId: actor.userId, personId });
  if (!audience) throw notFound();
  const authors = [...new Set([...audience.facilitated, ...audience.setMates])];
  const [entries, projects] = await Promise.all([
    repo.sharedEntries(exec, actor.organisationId, cohortId, authors, ['facilitator', 'set']),
    repo.sharedProjects(exec, actor.organisationId, cohortId, authors),
  ]);
  const visible = entries.filter((e) => seesEntry(audience, e));
  const [comments, areas, focusAreas] = await Promise.all([
    repo.commentsOn(
      exec,
      actor.organisationId,
      visible.map((e) => e.id),
    ),
    repo.focusAreasOf(
      exec,
      actor.organisationId,
      projects.map((p) => p.id),
    ),
    repo.focusAreaOptions(exec, actor.organisationId),
  ]);
  const commentsOf = commentsByEntry(comments, actor.userId);
  return {
    focusAreas,
    projects: projects.map((p) => ({ ...presentProject(p, areas.get(p.id) ?? []), ownerName: p.owner_name })),
    entries: visible.map((e) => ({
      ...presentEntry(e, commentsOf.get(e.id) ?? []),
      authorName: e.author_name,
    })),
  };
}
