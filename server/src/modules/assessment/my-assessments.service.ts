/**
 * A leader answering a round of the assessment, and their private profile.
 *
 * Privacy rules:
 * - "Me" is the caller's own person in the active organisation (persons.user_id, one per account;
 *   not marked as left). A round I am not invited to does not exist for me: 404, as another
 *   organisation's round.
 * - The profile (answers and scores) is read by the person only, through these routes, and by
 *   the facilitators only when the person shared it (shared-profiles.service.ts). No other route
 *   returns it, for any role: administrators, observers and facilitators see aggregates only,
 *   computed at close from anonymous copies (stored-release.ts). privacy.test.ts walks every read
 *   path to prove it.
 * - No audit entries for saving, submitting or sharing. The audit log is read by administrators,
 *   and who answered is released only as a count; an entry per answer would name the respondents.
 *   route-table.test.ts lists these routes as reviewed own-data routes without audit.
 */
import type { Profile, SaveAnswersReq } from '../../../../core/schemas/assessment.js';
import { AppError, conflict, notFound } from '../../lib/app-error.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import {
  itemKeys,
  parseAnswers,
  parseInstrument,
  presentAnswering,
  presentMyRound,
  type StoredAnswers,
} from './my-assessments.presenter.js';
import * as repo from './my-assessments.repository.js';
import { parseScores, profileDimensions, reflectionsFor, scoresOf } from './profile.js';
import { roundStatus } from './rounds.repository.js';
import { sharingReachesFacilitator } from './shared-profiles.repository.js';

const roundNotOpen = () => conflict('my_assessment.round_not_open', 'round_not_open');
const alreadySubmitted = () => conflict('my_assessment.already_submitted', 'already_submitted');
const notSubmitted = () => conflict('my_assessment.not_submitted', 'not_submitted');

/** My invitation to the round, with the round and my profile there; 404 when I am not invited. */
async function mine(exec: Executor, actor: OrgActor, roundId: string) {
  const personIds = await repo.myPersonIds(exec, actor.organisationId, actor.userId);
  const rows = await repo.myInvitations(exec, actor.organisationId, personIds, roundId);
  const row = rows[0];
  if (!row) throw notFound();
  return { row, personIds, instrument: parseInstrument(row.instrument) };
}
type Mine = Awaited<ReturnType<typeof mine>>;

const factsOf = (row: repo.MyInvitationRow) => ({ ...row, hasProfile: row.profile_id !== null });

/** The rounds I am invited to (scheduled, open and closed), newest first, with my progress. */
export async function listMine(ctx: AppContext, actor: OrgActor) {
  const exec = ctx.db.kysely;
  const now = ctx.clock.now().toISOString();
  const personIds = await repo.myPersonIds(exec, actor.organisationId, actor.userId);
  const rows = await repo.myInvitations(exec, actor.organisationId, personIds);
  return {
    rounds: rows.map((row) =>
      presentMyRound(
        factsOf(row),
        roundStatus(row, now),
        parseInstrument(row.instrument),
        parseAnswers(row.answers),
      ),
    ),
  };
}

/** One round to answer: the instrument as I read it and what I have saved. */
export async function answering(ctx: AppContext, actor: OrgActor, roundId: string) {
  const { row, instrument } = await mine(ctx.db.kysely, actor, roundId);
  const answers = parseAnswers(row.answers);
  const status = roundStatus(row, ctx.clock.now().toISOString());
  return presentAnswering(
    presentMyRound(factsOf(row), status, instrument, answers),
    instrument,
    answers,
    row.submitted_at,
  );
}

/** The profile I may still write to: the round open and my answers not submitted. */
function checkWritable(ctx: AppContext, found: Mine, submittedAt: string | null): void {
  if (submittedAt !== null) throw alreadySubmitted();
  if (roundStatus(found.row, ctx.clock.now().toISOString()) !== 'open') throw roundNotOpen();
}

async function saveOnce(ctx: AppContext, actor: OrgActor, roundId: string, input: SaveAnswersReq) {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (ctx.db.dialect === 'postgres') await repo.holdRoundAgainstClose(trx, actor.organisationId, roundId);
    const found = await mine(trx, actor, roundId);
    const known = new Set(itemKeys(found.instrument));
    const unknown = Object.keys(input.answers).filter((key) => !known.has(key));
    if (unknown.length > 0) {
      const fields = Object.fromEntries(
        unknown.map((key) => [`answers.${key}`, { key: 'my_assessment.unknown_item' as const }]),
      );
      throw new AppError('validation_failed', 'error.validation_failed', { fields });
    }
    const personId = found.row.person_id;
    const locked = ctx.db.dialect === 'postgres';
    const profile = await repo.findProfile(trx, actor.organisationId, roundId, personId, locked);
    checkWritable(ctx, found, profile?.submitted_at ?? null);
    const answers: StoredAnswers = { ...parseAnswers(profile?.answers ?? null) };
    for (const [key, value] of Object.entries(input.answers)) {
      if (value === null) delete answers[key];
      else answers[key] = value;
    }
    const now = ctx.clock.now().toISOString();
    if (profile) {
      if (!(await repo.updateDraft(trx, profile.id, JSON.stringify(answers), now))) throw alreadySubmitted();
      return;
    }
    await repo.insertProfile(trx, {
      id: newId(),
      organisation_id: actor.organisationId,
      round_id: roundId,
      person_id: personId,
      answers: JSON.stringify(answers),
      scores: null,
      submitted_at: null,
      shared_with_facilitators_at: null,
      created_at: now,
      updated_at: now,
    });
  });
}

