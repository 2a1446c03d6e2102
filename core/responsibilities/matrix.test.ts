import { describe, expect, it } from 'vitest';
import type { MatrixActor, MatrixDocument, MatrixTask, RaciLetter } from '../schemas/responsibilities.js';
import { diffMatrices, MANY_CONSULTED, OVERLOAD_RESPONSIBLE, tasksFor, validateMatrix } from './matrix.js';

const GROUP_ID = '00000000-0000-4000-8000-000000000001';
const UNIT_ID = '00000000-0000-4000-8000-000000000002';

const levelActor = (key: string, name = key): MatrixActor => ({
  key,
  name,
  membership: { kind: 'level', level: 'leder' },
});
const task = (key: string, cells: Record<string, RaciLetter>, title = key): MatrixTask => ({
  key,
  group: 'g',
  title,
  description: '',
  cells,
});
const doc = (actors: MatrixActor[], tasks: MatrixTask[]): MatrixDocument => ({
  actors,
  taskGroups: [{ key: 'g', name: 'Gruppe' }],
  tasks,
});
/** n columns a0…a(n-1). */
const actors = (n: number) => Array.from({ length: n }, (_, i) => levelActor(`a${i}`));

describe('validateMatrix: errors', () => {
  it('accepts one A and one R, and a matrix with no tasks', () => {
    expect(validateMatrix(doc(actors(2), [task('t', { a0: 'A', a1: 'R' })])).errors).toEqual([]);
    expect(validateMatrix(doc(actors(2), [])).errors).toEqual([]);
  });

  it('does not count an A as an R', () => {
    // One letter per cell: the column that answers for a task does not also do it.
    expect(validateMatrix(doc(actors(1), [task('t', { a0: 'A' })])).errors).toEqual([
      { code: 'no_responsible', taskKey: 't' },
    ]);
  });

  it('reports a task without A', () => {
    expect(validateMatrix(doc(actors(2), [task('t', { a0: 'R', a1: 'C' })])).errors).toEqual([
      { code: 'no_accountable', taskKey: 't' },
    ]);
  });

  it('reports a task with several As and counts them', () => {
    const v = validateMatrix(doc(actors(4), [task('t', { a0: 'A', a1: 'A', a2: 'A', a3: 'R' })]));
    expect(v.errors).toEqual([{ code: 'many_accountable', taskKey: 't', count: 3 }]);
  });

  it('reports a task without R', () => {
    expect(validateMatrix(doc(actors(2), [task('t', { a0: 'A', a1: 'I' })])).errors).toEqual([
      { code: 'no_responsible', taskKey: 't' },
    ]);
  });

  it('reports an empty task twice, and tasks in document order', () => {
    const v = validateMatrix(doc(actors(2), [task('t2', {}), task('t1', { a0: 'R' })]));
    expect(v.errors).toEqual([
      { code: 'no_accountable', taskKey: 't2' },
      { code: 'no_responsible', taskKey: 't2' },
      { code: 'no_accountable', taskKey: 't1' },
    ]);
  });

  it('ignores cells on columns that do not exist', () => {
    const v = validateMatrix(doc(actors(1), [task('t', { a0: 'R', ghost: 'A' })]));
    expect(v.errors).toEqual([{ code: 'no_accountable', taskKey: 't' }]);
  });

  it('reads a column named like an object property as empty', () => {
    const v = validateMatrix(doc([levelActor('constructor'), levelActor('b')], [task('t', { b: 'A' })]));
    expect(v.errors).toEqual([{ code: 'no_responsible', taskKey: 't' }]);
    expect(v.warnings).toEqual([{ code: 'actor_unused', actorKey: 'constructor' }]);
  });
});

