import { validateMatrix } from '../../../../core/responsibilities/matrix.js';
import { STARTING_MATRIX } from '../../../../core/responsibilities/starting-matrix.js';
import {
  type MatrixDocument,
  MatrixDocumentSchema,
  type MatrixProblem,
} from '../../../../core/schemas/responsibilities.js';
import { AppError, conflict } from '../../lib/app-error.js';
import type { Executor } from '../../lib/context.js';
import type { DocumentSpec } from '../../lib/document-versions.js';
import type { MessageKey, MessageParams } from '../../lib/messages.js';
import { activeUnits } from './responsibilities.repository.js';

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('da-DK') === b.trim().toLocaleLowerCase('da-DK');

/**
 * The built-in starting matrix for this organisation: each unit column's hint ("IT og
 * Digitalisering") linked to the organisation's unit of that name (any case, not ended), when
 * there is one; otherwise the column stays unlinked (a warning the editor shows).
 */
export async function startingMatrixFor(exec: Executor, organisationId: string): Promise<MatrixDocument> {
  const units = await activeUnits(exec, organisationId);
  return {
    ...STARTING_MATRIX,
    actors: STARTING_MATRIX.actors.map((actor) => {
      const m = actor.membership;
      if (m.kind !== 'unit' || m.unitId !== null || !m.unitHint) return actor;
      const hint = m.unitHint;
      const unit = units.find((u) => sameName(u.name, hint));
      return unit ? { ...actor, membership: { ...m, unitId: unit.id } } : actor;
    }),
  };
}

/** One plain message for all of a task's errors (a field holds one message). */
function taskMessage(
  task: string,
  problems: readonly MatrixProblem[],
): {
  key: MessageKey;
  params: MessageParams;
} {
  const codes = new Set(problems.map((p) => p.code));
  const count = problems.find((p) => p.code === 'many_accountable')?.count ?? 0;
  const noR = codes.has('no_responsible');
  if (codes.has('many_accountable'))
    return {
      key: noR
        ? 'responsibilities.task_many_accountable_no_responsible'
        : 'responsibilities.task_many_accountable',
      params: { task, count },
    };
  if (codes.has('no_accountable'))
    return {
      key: noR
        ? 'responsibilities.task_no_accountable_no_responsible'
        : 'responsibilities.task_no_accountable',
      params: { task },
    };
  return { key: 'responsibilities.task_no_responsible', params: { task } };
}

/**
 * Refuses to publish an empty matrix (409 `matrix_empty`: no tasks or no columns) and one that
 * breaks a RACI rule (409 `matrix_invalid`): how many tasks have problems, and per task
 * (`document.tasks.<i>`) what is wrong in plain words.
 */
export function checkMatrixPublishable(document: MatrixDocument): void {
  // A matrix without tasks or columns breaks no rule, but tells nobody anything.
  if (document.tasks.length === 0 || document.actors.length === 0)
    throw conflict('responsibilities.matrix_empty', 'matrix_empty');
  const { errors } = validateMatrix(document);
  if (errors.length === 0) return;
  const fields: Record<string, { key: MessageKey; params: MessageParams }> = {};
  document.tasks.forEach((task, i) => {
    const problems = errors.filter((e) => e.taskKey === task.key);
    if (problems.length > 0) fields[`document.tasks.${i}`] = taskMessage(task.title, problems);
  });
  throw new AppError('conflict', 'responsibilities.matrix_invalid', {
    reason: 'matrix_invalid',
    params: { count: Object.keys(fields).length },
    fields,
  });
}

/** The responsibility matrix as a versioned document (lib/document-versions). */
export const MatrixSpec: DocumentSpec<MatrixDocument> = {
  table: 'responsibility_matrices',
  entityType: 'responsibility_matrix',
  parse: (json) => MatrixDocumentSchema.parse(JSON.parse(json)),
  initial: (trx, organisationId) => startingMatrixFor(trx, organisationId),
  // Counts only: enough to follow the work in the audit log without copying the matrix.
  summary: (document) => ({
    actors: document.actors.length,
    tasks: document.tasks.length,
    cells: document.tasks.reduce((n, task) => n + Object.keys(task.cells).length, 0),
  }),
  checkPublishable: (document) => checkMatrixPublishable(document),
};
