import { normaliseRoles } from '../../../../core/roles.js';
import type {
  AddParticipantsReq,
  AddParticipantsRes,
  CohortRes,
  CreateCohortReq,
  EnrolmentPreviewReq,
  EnrolmentPreviewRes,
  ParticipantListRes,
  ParticipantRes,
  UpdateCohortReq,
} from '../../../../core/schemas/cohorts.js';
import { CohortLimits, DEFAULT_REMINDER_HOURS } from '../../../../core/schemas/cohorts.js';
import { conflict, fieldError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { presentPerson } from '../people/people.presenter.js';
import { listPeople } from '../people/people.repository.js';
import { toFilter } from '../people/people.service.js';
import { findVersion } from '../programmes/programmes.repository.js';
import { canRunCohort, FACILITATOR_ROLES, observesCohorts, seesAllCohorts } from './cohorts.policy.js';
import { presentCohort, presentParticipant } from './cohorts.presenter.js';
import * as repo from './cohorts.repository.js';
import type { CohortRow } from './cohorts.tables.js';
import { giveUpSeatsOfRemoved } from './removed-seats.js';

/**
 * The cohort as the actor may run it: 404 when it is another organisation's, or when a
 * facilitator is not among its facilitators (see cohorts.policy.ts).
 */
export async function loadCohort(exec: Executor, actor: OrgActor, id: string): Promise<CohortRow> {
  const row = await repo.findCohortRow(exec, actor.organisationId, id);
  if (!row) throw notFound();
  if (!seesAllCohorts(actor)) {
    const facilitators = await repo.listFacilitators(exec, [id]);
    if (
      !canRunCohort(
        actor,
        facilitators.map((f) => f.id),
      )
    )
      throw notFound();
  }
  return row;
}

/**
 * The cohort as the actor may look at it: `runs` when they may run it (every figure and name),
 * otherwise an observer's view (aggregates only). 404 when they may do neither.
 */
export async function loadCohortToView(
  exec: Executor,
  actor: OrgActor,
  id: string,
): Promise<{ cohort: CohortRow; runs: boolean }> {
  const cohort = await repo.findCohortRow(exec, actor.organisationId, id);
  if (!cohort) throw notFound();
  if (seesAllCohorts(actor)) return { cohort, runs: true };
  const facilitators = (await repo.listFacilitators(exec, [id])).map((f) => f.id);
  if (canRunCohort(actor, facilitators)) return { cohort, runs: true };
  if (observesCohorts(actor)) return { cohort, runs: false };
  throw notFound();
}

/** Refuses user ids that are not active facilitators or administrators of the organisation. */
export async function checkFacilitators(exec: Executor, actor: OrgActor, userIds: string[], field: string) {
  const rows = await repo.memberships(exec, actor.organisationId, userIds);
  const eligible = new Set(
    rows
      .filter((m) =>
        normaliseRoles(JSON.parse(m.roles) as string[]).some((r) => FACILITATOR_ROLES.includes(r)),
      )
      .map((m) => m.user_id),
  );
  if (userIds.some((id) => !eligible.has(id))) throw fieldError(field, 'cohort.unknown_facilitator');
}

async function present(exec: Executor, actor: OrgActor, id: string): Promise<CohortRes> {
  const row = await repo.findCohort(exec, actor.organisationId, id);
  if (!row) throw notFound();
  return presentCohort(row, await repo.listFacilitators(exec, [id]));
}

export async function listCohorts(ctx: AppContext, actor: OrgActor): Promise<CohortRes[]> {
  const exec = ctx.db.kysely;
  const rows = await repo.listCohorts(
    exec,
    actor.organisationId,
    seesAllCohorts(actor) || observesCohorts(actor) ? null : actor.userId,
  );
  const facilitators = await repo.listFacilitators(
    exec,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentCohort(r, facilitators));
}

export async function getCohort(ctx: AppContext, actor: OrgActor, id: string): Promise<CohortRes> {
  await loadCohortToView(ctx.db.kysely, actor, id);
  return present(ctx.db.kysely, actor, id);
}

/** Facilitators without duplicates; a facilitator who starts a cohort is always one of its own. */
function facilitatorsOf(actor: OrgActor, ids: string[]): string[] {
  const unique = [...new Set(ids)];
  if (!seesAllCohorts(actor) && !unique.includes(actor.userId)) unique.push(actor.userId);
  return unique;
}

/** Starts a cohort from a published version; a draft or archived one is refused (409). */
export async function createCohort(ctx: AppContext, actor: OrgActor, input: CreateCohortReq) {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const version = await findVersion(trx, actor.organisationId, input.versionId);
    if (!version) throw fieldError('versionId', 'cohort.unknown_version');
    if (version.status === 'draft') throw conflict('cohort.version_draft', 'version_draft');
    if (version.status !== 'published') throw conflict('cohort.version_archived', 'version_archived');
    const facilitators = facilitatorsOf(actor, input.facilitatorUserIds);
    await checkFacilitators(trx, actor, facilitators, 'facilitatorUserIds');
    await repo.insertCohort(trx, {
      id,
      organisation_id: actor.organisationId,
      version_id: version.id,
      name: input.name,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      reminder_hours: input.reminderHours === undefined ? DEFAULT_REMINDER_HOURS : input.reminderHours,
      created_at: now,
      updated_at: now,
    });
    await repo.replaceFacilitators(trx, actor.organisationId, id, facilitators);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'cohort.created',
      entityType: 'cohort',
      entityId: id,
      changes: { versionId: version.id, startsOn: input.startsOn, endsOn: input.endsOn, facilitators },
    });
    return present(trx, actor, id);
  });
}

