import { describe, expect, it } from 'vitest';
import type { ModuleRes, ProgrammeVersionRes } from '../../../../core/schemas/programmes.js';
import {
  addFileMaterial,
  addMaterial,
  addModule,
  addTrack,
  fieldIdFor,
  fileMaterialKey,
  fromVersion,
  isDirty,
  type ModuleDraft,
  materialFieldId,
  moduleFieldId,
  moveModule,
  moveModuleToTrack,
  moveTrack,
  placeOf,
  removeMaterial,
  removeModule,
  removeTrack,
  titleOfFile,
  toRequest,
  trackFieldId,
  updateMaterial,
  updateModule,
  VERSION_NAME_ID,
  validateDraft,
} from './versionEditor.js';

const module = (n: string, extra: Partial<ModuleRes> = {}): ModuleRes => ({
  id: `id-${n}`,
  lineageId: `m-${n}`,
  kind: 'session',
  title: `Modul ${n}`,
  description: '',
  durationMinutes: 150,
  objectives: ['Mål A', 'Mål B'],
  focusAreaIds: [],
  materials: [],
  ...extra,
});

const planFile = {
  title: 'Læseplan',
  fileId: 'f-1',
  fileName: 'Læseplan uge 3.pdf',
  contentType: 'application/pdf',
  sizeBytes: 812,
};

