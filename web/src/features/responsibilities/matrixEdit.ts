/**
 * Pure edits of a matrix document as the editor makes them, and the ids of the fields they touch
 * (so a problem can link to the very input). Every function returns a new document.
 */
import {
  type ActorMembership,
  type MatrixActor,
  type MatrixDocument,
  MatrixDocumentSchema,
  type MatrixTask,
  type RaciLetter,
} from '../../../../core/schemas/responsibilities.js';

export const taskFieldId = (key: string, field: 'title' | 'description' | 'group' | 'edit') =>
  `task-${key}-${field}`;
export const taskGroupFieldId = (key: string) => `taskgroup-${key}-name`;
export const actorFieldId = (key: string, field: 'name' | 'kind' | 'link') => `actor-${key}-${field}`;
export const cellId = (taskKey: string, actorKey: string) => `cell-${taskKey}-${actorKey}`;

/** A fresh key that no item of the same kind has (keys stay stable across versions). */
export function freshKey(prefix: 'task' | 'group' | 'actor', taken: Iterable<{ key: string }>): string {
  const used = new Set([...taken].map((x) => x.key));
  for (let n = used.size + 1; ; n++) {
    const key = `${prefix}-${n}-${Math.random().toString(36).slice(2, 6)}`;
    if (!used.has(key)) return key;
  }
}

export function addTask(doc: MatrixDocument, group: string): { doc: MatrixDocument; key: string } {
  const key = freshKey('task', doc.tasks);
  const task: MatrixTask = { key, group, title: '', description: '', cells: {} };
  // A new task goes last in its group, so it shows where the user added it.
  const lastOfGroup = doc.tasks.map((t) => t.group).lastIndexOf(group);
  const tasks = [...doc.tasks];
  tasks.splice(lastOfGroup === -1 ? tasks.length : lastOfGroup + 1, 0, task);
  return { doc: { ...doc, tasks }, key };
}

export function updateTask(
  doc: MatrixDocument,
  key: string,
  patch: Partial<Pick<MatrixTask, 'title' | 'description' | 'group'>>,
): MatrixDocument {
  return { ...doc, tasks: doc.tasks.map((t) => (t.key === key ? { ...t, ...patch } : t)) };
}

export function removeTask(doc: MatrixDocument, key: string): MatrixDocument {
  return { ...doc, tasks: doc.tasks.filter((t) => t.key !== key) };
}

/** Swaps a task with its neighbour in the same group; unchanged at the group's edge. */
export function moveTask(doc: MatrixDocument, key: string, direction: -1 | 1): MatrixDocument {
  const index = doc.tasks.findIndex((t) => t.key === key);
  const task = doc.tasks[index];
  if (!task) return doc;
  let other = index + direction;
  while (other >= 0 && other < doc.tasks.length && doc.tasks[other]?.group !== task.group) other += direction;
  const neighbour = doc.tasks[other];
  if (!neighbour) return doc;
  const tasks = [...doc.tasks];
  tasks[index] = neighbour;
  tasks[other] = task;
  return { ...doc, tasks };
}

/** Whether a task can move that way within its group. */
export function canMoveTask(doc: MatrixDocument, key: string, direction: -1 | 1): boolean {
  return moveTask(doc, key, direction) !== doc;
}

/** Sets one cell; '' empties it. */
export function setCell(
  doc: MatrixDocument,
  taskKey: string,
  actorKey: string,
  letter: RaciLetter | '',
): MatrixDocument {
  return {
    ...doc,
    tasks: doc.tasks.map((t) => {
      if (t.key !== taskKey) return t;
      const cells = { ...t.cells };
      if (letter === '') delete cells[actorKey];
      else cells[actorKey] = letter;
      return { ...t, cells };
    }),
  };
}

export function addTaskGroup(doc: MatrixDocument): { doc: MatrixDocument; key: string } {
  const key = freshKey('group', doc.taskGroups);
  return { doc: { ...doc, taskGroups: [...doc.taskGroups, { key, name: '' }] }, key };
}

export function renameTaskGroup(doc: MatrixDocument, key: string, name: string): MatrixDocument {
  return { ...doc, taskGroups: doc.taskGroups.map((g) => (g.key === key ? { ...g, name } : g)) };
}