describe('validateMatrix: warnings', () => {
  /** `rs` tasks where a0 is R (a1 answers for them all). */
  const loaded = (rs: number) =>
    doc(
      actors(2),
      Array.from({ length: rs }, (_, i) => task(`t${i}`, { a0: 'R', a1: 'A' })),
    );

  it(`overloads an actor above ${OVERLOAD_RESPONSIBLE} Rs, not at it`, () => {
    expect(validateMatrix(loaded(OVERLOAD_RESPONSIBLE)).warnings).toEqual([]);
    expect(validateMatrix(loaded(OVERLOAD_RESPONSIBLE + 1)).warnings).toEqual([
      { code: 'actor_overloaded', actorKey: 'a0', count: OVERLOAD_RESPONSIBLE + 1 },
    ]);
  });

  /** One task with `cs` columns consulted. */
  const consulting = (cs: number) => {
    const cells: Record<string, RaciLetter> = { a0: 'A', a1: 'R' };
    for (let i = 0; i < cs; i++) cells[`a${i + 2}`] = 'C';
    return doc(actors(cs + 2), [task('t', cells)]);
  };

  it(`warns about a task with more than ${MANY_CONSULTED} Cs, not at it`, () => {
    expect(validateMatrix(consulting(MANY_CONSULTED)).warnings).toEqual([]);
    expect(validateMatrix(consulting(MANY_CONSULTED + 1)).warnings).toEqual([
      { code: 'many_consulted', taskKey: 't', count: MANY_CONSULTED + 1 },
    ]);
  });

  it('warns about unit and group columns not linked yet, not about linked ones', () => {
    const columns: MatrixActor[] = [
      { key: 'u0', name: 'U0', membership: { kind: 'unit', unitId: null, unitHint: 'IT' } },
      { key: 'u1', name: 'U1', membership: { kind: 'unit', unitId: UNIT_ID } },
      { key: 'g0', name: 'G0', membership: { kind: 'group', groupId: null } },
      { key: 'g1', name: 'G1', membership: { kind: 'group', groupId: GROUP_ID } },
    ];
    const v = validateMatrix(doc(columns, [task('t', { u0: 'A', u1: 'R', g0: 'C', g1: 'I' })]));
    expect(v.warnings).toEqual([
      { code: 'actor_unlinked', actorKey: 'u0' },
      { code: 'actor_unlinked', actorKey: 'g0' },
    ]);
  });

  it('warns about a linked group without members', () => {
    const columns: MatrixActor[] = [
      levelActor('a0'),
      { key: 'g1', name: 'G1', membership: { kind: 'group', groupId: GROUP_ID } },
    ];
    const d = doc(columns, [task('t', { a0: 'A', g1: 'R' })]);
    expect(validateMatrix(d).warnings).toEqual([]);
    expect(validateMatrix(d, { emptyGroupIds: new Set([GROUP_ID]) }).warnings).toEqual([
      { code: 'group_empty', actorKey: 'g1' },
    ]);
  });

  it('warns about a column with no letter in any task, even with no tasks', () => {
    expect(validateMatrix(doc(actors(3), [task('t', { a0: 'A', a2: 'R' })])).warnings).toEqual([
      { code: 'actor_unused', actorKey: 'a1' },
    ]);
    expect(validateMatrix(doc(actors(1), [])).warnings).toEqual([{ code: 'actor_unused', actorKey: 'a0' }]);
  });

  it('lists task warnings first, then column warnings in column order', () => {
    const columns: MatrixActor[] = [
      { key: 'z', name: 'Z', membership: { kind: 'group', groupId: null } },
      ...actors(MANY_CONSULTED + 3),
    ];
    const cells: Record<string, RaciLetter> = { a0: 'A', a1: 'R' };
    for (let i = 2; i < MANY_CONSULTED + 3; i++) cells[`a${i}`] = 'C';
    const v = validateMatrix(doc([...columns, levelActor('y')], [task('t', cells)]));
    expect(v.warnings.map((w) => [w.code, w.taskKey ?? w.actorKey])).toEqual([
      ['many_consulted', 't'],
      ['actor_unlinked', 'z'],
      ['actor_unused', 'z'],
      ['actor_unused', 'y'],
    ]);
  });
});

