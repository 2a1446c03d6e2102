import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MatrixDocument } from '../../../../core/schemas/responsibilities.js';
import {
  addActor,
  addTask,
  addTaskGroup,
  canMoveTask,
  cellId,
  documentPath,
  isDirty,
  moveTask,
  removeActor,
  removeTaskGroup,
  setCell,
  shapeProblems,
  taskFieldId,
} from './matrixEdit.js';
import { placeProblem, placeServerReasons } from './problems.js';

const doc: MatrixDocument = {
  actors: [
    { key: 'chefer', name: 'Chefer', membership: { kind: 'level', level: 'chef' } },
    { key: 'itd', name: 'IT', membership: { kind: 'unit', unitId: null } },
  ],
  taskGroups: [
    { key: 'g1', name: 'Data' },
    { key: 'g2', name: 'Drift' },
  ],
  tasks: [
    { key: 'a', group: 'g1', title: 'A', description: '', cells: { chefer: 'A', itd: 'R' } },
    { key: 'b', group: 'g2', title: 'B', description: '', cells: { chefer: 'A' } },
    { key: 'c', group: 'g1', title: 'C', description: '', cells: { chefer: 'A', itd: 'A' } },
  ],
};
const keys = (d: MatrixDocument) => d.tasks.map((t) => t.key);

describe('matrix edits', () => {
  it('adds a task last in its group, with a fresh valid key', () => {
    const { doc: next, key } = addTask(doc, 'g1');
    expect(keys(next)).toEqual(['a', 'b', 'c', key]);
    expect(key).toMatch(/^[a-z0-9][a-z0-9_-]{0,59}$/);
    expect(keys(addTask(doc, 'g2').doc)[2]).not.toBe('c');
  });

  it('moves a task past tasks of other groups, and not beyond its group', () => {
    expect(keys(moveTask(doc, 'c', -1))).toEqual(['c', 'b', 'a']);
    expect(moveTask(doc, 'a', -1)).toBe(doc);
    expect(canMoveTask(doc, 'a', 1)).toBe(true);
    expect(canMoveTask(doc, 'c', 1)).toBe(false);
    expect(canMoveTask(doc, 'b', -1)).toBe(false);
  });

  it('sets and empties a cell', () => {
    const set = setCell(doc, 'b', 'itd', 'R');
    expect(set.tasks[1]?.cells).toEqual({ chefer: 'A', itd: 'R' });
    expect(setCell(set, 'b', 'itd', '').tasks[1]?.cells).toEqual({ chefer: 'A' });
    expect(isDirty(set, doc)).toBe(true);
    expect(isDirty(setCell(set, 'b', 'itd', ''), doc)).toBe(false);
  });

  it('removes a column with its letters, and a task group only when empty', () => {
    const without = removeActor(doc, 'itd');
    expect(without.actors.map((a) => a.key)).toEqual(['chefer']);
    expect(without.tasks.every((t) => !('itd' in t.cells))).toBe(true);
    expect(removeTaskGroup(doc, 'g1')).toBe(doc);
    const { doc: withGroup, key } = addTaskGroup(doc);
    expect(removeTaskGroup(withGroup, key).taskGroups).toEqual(doc.taskGroups);
  });

  it('finds empty names before a save, by field', () => {
    const { doc: withTask, key } = addTask(doc, 'g2');
    const { doc: withActor, key: actorKey } = addActor(withTask);
    expect(shapeProblems(doc)).toEqual([]);
    expect(shapeProblems(withActor)).toEqual([
      { id: `actor-${actorKey}-name`, kind: 'actorName', name: '' },
      { id: taskFieldId(key, 'title'), kind: 'taskTitle', taskKey: key, name: '' },
    ]);
    expect(documentPath('document.tasks.3.title')).toEqual(['tasks', '3', 'title']);
  });
});

describe('matrix problems', () => {
  const t = ((key: string, values: Record<string, unknown>) =>
    `${key} ${JSON.stringify(values)}`) as TFunction;

  it('links a task with two As to its first A cell, and a task without R to its first cell', () => {
    const many = placeProblem(t, doc, { code: 'many_accountable', taskKey: 'c', count: 2 });
    expect(many.id).toBe(cellId('c', 'chefer'));
    expect(many.message).toContain('"task":"C"');
    const unlinked = placeProblem(t, doc, { code: 'actor_unlinked', actorKey: 'itd' });
    expect(unlinked.id).toBe('actor-itd-link');
  });

  it("links the server's reasons to the task's row", () => {
    expect(placeServerReasons(doc, { 'document.tasks.1': 'Ingen R' })).toEqual([
      { id: cellId('b', 'chefer'), message: 'Ingen R' },
    ]);
  });
});
