import type { Executor, Trx } from '../../lib/context.js';
import type { NarrativeQuestionRow } from './narrative.tables.js';

/**
 * The questions a reader may see: every answered one, the reader's own open ones, and every open
 * one when `everyOpen` (administrators).
 */
export function visibleQuestions(
  exec: Executor,
  organisationId: string,
  userId: string,
  everyOpen: boolean,
): Promise<NarrativeQuestionRow[]> {
  let query = exec
    .selectFrom('narrative_questions')
    .selectAll()
    .where('organisation_id', '=', organisationId);
  if (!everyOpen)
    query = query.where((eb) => eb.or([eb('answer', 'is not', null), eb('asked_by_user_id', '=', userId)]));
  return query.orderBy('created_at').orderBy('id').execute();
}

export function findQuestion(
  exec: Executor,
  organisationId: string,
  id: string,
): Promise<NarrativeQuestionRow | undefined> {
  return exec
    .selectFrom('narrative_questions')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** Open questions of the organisation, or of one asker. */
export async function countOpen(exec: Executor, organisationId: string, askedBy?: string): Promise<number> {
  let query = exec
    .selectFrom('narrative_questions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('answer', 'is', null);
  if (askedBy) query = query.where('asked_by_user_id', '=', askedBy);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertQuestion(
  trx: Trx,
  row: {
    id: string;
    organisationId: string;
    partKey: string;
    question: string;
    askedBy: string;
    now: string;
  },
): Promise<void> {
  await trx
    .insertInto('narrative_questions')
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      part_key: row.partKey,
      question: row.question,
      asked_by_user_id: row.askedBy,
      answer: null,
      answered_by_user_id: null,
      answered_at: null,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

/**
 * The first answer, only while there is none (`answer is null`): of two administrators answering at
 * once exactly one gets true (PostgreSQL: the second update waits for the first and then finds an
 * answer), so the asker is e-mailed once. False: answered already, or no such question.
 */
export async function saveFirstAnswer(
  trx: Trx,
  organisationId: string,
  id: string,
  answer: { text: string; by: string; at: string },
): Promise<boolean> {
  const done = await trx
    .updateTable('narrative_questions')
    .set({
      answer: answer.text,
      answered_by_user_id: answer.by,
      answered_at: answer.at,
      updated_at: answer.at,
    })
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .where('answer', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/** Replaces an answer; `answered_at` stays at the first answer. False: no such question. */
export async function editAnswer(
  trx: Trx,
  organisationId: string,
  id: string,
  answer: { text: string; by: string; at: string },
): Promise<boolean> {
  const done = await trx
    .updateTable('narrative_questions')
    .set({ answer: answer.text, answered_by_user_id: answer.by, updated_at: answer.at })
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

export async function deleteQuestion(trx: Trx, organisationId: string, id: string): Promise<boolean> {
  const done = await trx
    .deleteFrom('narrative_questions')
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return Number(done.numDeletedRows) === 1;
}

/**
 * Where to tell the asker that their question is answered: their account, while it is still a
 * member of the organisation (a removed or deactivated member is not written to).
 */
export function askerToNotify(exec: Executor, organisationId: string, userId: string) {
  return exec
    .selectFrom('users as u')
    .innerJoin('memberships as m', 'm.user_id', 'u.id')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['u.email', 'u.name', 'u.locale', 'o.name as organisation_name'])
    .where('u.id', '=', userId)
    .where('m.organisation_id', '=', organisationId)
    .where('m.deactivated_at', 'is', null)
    .executeTakeFirst();
}