/** Only an empty group can go (its tasks would have nowhere to belong). */
export function removeTaskGroup(doc: MatrixDocument, key: string): MatrixDocument {
  if (doc.tasks.some((t) => t.group === key)) return doc;
  return { ...doc, taskGroups: doc.taskGroups.filter((g) => g.key !== key) };
}

export function addActor(doc: MatrixDocument): { doc: MatrixDocument; key: string } {
  const key = freshKey('actor', doc.actors);
  const actor: MatrixActor = { key, name: '', membership: { kind: 'level', level: 'leder' } };
  return { doc: { ...doc, actors: [...doc.actors, actor] }, key };
}

export function updateActor(
  doc: MatrixDocument,
  key: string,
  patch: Partial<Pick<MatrixActor, 'name' | 'membership'>>,
): MatrixDocument {
  return { ...doc, actors: doc.actors.map((a) => (a.key === key ? { ...a, ...patch } : a)) };
}

/** A column's kind changed: start the new kind unlinked (or at the leader level). */
export function membershipOfKind(kind: ActorMembership['kind']): ActorMembership {
  if (kind === 'level') return { kind, level: 'leder' };
  if (kind === 'unit') return { kind, unitId: null };
  return { kind, groupId: null };
}

/** Removes a column and its letters in every task. */
export function removeActor(doc: MatrixDocument, key: string): MatrixDocument {
  return {
    ...doc,
    actors: doc.actors.filter((a) => a.key !== key),
    tasks: doc.tasks.map((t) => {
      if (!(key in t.cells)) return t;
      const cells = { ...t.cells };
      delete cells[key];
      return { ...t, cells };
    }),
  };
}

export function isDirty(doc: MatrixDocument, saved: MatrixDocument): boolean {
  return JSON.stringify(doc) !== JSON.stringify(saved);
}

/** A shape problem found before saving (an empty name, too long a text), with the field to fix. */
export interface ShapeProblem {
  id: string;
  kind: 'taskTitle' | 'taskDescription' | 'taskGroupName' | 'actorName' | 'other';
  /** The task whose panel must open to show the field. */
  taskKey?: string;
  /** The task's, group's or column's name, for the message. */
  name: string;
}

/** Where a path of the document (`tasks.3.title`, from zod or the server's `document.…`) points. */
export function problemAt(doc: MatrixDocument, path: ReadonlyArray<PropertyKey>): ShapeProblem {
  const [list, index, field] = path;
  const i = Number(index);
  if (list === 'tasks' && doc.tasks[i]) {
    const task = doc.tasks[i];
    if (field === 'title')
      return { id: taskFieldId(task.key, 'title'), kind: 'taskTitle', taskKey: task.key, name: task.title };
    if (field === 'description')
      return {
        id: taskFieldId(task.key, 'description'),
        kind: 'taskDescription',
        taskKey: task.key,
        name: task.title,
      };
    const first = doc.actors[0];
    return {
      id: first ? cellId(task.key, first.key) : taskFieldId(task.key, 'edit'),
      kind: 'other',
      name: task.title,
    };
  }
  if (list === 'taskGroups' && doc.taskGroups[i]) {
    const group = doc.taskGroups[i];
    return {
      id: taskGroupFieldId(group.key),
      kind: field === 'name' ? 'taskGroupName' : 'other',
      name: group.name,
    };
  }
  if (list === 'actors' && doc.actors[i]) {
    const actor = doc.actors[i];
    return {
      id: actorFieldId(actor.key, 'name'),
      kind: field === 'name' ? 'actorName' : 'other',
      name: actor.name,
    };
  }
  return { id: 'matrix-save', kind: 'other', name: '' };
}

/** The shape rules of the contract, checked before a save so the user gets them by field. */
export function shapeProblems(doc: MatrixDocument): ShapeProblem[] {
  const parsed = MatrixDocumentSchema.safeParse(doc);
  if (parsed.success) return [];
  const seen = new Set<string>();
  return parsed.error.issues
    .map((issue) => problemAt(doc, issue.path))
    .filter((p) => !seen.has(p.id) && seen.add(p.id));
}

/** A server field path (`document.tasks.3.title`) as a document path. */
export function documentPath(field: string): string[] {
  const parts = field.split('.');
  return parts[0] === 'document' ? parts.slice(1) : parts;
}
