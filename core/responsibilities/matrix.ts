/**
 * The RACI rules of a responsibility matrix, its diff between versions, and a person's tasks.
 * Pure: the editor runs the rules live, the server runs them again before it publishes.
 */
import type {
  MatrixActor,
  MatrixDiff,
  MatrixDocument,
  MatrixProblem,
  MatrixTask,
  MatrixValidation,
  MyResponsibilitiesRes,
  RaciLetter,
} from '../schemas/responsibilities.js';

/** An actor with more Rs than this is overloaded (a warning). */
export const OVERLOAD_RESPONSIBLE = 8;
/** A task with more Cs than this consults too many (a warning). */
export const MANY_CONSULTED = 4;

/** What the rules need to know beyond the document: which linked groups have no members. */
export interface MatrixContext {
  emptyGroupIds?: ReadonlySet<string>;
}

/**
 * The letter of one cell. `Object.hasOwn`, because a column key like "constructor" would
 * otherwise read the object's prototype instead of an empty cell.
 */
const letterOf = (task: MatrixTask, actorKey: string): RaciLetter | null =>
  Object.hasOwn(task.cells, actorKey) ? (task.cells[actorKey] ?? null) : null;

/** The columns (in column order) with `letter` in `task`; cells on unknown columns are ignored. */
const actorsWith = (task: MatrixTask, actors: readonly MatrixActor[], letter: RaciLetter) =>
  actors.filter((actor) => letterOf(task, actor.key) === letter);

function taskProblems(task: MatrixTask, actors: readonly MatrixActor[]) {
  const errors: MatrixProblem[] = [];
  const accountable = actorsWith(task, actors, 'A').length;
  if (accountable === 0) errors.push({ code: 'no_accountable', taskKey: task.key });
  if (accountable > 1) errors.push({ code: 'many_accountable', taskKey: task.key, count: accountable });
  if (actorsWith(task, actors, 'R').length === 0) errors.push({ code: 'no_responsible', taskKey: task.key });
  const consulted = actorsWith(task, actors, 'C').length;
  const warnings: MatrixProblem[] =
    consulted > MANY_CONSULTED ? [{ code: 'many_consulted', taskKey: task.key, count: consulted }] : [];
  return { errors, warnings };
}

function actorWarnings(doc: MatrixDocument, actor: MatrixActor, emptyGroupIds: ReadonlySet<string>) {
  const warnings: MatrixProblem[] = [];
  const letters = doc.tasks.map((task) => letterOf(task, actor.key));
  const responsible = letters.filter((l) => l === 'R').length;
  if (responsible > OVERLOAD_RESPONSIBLE)
    warnings.push({ code: 'actor_overloaded', actorKey: actor.key, count: responsible });
  const m = actor.membership;
  if ((m.kind === 'unit' && m.unitId === null) || (m.kind === 'group' && m.groupId === null))
    warnings.push({ code: 'actor_unlinked', actorKey: actor.key });
  if (m.kind === 'group' && m.groupId !== null && emptyGroupIds.has(m.groupId))
    warnings.push({ code: 'group_empty', actorKey: actor.key });
  if (letters.every((l) => l === null)) warnings.push({ code: 'actor_unused', actorKey: actor.key });
  return warnings;
}

/**
 * Exactly one A and at least one R per task (errors); load and links (warnings). Problems come
 * in the document's order: tasks first, then columns.
 */
export function validateMatrix(doc: MatrixDocument, context: MatrixContext = {}): MatrixValidation {
  const emptyGroupIds = context.emptyGroupIds ?? new Set<string>();
  const errors: MatrixProblem[] = [];
  const warnings: MatrixProblem[] = [];
  for (const task of doc.tasks) {
    const found = taskProblems(task, doc.actors);
    errors.push(...found.errors);
    warnings.push(...found.warnings);
  }
  for (const actor of doc.actors) warnings.push(...actorWarnings(doc, actor, emptyGroupIds));
  return { errors, warnings };
}

type Named = { key: string };

/** Added (after's order), removed (before's order) and renamed (after's order) items, by key. */
function diffNamed<T extends Named>(before: readonly T[], after: readonly T[], name: (item: T) => string) {
  const beforeByKey = new Map(before.map((item) => [item.key, item]));
  const afterKeys = new Set(after.map((item) => item.key));
  const renamed: Array<{ from: string; to: string }> = [];
  for (const item of after) {
    const old = beforeByKey.get(item.key);
    if (old && name(old) !== name(item)) renamed.push({ from: name(old), to: name(item) });
  }
  return {
    added: after.filter((item) => !beforeByKey.has(item.key)).map(name),
    removed: before.filter((item) => !afterKeys.has(item.key)).map(name),
    renamed,
  };
}

/** What changed from `before` to `after`, by key; names are `after`'s where both have them. */
export function diffMatrices(
  before: { id: string; version: number; document: MatrixDocument },
  after: { id: string; version: number; document: MatrixDocument },
): MatrixDiff {
  const b = before.document;
  const a = after.document;
  const beforeTasks = new Map(b.tasks.map((task) => [task.key, task]));
  const beforeActors = new Set(b.actors.map((actor) => actor.key));
  // Cells of added or removed tasks and columns show as those additions and removals instead.
  const commonActors = a.actors.filter((actor) => beforeActors.has(actor.key));
  const cells: MatrixDiff['cells'] = [];
  for (const task of a.tasks) {
    const old = beforeTasks.get(task.key);
    if (!old) continue;
    for (const actor of commonActors) {
      const was = letterOf(old, actor.key);
      const is = letterOf(task, actor.key);
      if (was !== is) cells.push({ task: task.title, actor: actor.name, before: was, after: is });
    }
  }
  return {
    from: { id: before.id, version: before.version },
    to: { id: after.id, version: after.version },
    actors: diffNamed(b.actors, a.actors, (actor) => actor.name),
    tasks: diffNamed(b.tasks, a.tasks, (task) => task.title),
    cells,
  };
}

/**
 * The tasks where any of `actorKeys` is R or A, in document order, with the column names per
 * letter. A person may belong to several columns; their strongest letter wins (A before R).
 */
export function tasksFor(
  doc: MatrixDocument,
  actorKeys: ReadonlySet<string>,
): MyResponsibilitiesRes['tasks'] {
  const result: MyResponsibilitiesRes['tasks'] = [];
  for (const task of doc.tasks) {
    const mine = doc.actors
      .filter((actor) => actorKeys.has(actor.key))
      .map((actor) => letterOf(task, actor.key));
    const letter = mine.includes('A') ? 'A' : mine.includes('R') ? 'R' : null;
    if (!letter) continue;
    const names = (l: RaciLetter) => actorsWith(task, doc.actors, l).map((actor) => actor.name);
    result.push({
      key: task.key,
      group: task.group,
      title: task.title,
      description: task.description,
      letter,
      accountable: names('A'),
      responsible: names('R'),
      consulted: names('C'),
      informed: names('I'),
    });
  }
  return result;
}