/** Name, period and facilitators; the version stays. Activities outside a new period only warn. */
export async function updateCohort(ctx: AppContext, actor: OrgActor, id: string, input: UpdateCohortReq) {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    // Two saves at once would both replace the facilitators: the second waits for the first.
    await repo.lockCohort(trx, ctx.db.dialect, id);
    const before = await loadCohort(trx, actor, id);
    const facilitators = [...new Set(input.facilitatorUserIds)];
    await checkFacilitators(trx, actor, facilitators, 'facilitatorUserIds');
    const beforeFacilitators = (await repo.listFacilitators(trx, [id])).map((f) => f.id).sort();
    await repo.updateCohort(trx, actor.organisationId, id, {
      name: input.name,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      ...(input.reminderHours !== undefined && { reminder_hours: input.reminderHours }),
      updated_at: ctx.clock.now().toISOString(),
    });
    await repo.replaceFacilitators(trx, actor.organisationId, id, facilitators);
    const changed: string[] = [];
    if (before.name !== input.name) changed.push('name');
    if (before.starts_on !== input.startsOn || before.ends_on !== input.endsOn) changed.push('period');
    if (input.reminderHours !== undefined && input.reminderHours !== before.reminder_hours)
      changed.push('reminderHours');
    if (beforeFacilitators.join() !== [...facilitators].sort().join()) changed.push('facilitators');
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'cohort.updated',
      entityType: 'cohort',
      entityId: id,
      changes: { fields: changed },
    });
    return present(trx, actor, id);
  });
}

// Enrolment -----------------------------------------------------------------------------------

/** Who the people filter would add, and who of them is already enrolled. Writes nothing. */
export async function previewEnrolment(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: EnrolmentPreviewReq,
): Promise<EnrolmentPreviewRes> {
  const exec = ctx.db.kysely;
  await loadCohort(exec, actor, id);
  const filter = await toFilter(exec, actor, { ...input, status: 'active', limit: 0, offset: 0 });
  const [found, states] = await Promise.all([
    listPeople(exec, filter, CohortLimits.enrolMax + 1, 0),
    repo.participantStates(exec, id),
  ]);
  const current = new Set(states.filter((s) => s.removed_at === null).map((s) => s.person_id));
  const people = found.slice(0, CohortLimits.enrolMax).map(presentPerson);
  return {
    toAdd: people.filter((p) => !current.has(p.id)),
    alreadyEnrolled: people.filter((p) => current.has(p.id)),
    truncated: found.length > CohortLimits.enrolMax,
  };
}

/**
 * Enrols the given people (as confirmed after the preview). Everyone must be an active person of
 * the organisation; someone removed earlier is brought back with their history.
 */
export async function addParticipants(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: AddParticipantsReq,
): Promise<AddParticipantsRes> {
  const personIds = [...new Set(input.personIds)];
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await loadCohort(trx, actor, id);
    await repo.lockCohort(trx, ctx.db.dialect, id);
    const persons = await repo.personsByIds(trx, actor.organisationId, personIds);
    if (persons.length !== personIds.length) throw fieldError('personIds', 'cohort.unknown_person');
    if (persons.some((p) => p.left_at !== null)) throw fieldError('personIds', 'cohort.person_left');
    const states = new Map((await repo.participantStates(trx, id)).map((s) => [s.person_id, s.removed_at]));
    const added = personIds.filter((p) => !states.has(p));
    const reopened = personIds.filter((p) => states.has(p) && states.get(p) !== null);
    const now = ctx.clock.now().toISOString();
    await repo.insertParticipants(trx, actor.organisationId, id, added, now);
    await repo.reopenParticipants(trx, id, reopened, now);
    const result = {
      added: added.length,
      reopened: reopened.length,
      unchanged: personIds.length - added.length - reopened.length,
    };
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'cohort.participants_added',
      entityType: 'cohort',
      entityId: id,
      changes: { ...result, personIds: [...added, ...reopened] },
    });
    return result;
  });
}

export async function listParticipants(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  includeRemoved: boolean,
): Promise<ParticipantListRes> {
  await loadCohort(ctx.db.kysely, actor, id);
  const rows = await repo.listParticipants(ctx.db.kysely, id, includeRemoved);
  return { items: rows.map(presentParticipant) };
}

/** Removes a current participant; their row and attendance stay, so adding them again reopens it. */
export async function removeParticipant(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  personId: string,
): Promise<ParticipantRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await loadCohort(trx, actor, id);
    await repo.lockCohort(trx, ctx.db.dialect, id);
    if (!(await repo.removeParticipant(trx, id, personId, ctx.clock.now().toISOString()))) throw notFound();
    const seatsGivenUp = await giveUpSeatsOfRemoved(
      ctx,
      trx,
      actor.organisationId,
      id,
      personId,
      actor.userId,
    );
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'cohort.participant_removed',
      entityType: 'cohort',
      entityId: id,
      changes: { personId, seatsGivenUp },
    });
    const row = (await repo.listParticipants(trx, id, true)).find((p) => p.person_id === personId);
    return presentParticipant(row!);
  });
}
