import type {
  AnswerQuestionReq,
  AskQuestionReq,
  NarrativeQuestionRes,
} from '../../../../core/schemas/narrative.js';
import { conflict, fieldError, forbidden, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Trx } from '../../lib/context.js';
import * as versions from '../../lib/document-versions.js';
import { newId } from '../../lib/ids.js';
import { can, type OrgActor } from '../../lib/policy.js';
import { lockOrganisation } from '../organisations/organisations.repository.js';
import { NarrativeSpec as spec } from './narrative.document.js';
import { NarrativeAbilities } from './narrative.policy.js';
import { presentQuestion } from './narrative.presenter.js';
import type { NarrativeQuestionRow } from './narrative.tables.js';
import { tellAskerAnswered } from './questions.mail.js';
import * as repo from './questions.repository.js';

/** Open questions one person may have waiting at a time, so the list stays one administrators can answer. */
export const OPEN_QUESTIONS_PER_PERSON = 5;

/**
 * A member's question on a part of the published narrative. No audit entry: it is the member's
 * own text, and the audit log is for administration; the asker is stored so they see it as theirs.
 */
export async function ask(
  ctx: AppContext,
  actor: OrgActor,
  input: AskQuestionReq,
): Promise<NarrativeQuestionRes> {
  const orgId = actor.organisationId;
  return ctx.db.kysely.transaction().execute(async (trx) => {
    // Count and insert under the organisation lock (SQLite: BEGIN IMMEDIATE), so two quick
    // questions cannot both pass the cap.
    await lockOrganisation(trx, ctx.db.dialect, orgId);
    const published = await versions.findPublished(trx, spec, orgId);
    if (!published?.document.parts.some((p) => p.key === input.partKey))
      throw fieldError('partKey', 'narrative.unknown_part');
    if ((await repo.countOpen(trx, orgId, actor.userId)) >= OPEN_QUESTIONS_PER_PERSON)
      throw conflict('narrative.too_many_open_questions', 'too_many_open_questions', {
        max: OPEN_QUESTIONS_PER_PERSON,
      });
    const id = newId();
    await repo.insertQuestion(trx, {
      id,
      organisationId: orgId,
      partKey: input.partKey,
      question: input.question,
      askedBy: actor.userId,
      now: ctx.clock.now().toISOString(),
    });
    return presentQuestion(await found(trx, orgId, id), actor.userId);
  });
}

async function found(trx: Trx, orgId: string, id: string): Promise<NarrativeQuestionRow> {
  const row = await repo.findQuestion(trx, orgId, id);
  if (!row) throw notFound();
  return row;
}

/**
 * Answers a question (again: edits the answer); it is shown to everybody from now on. The asker
 * gets an e-mail with the first answer only, in the same transaction, while they are still a
 * member: the conditional first-answer update decides who answered first when two answer at once.
 */
export async function answer(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: AnswerQuestionReq,
): Promise<NarrativeQuestionRes> {
  const orgId = actor.organisationId;
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await found(trx, orgId, id);
    const text = { text: input.answer, by: actor.userId, at: ctx.clock.now().toISOString() };
    const firstAnswer = await repo.saveFirstAnswer(trx, orgId, id, text);
    if (!firstAnswer && !(await repo.editAnswer(trx, orgId, id, text))) throw notFound();
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      entityType: 'narrative_question',
      entityId: id,
      action: 'narrative_question.answered',
      // The part only: the question is the asker's words, and the answer is on the page.
      changes: { partKey: row.part_key, edited: !firstAnswer },
    });
    if (firstAnswer && row.asked_by_user_id !== null)
      await tellAskerAnswered(ctx, trx, { organisationId: orgId, askerId: row.asked_by_user_id, row });
    return presentQuestion(await found(trx, orgId, id), actor.userId);
  });
}

/**
 * Administrators remove any question (audited); the asker may take back their own while it is
 * unanswered. Others get 404 for a question they cannot see (someone's open one) and 403 otherwise.
 */
export async function remove(ctx: AppContext, actor: OrgActor, id: string): Promise<void> {
  const orgId = actor.organisationId;
  const manager = can(actor, NarrativeAbilities.manage);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await found(trx, orgId, id);
    const mine = row.asked_by_user_id === actor.userId;
    if (!manager) {
      if (row.answer === null && !mine) throw notFound();
      if (row.answer !== null) throw forbidden('question_answered');
    }
    if (!(await repo.deleteQuestion(trx, orgId, id))) throw notFound();
    if (manager)
      await recordAudit(trx, ctx.clock, {
        organisationId: orgId,
        actorUserId: actor.userId,
        entityType: 'narrative_question',
        entityId: id,
        action: 'narrative_question.deleted',
        changes: { partKey: row.part_key, answered: row.answer !== null },
      });
  });
}
