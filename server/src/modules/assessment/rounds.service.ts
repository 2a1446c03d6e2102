import type { RoundList, RoundSummary, UpdateRoundReq } from '../../../../core/schemas/assessment.js';
import { AssessmentLimits } from '../../../../core/schemas/assessment.js';
import { AppError, conflict, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { HOUR } from '../../lib/clock.js';
import type { AppContext, Executor } from '../../lib/context.js';
import { can, type OrgActor } from '../../lib/policy.js';
import { AssessmentAbilities, canManageRound } from './assessment.policy.js';
import { closeRound } from './close.js';
import { checkDates, instant } from './round-dates.js';
import { sendInvitations, sendReminders } from './rounds.mail.js';
import { populationOf, presentRound, shownK } from './rounds.presenter.js';
import * as repo from './rounds.repository.js';
import { organisationK } from './settings.repository.js';

/** A round of the actor's organisation (every role that reads rounds sees all of them); else 404. */
async function loadRound(exec: Executor, actor: OrgActor, id: string) {
  const round = await repo.findRound(exec, actor.organisationId, id);
  if (!round) throw notFound();
  return round;
}

/** A round the actor may change, close, remind or delete: 404 as above, 403 when they may only read it. */
async function loadManagedRound(exec: Executor, actor: OrgActor, id: string) {
  const round = await loadRound(exec, actor, id);
  if (!canManageRound(actor, await repo.roundFacilitatorUserIds(exec, round)))
    throw new AppError('forbidden', 'assessment.not_round_manager', { reason: 'not_round_manager' });
  return { round };
}

async function summaries(
  ctx: AppContext,
  actor: OrgActor,
  rows: repo.RoundListRow[],
): Promise<RoundSummary[]> {
  const exec = ctx.db.kysely;
  const cohortIds = [...new Set(rows.flatMap((r) => (r.cohort_id ? [r.cohort_id] : [])))];
  const populations = rows.flatMap((r) => populationOf(r) ?? []);
  const unitIds = [...new Set(populations.flatMap((p) => p.unitId ?? []))];
  const fieldIds = [...new Set(populations.flatMap((p) => p.fieldId ?? []))];
  const [counts, facilitators, k, names] = await Promise.all([
    repo.roundCounts(
      exec,
      rows.map((r) => r.id),
    ),
    repo.facilitatorsByCohort(exec, cohortIds),
    organisationK(exec, actor.organisationId),
    repo.unitAndFieldNames(exec, actor.organisationId, unitIds, fieldIds),
  ]);
  const now = ctx.clock.now().toISOString();
  return rows.map((r) =>
    presentRound(
      r,
      {
        ...(counts.get(r.id) ?? { invited: 0, answered: 0 }),
        organisationK: k,
        facilitatorUserIds: (r.cohort_id && facilitators.get(r.cohort_id)) || [],
        names,
      },
      actor,
      now,
    ),
  );
}

export async function listRounds(ctx: AppContext, actor: OrgActor): Promise<RoundList> {
  const exec = ctx.db.kysely;
  const rows = await repo.listRounds(exec, actor.organisationId);
  const canCreate =
    can(actor, AssessmentAbilities.manage) &&
    (actor.roles.includes('admin') ||
      (await repo.facilitatesAnyCohort(exec, actor.organisationId, actor.userId)));
  return { rounds: await summaries(ctx, actor, rows), canCreate };
}

export async function getRound(ctx: AppContext, actor: OrgActor, id: string): Promise<RoundSummary> {
  const exec = ctx.db.kysely;
  const row = await repo.findRoundForDisplay(exec, actor.organisationId, id);
  if (!row) throw notFound();
  const [summary] = await summaries(ctx, actor, [row]);
  return summary as RoundSummary;
}

/** Name and close date until the round closes; the open date only while it has not opened. */
export async function updateRound(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: UpdateRoundReq,
): Promise<RoundSummary> {
  const now = ctx.clock.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await repo.lockRound(trx, ctx.db.dialect, actor.organisationId, id);
    const { round } = await loadManagedRound(trx, actor, id);
    const status = repo.roundStatus(round, now.toISOString());
    if (status === 'closed') throw conflict('assessment.round_closed', 'round_closed');
    if (input.opensAt !== undefined && status !== 'scheduled')
      throw conflict('assessment.round_open', 'round_open');
    const next = {
      name: input.name ?? round.name,
      opens_at: input.opensAt === undefined ? round.opens_at : instant(input.opensAt),
      closes_at: input.closesAt === undefined ? round.closes_at : instant(input.closesAt),
    };
    if (input.opensAt !== undefined || input.closesAt !== undefined)
      checkDates(next.opens_at, next.closes_at, now);
    const changes = Object.fromEntries(
      (['name', 'opens_at', 'closes_at'] as const)
        .filter((f) => next[f] !== round[f])
        .map((f) => [f, { before: round[f], after: next[f] }]),
    );
    if (Object.keys(changes).length === 0) return;
    await repo.updateRound(trx, actor.organisationId, id, { ...next, updated_at: now.toISOString() });
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'assessment_round.updated',
      entityType: 'assessment_round',
      entityId: id,
      changes,
    });
    // Moved to open now: the invitations go at once, as for a round created open.
    if (round.invitations_sent_at === null && Date.parse(next.opens_at) <= now.getTime())
      await sendInvitations(ctx, trx, { ...round, ...next });
  });
  return getRound(ctx, actor, id);
}

