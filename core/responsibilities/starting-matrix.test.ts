import { describe, expect, it } from 'vitest';
import { DEFAULT_FOCUS_AREAS } from '../programme-template.js';
import { MatrixDocumentSchema } from '../schemas/responsibilities.js';
import { MANY_CONSULTED, OVERLOAD_RESPONSIBLE, validateMatrix } from './matrix.js';
import { STARTING_MATRIX } from './starting-matrix.js';

describe('STARTING_MATRIX', () => {
  it('is a valid document as the API takes it', () => {
    expect(MatrixDocumentSchema.parse(STARTING_MATRIX)).toEqual(STARTING_MATRIX);
  });

  it('breaks no RACI rule; only the unit and group columns wait to be linked', () => {
    expect(validateMatrix(STARTING_MATRIX)).toEqual({
      errors: [],
      warnings: [
        { code: 'actor_unlinked', actorKey: 'po' },
        { code: 'actor_unlinked', actorKey: 'itd' },
        { code: 'actor_unlinked', actorKey: 'med' },
      ],
    });
  });

  it('has the fixed column keys and a group per focus area plus operation', () => {
    expect(STARTING_MATRIX.actors.map((a) => a.key)).toEqual([
      'direktion',
      'fagchefer',
      'ledere',
      'teamledere',
      'po',
      'itd',
      'medarbejdere',
      'med',
    ]);
    expect(STARTING_MATRIX.taskGroups).toEqual([
      ...DEFAULT_FOCUS_AREAS.map((a) => ({ key: a.key, name: a.name })),
      { key: 'operation', name: 'Drift og forankring' },
    ]);
  });

  it('has tasks in every group, each with a description, within the load limits', () => {
    for (const group of STARTING_MATRIX.taskGroups)
      expect(STARTING_MATRIX.tasks.some((t) => t.group === group.key)).toBe(true);
    for (const task of STARTING_MATRIX.tasks) {
      expect(task.description.length).toBeGreaterThan(20);
      expect(Object.values(task.cells).filter((l) => l === 'C').length).toBeLessThanOrEqual(MANY_CONSULTED);
    }
    for (const actor of STARTING_MATRIX.actors) {
      const rs = STARTING_MATRIX.tasks.filter((t) => t.cells[actor.key] === 'R').length;
      expect(rs).toBeLessThanOrEqual(OVERLOAD_RESPONSIBLE);
    }
  });
});