describe('diffMatrices', () => {
  const v = (version: number, document: MatrixDocument) => ({ id: `id${version}`, version, document });
  const base = doc(
    [levelActor('a', 'Alfa'), levelActor('b', 'Beta'), levelActor('c', 'Gamma')],
    [task('t1', { a: 'A', b: 'R' }, 'Første'), task('t2', { a: 'R', c: 'A' }, 'Anden')],
  );

  it('finds nothing between equal versions', () => {
    expect(diffMatrices(v(1, base), v(2, structuredClone(base)))).toEqual({
      from: { id: 'id1', version: 1 },
      to: { id: 'id2', version: 2 },
      actors: { added: [], removed: [], renamed: [] },
      tasks: { added: [], removed: [], renamed: [] },
      cells: [],
    });
  });

  it('lists added, removed and renamed columns and tasks by name, and leaves their cells out', () => {
    const after = doc(
      [levelActor('a', 'Alfa'), levelActor('b', 'Bravo'), levelActor('d', 'Delta')],
      [task('t3', { a: 'A', d: 'R' }, 'Tredje'), task('t1', { a: 'A', b: 'R', d: 'C' }, 'Først')],
    );
    const diff = diffMatrices(v(1, base), v(2, after));
    expect(diff.actors).toEqual({
      added: ['Delta'],
      removed: ['Gamma'],
      renamed: [{ from: 'Beta', to: 'Bravo' }],
    });
    expect(diff.tasks).toEqual({
      added: ['Tredje'],
      removed: ['Anden'],
      renamed: [{ from: 'Første', to: 'Først' }],
    });
    expect(diff.cells).toEqual([]);
  });

  it("lists changed cells with after's names, in after's task and column order", () => {
    const after = doc(
      [levelActor('c', 'Gamma'), levelActor('b', 'Bravo'), levelActor('a', 'Alfa')],
      [task('t2', { a: 'A', c: 'R' }, 'Anden'), task('t1', { a: 'A', c: 'I' }, 'Første')],
    );
    expect(diffMatrices(v(1, base), v(2, after)).cells).toEqual([
      { task: 'Anden', actor: 'Gamma', before: 'A', after: 'R' },
      { task: 'Anden', actor: 'Alfa', before: 'R', after: 'A' },
      { task: 'Første', actor: 'Gamma', before: null, after: 'I' },
      { task: 'Første', actor: 'Bravo', before: 'R', after: null },
    ]);
  });
});

describe('tasksFor', () => {
  const d = doc(
    [
      levelActor('lead', 'Ledere'),
      levelActor('it', 'IT'),
      levelActor('staff', 'Medarbejdere'),
      levelActor('med', 'MED'),
    ],
    [
      task('t1', { lead: 'A', it: 'R', staff: 'C', med: 'I' }, 'Én'),
      task('t2', { lead: 'R', it: 'A', med: 'C' }, 'To'),
      task('t3', { lead: 'C', it: 'I', staff: 'A', med: 'R' }, 'Tre'),
      task('t4', { it: 'R', staff: 'R', lead: 'A' }, 'Fire'),
    ],
  );

  it('gives the tasks where a column is R or A, in document order, with names per letter', () => {
    expect(tasksFor(d, new Set(['lead']))).toEqual([
      {
        key: 't1',
        group: 'g',
        title: 'Én',
        description: '',
        letter: 'A',
        accountable: ['Ledere'],
        responsible: ['IT'],
        consulted: ['Medarbejdere'],
        informed: ['MED'],
      },
      expect.objectContaining({ key: 't2', letter: 'R', accountable: ['IT'], responsible: ['Ledere'] }),
      expect.objectContaining({ key: 't4', letter: 'A', responsible: ['IT', 'Medarbejdere'], informed: [] }),
    ]);
  });

  it('gives A before R when a person belongs to several columns', () => {
    const mine = tasksFor(d, new Set(['lead', 'it']));
    expect(mine.map((t) => [t.key, t.letter])).toEqual([
      ['t1', 'A'],
      ['t2', 'A'],
      ['t4', 'A'],
    ]);
    expect(tasksFor(d, new Set(['it', 'staff'])).map((t) => [t.key, t.letter])).toEqual([
      ['t1', 'R'],
      ['t2', 'A'],
      ['t3', 'A'],
      ['t4', 'R'],
    ]);
  });

  it('gives nothing for no columns or unknown ones', () => {
    expect(tasksFor(d, new Set())).toEqual([]);
    expect(tasksFor(d, new Set(['ghost']))).toEqual([]);
  });
});