/**
 * Save and continue: the answers given merge into my draft (made on the first save); null clears
 * an answer. Two first saves at once: the unique (round, person) lets one insert, and the other
 * is run again, now merging into the draft the first made.
 */
export async function saveAnswers(ctx: AppContext, actor: OrgActor, roundId: string, input: SaveAnswersReq) {
  try {
    await saveOnce(ctx, actor, roundId, input);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await saveOnce(ctx, actor, roundId, input);
  }
  return answering(ctx, actor, roundId);
}

export interface SubmitOptions {
  /** Test only: runs between the check that the round is open and the write. */
  between?: () => Promise<void>;
  /**
   * Test only: leaves out the hold on the round, for the control test that shows a submission
   * lost to a close that overlaps it. @internal
   */
  unsafeWithoutRoundHold?: boolean;
}

/**
 * Submits my answers: every item needs an answer (1–5 or "ved ikke"). The scores are stored with
 * the profile; the submit is one conditional update, so of two at once one succeeds. The round is
 * held against a close meanwhile, so a submission that succeeds is always among the responses.
 */
export async function submit(
  ctx: AppContext,
  actor: OrgActor,
  roundId: string,
  options: SubmitOptions = {},
): Promise<Profile> {
  await ctx.db.kysely.transaction().execute(async (trx: Trx) => {
    const unsafe = process.env.VITEST !== undefined && options.unsafeWithoutRoundHold === true;
    if (ctx.db.dialect === 'postgres' && !unsafe)
      await repo.holdRoundAgainstClose(trx, actor.organisationId, roundId);
    const found = await mine(trx, actor, roundId);
    const locked = ctx.db.dialect === 'postgres';
    const profile = await repo.findProfile(trx, actor.organisationId, roundId, found.row.person_id, locked);
    checkWritable(ctx, found, profile?.submitted_at ?? null);
    const answers = parseAnswers(profile?.answers ?? null);
    const missing = itemKeys(found.instrument).filter((key) => answers[key] === undefined);
    if (!profile || missing.length > 0) {
      const fields = Object.fromEntries(
        missing.map((key) => [`answers.${key}`, { key: 'my_assessment.item_unanswered' as const }]),
      );
      throw new AppError('validation_failed', 'my_assessment.unanswered', {
        reason: 'unanswered',
        params: { count: missing.length },
        fields,
      });
    }
    await options.between?.();
    const now = ctx.clock.now().toISOString();
    if (!(await repo.submitDraft(trx, profile.id, scoresOf(found.instrument, answers), now)))
      throw alreadySubmitted();
  });
  return myProfile(ctx, actor, roundId);
}

/** My submitted profile: scores, bands, change since my previous round, reflection questions. */
export async function myProfile(ctx: AppContext, actor: OrgActor, roundId: string): Promise<Profile> {
  const exec = ctx.db.kysely;
  const { row, personIds, instrument } = await mine(exec, actor, roundId);
  const mineNow = await repo.findProfile(exec, actor.organisationId, roundId, row.person_id);
  if (!mineNow?.submitted_at) throw notSubmitted();
  // The round's compared round when I submitted there, else my latest earlier submitted round.
  const previous =
    (row.compare_round_id
      ? await repo.earlierSubmitted(exec, actor.organisationId, personIds, roundId, {
          roundId: row.compare_round_id,
        })
      : undefined) ??
    (await repo.earlierSubmitted(exec, actor.organisationId, personIds, roundId, { before: row.opens_at }));
  const scores = parseScores(mineNow.scores);
  const answers = parseAnswers(mineNow.answers);
  const status = roundStatus(row, ctx.clock.now().toISOString());
  const facts = {
    ...factsOf(row),
    submitted_at: mineNow.submitted_at,
    shared_with_facilitators_at: mineNow.shared_with_facilitators_at,
  };
  return {
    round: presentMyRound(facts, status, instrument, answers),
    submittedAt: mineNow.submitted_at,
    dimensions: profileDimensions(instrument, scores, previous ? parseScores(previous.scores) : null),
    previousRound: previous ? { id: previous.id, name: previous.name } : null,
    reflections: reflectionsFor(instrument, scores),
    sharedWithFacilitators: mineNow.shared_with_facilitators_at !== null,
    canShare: await sharingReachesFacilitator(exec, actor.organisationId, roundId, row.person_id),
  };
}

/** Shares my submitted profile with the facilitators, or withdraws it. */
export async function share(ctx: AppContext, actor: OrgActor, roundId: string, shared: boolean) {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const { row } = await mine(trx, actor, roundId);
    const current = await repo.findProfile(trx, actor.organisationId, roundId, row.person_id);
    if (!current?.submitted_at) throw notSubmitted();
    const now = ctx.clock.now().toISOString();
    const sharedAt = shared ? (current.shared_with_facilitators_at ?? now) : null;
    await repo.setShared(trx, current.id, sharedAt, now);
  });
  return myProfile(ctx, actor, roundId);
}