/** Only a round that has not opened can be deleted (its invitations go with it). */
export async function deleteRound(ctx: AppContext, actor: OrgActor, id: string): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await repo.lockRound(trx, ctx.db.dialect, actor.organisationId, id);
    const { round } = await loadManagedRound(trx, actor, id);
    if (!(await repo.deleteScheduledRound(trx, actor.organisationId, id, now)))
      throw conflict('assessment.round_not_scheduled', 'round_not_scheduled');
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'assessment_round.deleted',
      entityType: 'assessment_round',
      entityId: id,
      changes: { name: round.name },
    });
  });
}

/** Closes the round now (an open one before its date too); its release is computed and stored. */
export async function closeRoundNow(ctx: AppContext, actor: OrgActor, id: string): Promise<RoundSummary> {
  const { round } = await loadManagedRound(ctx.db.kysely, actor, id);
  if (round.closed_at !== null) throw conflict('assessment.round_closed', 'round_closed');
  if (repo.roundStatus(round, ctx.clock.now().toISOString()) === 'scheduled')
    throw conflict('assessment.round_not_open', 'round_not_open');
  // Another close (a click, the job) may come first: then this one writes nothing.
  if (!(await closeRound(ctx, actor.organisationId, id, actor.userId)))
    throw conflict('assessment.round_closed', 'round_closed');
  return getRound(ctx, actor, id);
}

/** One e-mail to everyone invited (answered or not); at most once per reminderGapHours. */
export async function remindNow(ctx: AppContext, actor: OrgActor, id: string): Promise<{ sent: number }> {
  const now = ctx.clock.now();
  const { round } = await loadManagedRound(ctx.db.kysely, actor, id);
  if (repo.roundStatus(round, now.toISOString()) !== 'open')
    throw conflict('assessment.round_not_open', 'round_not_open');
  const sentBefore = new Date(now.getTime() - AssessmentLimits.reminderGapHours * HOUR).toISOString();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const sent = await sendReminders(ctx, trx, round, sentBefore);
    if (sent === null)
      throw conflict('assessment.reminder_too_soon', 'reminder_too_soon', {
        hours: AssessmentLimits.reminderGapHours,
      });
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'assessment_round.reminded',
      entityType: 'assessment_round',
      entityId: id,
      changes: { sent },
    });
    return { sent };
  });
}

/**
 * Individual answers are never handed out, to anyone: only the released aggregates of groups of
 * at least k. The round must be one of the caller's organisation (else 404).
 */
export async function refuseRawAnswers(ctx: AppContext, actor: OrgActor, id: string): Promise<never> {
  const round = await loadRound(ctx.db.kysely, actor, id);
  const k = shownK(round, await organisationK(ctx.db.kysely, actor.organisationId));
  throw new AppError('forbidden', 'assessment.raw_answers_refused', {
    reason: 'raw_answers_refused',
    params: { k },
  });
}
