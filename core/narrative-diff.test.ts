import { describe, expect, it } from 'vitest';
import { diffNarratives } from './narrative-diff.js';
import type { NarrativeDocument, NarrativePart } from './schemas/narrative.js';

const AREA_1 = '00000000-0000-4000-8000-000000000001';
const AREA_2 = '00000000-0000-4000-8000-000000000002';

const part = (key: string, over: Partial<NarrativePart> = {}): NarrativePart => ({
  key,
  headline: `Overskrift ${key}`,
  body: `Tekst ${key}.`,
  forLeaders: '',
  principles: [],
  focusAreaIds: [],
  ...over,
});
const v = (version: number, parts: NarrativePart[], title = 'Vores digitale fortælling') => ({
  id: `id${version}`,
  version,
  document: { title, parts } satisfies NarrativeDocument,
});

describe('diffNarratives', () => {
  const why = part('why', {
    principles: ['Borgeren først', 'Enkelt før smart'],
    focusAreaIds: [AREA_1, AREA_2],
  });
  const how = part('how');
  const who = part('who');
  const base = [why, how, who];

  it('finds nothing between equal versions', () => {
    expect(diffNarratives(v(1, base), v(2, structuredClone(base)))).toEqual({
      from: { id: 'id1', version: 1 },
      to: { id: 'id2', version: 2 },
      added: [],
      removed: [],
      changed: [],
      moved: false,
      titleChanged: false,
    });
  });

  it('lists added and removed parts by headline, and does not call that a move', () => {
    const diff = diffNarratives(v(1, base), v(2, [part('new'), why, who]));
    expect(diff.added).toEqual(['Overskrift new']);
    expect(diff.removed).toEqual(['Overskrift how']);
    expect(diff.changed).toEqual([]);
    expect(diff.moved).toBe(false);
  });

  it('names the fields that changed, with the new headline', () => {
    const after = [
      { ...why, headline: 'Hvorfor vi gør det', principles: ['Borgeren først'] },
      { ...how, body: 'Ny tekst.', forLeaders: 'Tal med dit team.' },
      { ...who, focusAreaIds: [AREA_1] },
    ];
    expect(diffNarratives(v(1, base), v(2, after)).changed).toEqual([
      { headline: 'Hvorfor vi gør det', fields: ['headline', 'principles'] },
      { headline: 'Overskrift how', fields: ['body', 'forLeaders'] },
      { headline: 'Overskrift who', fields: ['focusAreaIds'] },
    ]);
  });

  it('counts reordered principles as a change, reordered focus areas not', () => {
    const after = [
      { ...why, principles: ['Enkelt før smart', 'Borgeren først'], focusAreaIds: [AREA_2, AREA_1] },
      how,
      who,
    ];
    expect(diffNarratives(v(1, base), v(2, after)).changed).toEqual([
      { headline: 'Overskrift why', fields: ['principles'] },
    ]);
  });

  it('sees when the common parts come in another order', () => {
    expect(diffNarratives(v(1, base), v(2, [who, why, how])).moved).toBe(true);
    expect(diffNarratives(v(1, base), v(2, [how, part('x'), who])).moved).toBe(false);
  });

  it('sees a new title', () => {
    expect(diffNarratives(v(1, base), v(2, base, 'Ny titel')).titleChanged).toBe(true);
  });
});
