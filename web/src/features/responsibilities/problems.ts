import type { TFunction } from 'i18next';
import type { MatrixDocument, MatrixProblem } from '../../../../core/schemas/responsibilities.js';
import { actorFieldId, cellId, taskFieldId } from './matrixEdit.js';

/** A problem in plain words, and the id of the control where the user fixes it. */
export interface PlacedProblem {
  id: string;
  message: string;
}

/** The cell to go to for a task's problem: the first A when there are too many, else the first cell. */
function taskTarget(doc: MatrixDocument, taskKey: string, letter?: 'A'): string {
  const task = doc.tasks.find((t) => t.key === taskKey);
  const actor =
    (letter && doc.actors.find((a) => task?.cells[a.key] === letter)) ?? doc.actors[0] ?? undefined;
  return actor ? cellId(taskKey, actor.key) : taskFieldId(taskKey, 'edit');
}

function actorTarget(problem: MatrixProblem, actorKey: string): string {
  return problem.code === 'actor_unlinked' || problem.code === 'group_empty'
    ? actorFieldId(actorKey, 'link')
    : actorFieldId(actorKey, 'name');
}

export function placeProblem(t: TFunction, doc: MatrixDocument, problem: MatrixProblem): PlacedProblem {
  const task = doc.tasks.find((x) => x.key === problem.taskKey);
  const actor = doc.actors.find((x) => x.key === problem.actorKey);
  const message = t(`responsibilities.editor.problems.${problem.code}`, {
    task: task?.title || t('responsibilities.editor.tasks.untitled'),
    actor: actor?.name || t('responsibilities.editor.actors.untitled'),
    count: problem.count ?? 0,
  });
  if (problem.taskKey)
    return {
      id: taskTarget(doc, problem.taskKey, problem.code === 'many_accountable' ? 'A' : undefined),
      message,
    };
  if (problem.actorKey) return { id: actorTarget(problem, problem.actorKey), message };
  return { id: 'matrix-check', message };
}

/**
 * The server's reasons for refusing to publish (`fields`: `document.tasks.<i>` → message), each
 * linked to the task's row of cells.
 */
export function placeServerReasons(doc: MatrixDocument, fields: Record<string, string>): PlacedProblem[] {
  return Object.entries(fields).map(([field, message]) => {
    const match = /^(?:document\.)?tasks\.(\d+)/.exec(field);
    const task = match ? doc.tasks[Number(match[1])] : undefined;
    return { id: task ? taskTarget(doc, task.key) : 'matrix-check', message };
  });
}

/** Moves focus to a control (and into view); false when it is not on the page. */
export function focusControl(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.focus();
  el.scrollIntoView({ block: 'center' });
  return true;
}
