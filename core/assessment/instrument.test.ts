import { describe, expect, it } from 'vitest';
import { DEFAULT_FOCUS_AREAS } from '../programme-template.js';
import {
  AnswerSchema,
  BANDS,
  INSTRUMENT_V1,
  InstrumentSchema,
  type Item,
  SCALE_LABELS,
  withOrganisationItems,
} from './instrument.js';

const texts = (t: { da: string; en: string }) => [t.da, t.en];

describe('instrument version 1', () => {
  it('is a valid instrument definition', () => {
    expect(InstrumentSchema.safeParse(INSTRUMENT_V1).success).toBe(true);
  });

  it('has the four focus areas, with their keys, and the eight pieces of advice', () => {
    const dimensions = INSTRUMENT_V1.dimensions;
    expect(dimensions).toHaveLength(12);
    expect(dimensions.slice(0, 4).map((d) => d.key)).toEqual(DEFAULT_FOCUS_AREAS.map((f) => f.key));
    expect(dimensions.slice(0, 4).every((d) => d.kind === 'focus_area')).toBe(true);
    expect(dimensions.slice(4).every((d) => d.kind === 'advice')).toBe(true);
    expect(dimensions.slice(4).map((d) => d.key)).toEqual([
      'concrete-status',
      'differences',
      'own-field',
      'plain-language',
      'shared-language',
      'collaboration',
      'reach-everyone',
      'honesty-courage',
    ]);
  });

  it('has about four short items per dimension, some reverse-worded, keyed by their dimension', () => {
    for (const d of INSTRUMENT_V1.dimensions) {
      expect(d.items.length).toBeGreaterThanOrEqual(3);
      expect(d.items.length).toBeLessThanOrEqual(5);
      expect(d.items.some((i) => i.reverse)).toBe(true);
      expect(d.items.some((i) => !i.reverse)).toBe(true);
      for (const i of d.items) {
        expect(i.key.startsWith(`${d.key}.`)).toBe(true);
        expect(i.text.da.length).toBeLessThanOrEqual(140);
        expect(i.text.da).not.toBe(i.text.en);
      }
      expect(d.reflections.length).toBeGreaterThanOrEqual(2);
      expect(d.reflections.length).toBeLessThanOrEqual(3);
    }
  });

  it('has every text in Danish and English', () => {
    const all = INSTRUMENT_V1.dimensions.flatMap((d) => [
      ...texts(d.name),
      ...texts(d.description),
      ...d.items.flatMap((i) => texts(i.text)),
      ...d.reflections.flatMap(texts),
    ]);
    expect(all.every((t) => t.trim().length > 0)).toBe(true);
  });
});

describe('scale and bands', () => {
  it('labels 1–5 and "ved ikke" in both languages, and accepts nothing else', () => {
    expect(Object.keys(SCALE_LABELS).sort()).toEqual(['1', '2', '3', '4', '5', 'dont_know']);
    expect(SCALE_LABELS.dont_know).toEqual({ da: 'Ved ikke', en: "Don't know" });
    for (const a of [1, 2, 3, 4, 5, 'dont_know']) expect(AnswerSchema.safeParse(a).success).toBe(true);
    for (const a of [0, 6, 2.5, '3', null, 'ved ikke']) expect(AnswerSchema.safeParse(a).success).toBe(false);
  });

  it('has four named bands rising from 0', () => {
    expect(BANDS.map((b) => b.from)).toEqual([0, 40, 60, 80]);
    for (const b of BANDS)
      expect([...texts(b.name), ...texts(b.description)].every((t) => t.length > 0)).toBe(true);
  });
});

describe('withOrganisationItems', () => {
  const own: Item = {
    key: 'data.our-dashboard',
    reverse: false,
    text: {
      da: 'Jeg bruger vores ledelsesinformation hver måned.',
      en: 'I use our management information every month.',
    },
  };

  it('adds an organisation’s own item to a dimension', () => {
    const extended = withOrganisationItems(INSTRUMENT_V1, [{ dimension: 'data', item: own }]);
    expect(extended.dimensions.find((d) => d.key === 'data')?.items.at(-1)).toEqual(own);
    expect(INSTRUMENT_V1.dimensions.find((d) => d.key === 'data')?.items).toHaveLength(4);
  });

  it('refuses a key already in use, an unknown dimension and an item without text', () => {
    const taken = { ...own, key: 'data.decisions' };
    expect(() => withOrganisationItems(INSTRUMENT_V1, [{ dimension: 'data', item: taken }])).toThrow(
      /duplicate key/,
    );
    expect(() => withOrganisationItems(INSTRUMENT_V1, [{ dimension: 'nope', item: own }])).toThrow(
      /unknown dimension/,
    );
    const blank = { ...own, text: { da: ' ', en: 'x' } };
    expect(() => withOrganisationItems(INSTRUMENT_V1, [{ dimension: 'data', item: blank }])).toThrow();
    expect(() =>
      withOrganisationItems(INSTRUMENT_V1, [{ dimension: 'data', item: { ...own, key: 'Bad Key' } }]),
    ).toThrow();
  });
});
