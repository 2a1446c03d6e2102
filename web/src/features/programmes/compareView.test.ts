import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../../core/programme-diff.js';
import type { ModuleRes, ProgrammeVersionRes } from '../../../../core/schemas/programmes.js';
import { compareTracks, nothingChanged, summaryParts } from './compareView.js';

const m = (n: string, extra: Partial<ModuleRes> = {}): ModuleRes => ({
  id: `${n}-${Math.random()}`,
  lineageId: n,
  kind: 'session',
  title: `Modul ${n}`,
  description: '',
  durationMinutes: 60,
  objectives: [],
  focusAreaIds: [],
  materials: [],
  ...extra,
});

type V = Pick<ProgrammeVersionRes, 'id' | 'number' | 'name' | 'targetLevels' | 'tracks'>;
const v = (number: number, tracks: V['tracks']): V => ({
  id: `v${number}`,
  number,
  name: `Version ${number}`,
  targetLevels: [],
  tracks,
});
const track = (lineageId: string, title: string, modules: ModuleRes[]) => ({
  id: `${lineageId}-${title}`,
  lineageId,
  title,
  description: '',
  modules,
});

const v1 = v(1, [track('t1', 'Spor 1', [m('a'), m('b'), m('c')]), track('t2', 'Spor 2', [m('d'), m('e')])]);
const v2 = v(2, [
  track('t1', 'Spor 1', [m('a', { durationMinutes: 90, title: 'Kick-off' }), m('c'), m('e')]),
  track('t2', 'Spor 2 (nyt navn)', [m('d', { description: 'Ny tekst' }), m('f')]),
]);

describe('the comparison view', () => {
  const diff = diffVersions(v1, v2);

  it('labels each module with what happened, fields in a fixed order, and where a module came from', () => {
    const [one, two] = compareTracks(diff, false);
    expect(one?.rows.map((r) => [r.title, r.change, r.fields, r.movedFrom])).toEqual([
      ['Kick-off', 'changed', ['title', 'durationMinutes'], null],
      ['Modul c', 'unchanged', [], null],
      ['Modul e', 'moved', [], 'Spor 2'],
      ['Modul b', 'removed', [], null],
    ]);
    // The renamed track's own modules have not moved.
    expect(two?.renamedFrom).toBe('Spor 2');
    expect(two?.rows.map((r) => [r.title, r.change, r.movedFrom])).toEqual([
      ['Modul d', 'changed', null],
      ['Modul f', 'added', null],
    ]);
  });

  it('spots a module that changed and moved', () => {
    const moved = v(2, [
      track('t1', 'Spor 1', [m('a'), m('b'), m('c'), m('d', { title: 'Nyt' })]),
      track('t2', 'Spor 2', [m('e')]),
    ]);
    const row = compareTracks(diffVersions(v1, moved), false)[0]?.rows[3];
    expect(row).toMatchObject({ change: 'changed', fields: ['title'], movedFrom: 'Spor 2' });
  });

  it('can leave out unchanged modules, counting them', () => {
    const [one] = compareTracks(diff, true);
    expect(one?.rows.map((r) => r.title)).toEqual(['Kick-off', 'Modul e', 'Modul b']);
    expect(one?.hidden).toBe(1);
  });

  it('sums up in a fixed order, leaving out what did not happen', () => {
    expect(summaryParts(diff.counts)).toEqual([
      { change: 'changed', count: 2 },
      { change: 'added', count: 1 },
      { change: 'removed', count: 1 },
      { change: 'moved', count: 1 },
      { change: 'unchanged', count: 1 },
    ]);
    expect(nothingChanged(diff)).toBe(false);
    expect(nothingChanged(diffVersions(v1, { ...v1, id: 'x' }))).toBe(true);
  });
});