const version: ProgrammeVersionRes = {
  id: 'v2',
  programmeId: 'p',
  programmeTitle: 'Digital ledelse',
  number: 2,
  name: 'Teamledere 2024',
  status: 'draft',
  basedOn: { id: 'v1', number: 1, name: 'Topledelse' },
  targetLevels: ['teamleder'],
  tracks: [
    { id: 't1', lineageId: 't-1', title: 'Spor 1', description: '', modules: [module('a'), module('b')] },
    {
      id: 't2',
      lineageId: 't-2',
      title: 'Spor 2',
      description: 'Praksis',
      modules: [module('c', { materials: [{ title: 'KL', url: 'https://www.kl.dk' }, planFile] })],
    },
  ],
  revision: 7,
  publishedAt: null,
  archivedAt: null,
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const titles = (d: ReturnType<typeof fromVersion>) => d.tracks.map((t) => t.modules.map((m) => m.title));

describe('the version editor', () => {
  it('sends back what it loaded, with the revision it started from', () => {
    const body = toRequest(fromVersion(version));
    expect(body.revision).toBe(7);
    expect(body.name).toBe('Teamledere 2024');
    expect(body.tracks[0]?.lineageId).toBe('t-1');
    expect(body.tracks[0]?.modules[0]).toEqual({
      lineageId: 'm-a',
      kind: 'session',
      title: 'Modul a',
      description: '',
      durationMinutes: 150,
      objectives: ['Mål A', 'Mål B'],
      focusAreaIds: [],
      materials: [],
    });
    // A file goes back as its id only: its name, type and size are the server's.
    expect(body.tracks[1]?.modules[0]?.materials).toEqual([
      { title: 'KL', url: 'https://www.kl.dk' },
      { title: 'Læseplan', fileId: 'f-1' },
    ]);
  });

  it('turns hours and minutes, objective lines and material rows into the body', () => {
    const d = fromVersion(version);
    const { draft, module: added } = addModule(d, 't-2');
    const edited = updateModule(draft, added.key, {
      title: '  Ny workshop ',
      hours: '2',
      minutes: '15',
      objectives: 'Første mål\n\n  Andet mål  \n',
      materials: [
        { key: 'x', kind: 'link', title: ' Guide ', url: ' https://example.dk/guide ' },
        { key: 'y', kind: 'link', title: '', url: '' },
      ],
    });
    const sent = toRequest(edited).tracks[1]?.modules[1];
    expect(sent).toMatchObject({
      lineageId: null,
      title: 'Ny workshop',
      durationMinutes: 135,
      objectives: ['Første mål', 'Andet mål'],
      materials: [{ title: 'Guide', url: 'https://example.dk/guide' }],
    });
    expect(isDirty(edited, d)).toBe(true);
    expect(isDirty(d, fromVersion(version))).toBe(false);
  });

  it('moves modules up, down and to another track, and tracks up and down', () => {
    const d = fromVersion(version);
    expect(titles(moveModule(d, 'm-b', -1))).toEqual([['Modul b', 'Modul a'], ['Modul c']]);
    // At the edge nothing happens.
    expect(titles(moveModule(d, 'm-a', -1))).toEqual(titles(d));
    expect(titles(moveModule(d, 'm-b', 1))).toEqual(titles(d));
    const moved = moveModuleToTrack(d, 'm-a', 't-2');
    expect(titles(moved)).toEqual([['Modul b'], ['Modul c', 'Modul a']]);
    // It keeps its lineage, so the comparison sees a move, not a removal and an addition.
    expect(toRequest(moved).tracks[1]?.modules[1]?.lineageId).toBe('m-a');
    expect(placeOf(moved, 'm-a')).toMatchObject({ place: 2, of: 2 });
    expect(moveTrack(d, 't-2', -1).tracks.map((t) => t.title)).toEqual(['Spor 2', 'Spor 1']);
    expect(removeTrack(d, 't-1').tracks.map((t) => t.title)).toEqual(['Spor 2']);
    expect(titles(removeModule(d, 'm-b'))).toEqual([['Modul a'], ['Modul c']]);
  });

  it('gives new tracks, modules and materials keys of their own', () => {
    const one = addTrack(fromVersion(version));
    const two = addModule(one.draft, one.track.key);
    const three = addMaterial(two.draft, two.module.key);
    expect(new Set([one.track.key, two.module.key, three.material.key]).size).toBe(3);
    expect(toRequest(three.draft).tracks[2]).toMatchObject({ lineageId: null, title: '' });
  });

  it('says what to put right before saving, naming the module', () => {
    const d = fromVersion(version);
    const { draft, module: added } = addModule({ ...d, name: ' ' }, 't-1');
    const withMaterial = addMaterial(draft, added.key);
    const bad = updateMaterial(
      updateModule(withMaterial.draft, added.key, { hours: '0', minutes: '0' }),
      added.key,
      withMaterial.material.key,
      { title: 'Guide', url: 'ftp://x' },
    );
    const problems = validateDraft(updateModule(bad, 'm-c', { hours: '41', minutes: '0' }));
    expect(problems.map((p) => [p.id, p.problem])).toEqual([
      [VERSION_NAME_ID, 'name'],
      [moduleFieldId(added, 'title'), 'moduleTitle'],
      [moduleFieldId(added, 'hours'), 'duration'],
      [materialFieldId(added, withMaterial.material, 'url'), 'materialUrl'],
      ['module-m-c-hours', 'durationTooLong'],
    ]);
    expect(problems[1]?.moduleKey).toBe(added.key);
    expect(problems[4]?.where).toBe('Modul c');
    const twice = validateDraft({
      ...d,
      tracks: d.tracks.map((t) => ({ ...t, title: 'Spor 1' })),
    });
    expect(twice.map((p) => p.problem)).toEqual(['trackTitleTwice']);
  });

  it("maps the server's field paths to the inputs", () => {
    const d = fromVersion(version);
    const [t1, t2] = d.tracks;
    if (!t1 || !t2) throw new Error('tracks');
    expect(fieldIdFor('name', d)).toEqual({ id: VERSION_NAME_ID });
    expect(fieldIdFor('tracks.1.title', d)).toEqual({ id: trackFieldId(t2, 'title') });
    expect(fieldIdFor('tracks.1.modules.0.title', d)).toEqual({ id: 'module-m-c-title', moduleKey: 'm-c' });
    expect(fieldIdFor('tracks.0.modules.1.durationMinutes', d)).toEqual({
      id: 'module-m-b-hours',
      moduleKey: 'm-b',
    });
    expect(fieldIdFor('tracks.1.modules.0.materials.0.url', d).id).toBe('module-m-c-material-m-c-0-url');
    expect(fieldIdFor('tracks.1.modules.0.materials.1.fileId', d).id).toBe('module-m-c-material-m-c-1-file');
    expect(fieldIdFor('tracks.0.modules.0.lineageId', d).id).toBe('module-m-a-edit');
    expect(fieldIdFor('tracks.0.modules.9.title', d).id).toBe(trackFieldId(t1, 'add-module'));
    expect(fieldIdFor('tracks.5.title', d).id).toBe(trackFieldId(t1, 'title'));
  });

  it('adds an uploaded file as a material titled by its name, and lets only its title change', () => {
    const file = { id: 'f-2', fileName: 'Kick-off slides.pptx', contentType: 'x', sizeBytes: 2048 };
    const d = addFileMaterial(fromVersion(version), 'm-a', file);
    const [material] = d.tracks[0]?.modules[0]?.materials ?? [];
    expect(material).toEqual({ key: fileMaterialKey(file), kind: 'file', title: 'Kick-off slides', file });
    const renamed = updateMaterial(d, 'm-a', fileMaterialKey(file), {
      title: ' Slides ',
      url: 'https://x.dk',
    });
    expect(toRequest(renamed).tracks[0]?.modules[0]?.materials).toEqual([{ title: 'Slides', fileId: 'f-2' }]);

    const untitled = updateMaterial(d, 'm-a', fileMaterialKey(file), { title: ' ' });
    expect(validateDraft(untitled).map((p) => [p.id, p.problem])).toEqual([
      [
        materialFieldId({ key: 'm-a' } as ModuleDraft, { key: fileMaterialKey(file) }, 'title'),
        'materialTitle',
      ],
    ]);
    expect(
      toRequest(removeMaterial(d, 'm-a', fileMaterialKey(file))).tracks[0]?.modules[0]?.materials,
    ).toEqual([]);
  });

  it('titles a file by its name without the extension', () => {
    expect(titleOfFile('Læseplan uge 3.pdf')).toBe('Læseplan uge 3');
    expect(titleOfFile('noter.md')).toBe('noter');
    expect(titleOfFile('.pdf')).toBe('.pdf');
    expect(titleOfFile('README')).toBe('README');
  });
});
