import { describe, expect, it } from 'vitest';
import { diffVersions } from './programme-diff.js';
import type { ModuleRes, ProgrammeVersionRes, TrackRes } from './schemas/programmes.js';

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const mod = (title: string, over: Partial<ModuleRes> = {}): ModuleRes => ({
  id: uuid(),
  lineageId: uuid(),
  kind: 'session',
  title,
  description: '',
  durationMinutes: 120,
  objectives: [],
  focusAreaIds: [],
  materials: [],
  ...over,
});
const track = (title: string, modules: ModuleRes[], lineageId = uuid()): TrackRes => ({
  id: uuid(),
  lineageId,
  title,
  description: '',
  modules,
});
type V = Pick<ProgrammeVersionRes, 'id' | 'number' | 'name' | 'targetLevels' | 'tracks'>;
const version = (number: number, tracks: TrackRes[], over: Partial<V> = {}): V => ({
  id: uuid(),
  number,
  name: `v${number}`,
  targetLevels: ['chef'],
  tracks,
  ...over,
});
/** The same module in a later version: new row id, same lineage. */
const copy = (m: ModuleRes, over: Partial<ModuleRes> = {}): ModuleRes => ({ ...m, id: uuid(), ...over });

describe('comparing two versions', () => {
  const kickoff = mod('Kick-off');
  const data = mod('Data', { focusAreaIds: ['a', 'b'] });
  const dropped = mod('Gammel workshop');
  const set1 = mod('Læringsgruppe 1', { kind: 'learning_set_meeting' });
  const one = track('Spor 1', [kickoff, data, dropped]);
  const two = track('Spor 2', [set1]);
  const v1 = version(1, [one, two]);

  it('finds added, removed, changed, moved and unchanged modules by lineage', () => {
    const added = mod('Ny session for teamledere');
    const v2 = version(2, [
      track('Spor 1', [copy(kickoff), copy(data, { focusAreaIds: ['b', 'a'] }), added], one.lineageId),
      track('Spor 2', [copy(set1, { durationMinutes: 90 })], two.lineageId),
    ]);
    const diff = diffVersions(v1, v2);
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1, moved: 0, unchanged: 2 });
    const first = diff.tracks[0];
    expect(first?.modules.map((m) => [m.after?.title ?? m.before?.title, m.change])).toEqual([
      ['Kick-off', 'unchanged'],
      ['Data', 'unchanged'], // the order of focus areas is no change
      ['Ny session for teamledere', 'added'],
      ['Gammel workshop', 'removed'],
    ]);
    expect(diff.tracks[1]?.modules[0]).toMatchObject({
      change: 'changed',
      changedFields: ['durationMinutes'],
    });
    expect(diff.tracks.map((t) => t.change)).toEqual(['changed', 'changed']);
  });

  it('shows a module that changed track as moved, and a track that went as removed with its modules', () => {
    const v2 = version(
      2,
      [track('Spor 1', [copy(kickoff), copy(data), copy(dropped), copy(set1)], one.lineageId)],
      {
        name: 'Teamledere 2024',
        targetLevels: ['teamleder'],
      },
    );
    const diff = diffVersions(v1, v2);
    expect(diff.tracks[0]?.modules[3]).toMatchObject({
      change: 'moved',
      trackBefore: 'Spor 2',
      trackAfter: 'Spor 1',
    });
    expect(diff.tracks[1]).toMatchObject({ change: 'removed', titleBefore: 'Spor 2', modules: [] });
    expect(diff.changedFields).toEqual(['name', 'targetLevels']);
    expect(diff.counts).toMatchObject({ moved: 1, removed: 0, unchanged: 3 });
  });

  it('compares materials whole: a kept file is no change, another file or a link for a file is', () => {
    const plan = {
      title: 'Læseplan',
      fileId: uuid(),
      fileName: 'plan.pdf',
      contentType: 'application/pdf',
      sizeBytes: 812,
    };
    const link = { title: 'Læseplan', url: 'https://www.kl.dk/plan' };
    const withFile = mod('Kick-off', { materials: [link, plan] });
    const before = version(1, [track('Spor 1', [withFile], one.lineageId)]);
    const after = (materials: ModuleRes['materials']) =>
      version(2, [track('Spor 1', [copy(withFile, { materials })], one.lineageId)]);
    const changeOf = (materials: ModuleRes['materials']) =>
      diffVersions(before, after(materials)).tracks[0]?.modules[0];

    expect(changeOf([{ ...link }, { ...plan }])?.change).toBe('unchanged');
    expect(changeOf([link, { ...plan, fileId: uuid(), fileName: 'plan-v2.pdf' }])).toMatchObject({
      change: 'changed',
      changedFields: ['materials'],
    });
    // The link swapped for the same file under the same title.
    expect(changeOf([plan, plan])?.changedFields).toEqual(['materials']);
    // Order is part of the list.
    expect(changeOf([plan, link])?.changedFields).toEqual(['materials']);
  });

  it('says nothing changed between a version and its untouched copy', () => {
    const copyOf = version(
      2,
      v1.tracks.map((t) => ({ ...t, id: uuid(), modules: t.modules.map((m) => copy(m)) })),
      {
        name: 'v1',
      },
    );
    const diff = diffVersions(v1, copyOf);
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, unchanged: 4 });
    expect(diff.tracks.every((t) => t.change === 'unchanged')).toBe(true);
    expect(diff.changedFields).toEqual([]);
  });
});
