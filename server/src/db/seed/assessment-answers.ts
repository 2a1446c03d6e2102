/**
 * Believable answers for the demo assessment: each leader has a latent level (on the 1–5 scale) per
 * dimension, made of the dimension's base, an effect of the leader's area (top unit) that differs a
 * little per dimension, an effect of the level, a small one of the field, and the person's own
 * general and per-dimension noise. Answers are the latent level plus item noise, rounded to 1–5,
 * mirrored for reverse-worded items, with a few "ved ikke". All from one seeded random source.
 */
import { type Answer, INSTRUMENT_V1, type Instrument } from '../../../../core/assessment/instrument.js';
import type { Answers } from '../../../../core/assessment/scoring.js';
import type { Level } from '../../../../core/organisation.js';

/** Where the leader's answers start from (1–5) before area, level, field and person. */
const DIMENSION_BASE: Readonly<Record<string, number>> = {
  automation: 2.7,
  data: 2.9,
  technology: 3.3,
  coherence: 2.8,
  'concrete-status': 3.4,
  differences: 3.3,
  'own-field': 3.0,
  'plain-language': 3.2,
  'shared-language': 2.9,
  collaboration: 2.8,
  'reach-everyone': 3.1,
  'honesty-courage': 3.5,
};

/** How far ahead each area (by the top unit's name) is, on the 1–5 scale. */
const AREA_EFFECT: Readonly<Record<string, number>> = {
  Direktionen: 0.35,
  'IT og Digitalisering': 0.7,
  'Økonomi og Analyse': 0.4,
  'Personale og Organisation': 0.2,
  'Børn og Unge': 0.05,
  'Ældre og Sundhed': -0.3,
  'Social og Handicap': -0.2,
  Beskæftigelse: 0.15,
  'Teknik og Miljø': -0.1,
  'Kultur og Fritid': 0,
};

const LEVEL_EFFECT: Readonly<Record<Level, number>> = {
  direktør: 0.35,
  chef: 0.2,
  leder: 0,
  teamleder: -0.15,
  medarbejder: -0.2,
};

/** "Ved ikke" is likelier where the words are technical. */
const DONT_KNOW: Readonly<Record<string, number>> = { automation: 0.06, data: 0.05 };
const DONT_KNOW_OTHERWISE = 0.02;

/** A copy of the list in a random order drawn from `rand` (Fisher–Yates). */
export function shuffled<T>(list: readonly T[], rand: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A roughly normal number (mean 0, sd about `sd`) from three uniform draws. */
export function noise(rand: () => number, sd: number): number {
  return (rand() + rand() + rand() - 1.5) * 2 * sd;
}

export interface LatentModel {
  /** The leader's latent level per dimension key. */
  latent(person: { area: string; level: Level; field: string | null }): Record<string, number>;
}

/** Area and field effects per dimension are drawn once, so every leader of an area shares them. */
export function latentModel(rand: () => number, instrument: Instrument = INSTRUMENT_V1): LatentModel {
  const keys = instrument.dimensions.map((d) => d.key);
  const areaTilt = new Map<string, Record<string, number>>();
  const fieldTilt = new Map<string, Record<string, number>>();
  const tilt = (cache: Map<string, Record<string, number>>, key: string, sd: number) => {
    let t = cache.get(key);
    if (!t) {
      t = Object.fromEntries(keys.map((k) => [k, noise(rand, sd)]));
      cache.set(key, t);
    }
    return t;
  };
  return {
    latent({ area, level, field }) {
      const a = tilt(areaTilt, area, 0.25);
      const f = tilt(fieldTilt, field ?? '', 0.1);
      const general = noise(rand, 0.35);
      return Object.fromEntries(
        keys.map((k) => [
          k,
          (DIMENSION_BASE[k] ?? 3) +
            (AREA_EFFECT[area] ?? 0) +
            (a[k] ?? 0) +
            LEVEL_EFFECT[level] +
            (f[k] ?? 0) +
            general +
            noise(rand, 0.3),
        ]),
      );
    },
  };
}

/** The latent levels moved by `gain` on average (each dimension a little differently). */
export function moved(
  rand: () => number,
  latent: Readonly<Record<string, number>>,
  gain: number,
): Record<string, number> {
  return Object.fromEntries(Object.entries(latent).map(([k, v]) => [k, v + gain + noise(rand, 0.15)]));
}

/**
 * Answers to every item (`share` < 1: only the first share of the items, as a draft saved midway).
 */
export function answersFor(
  rand: () => number,
  latent: Readonly<Record<string, number>>,
  share = 1,
  instrument: Instrument = INSTRUMENT_V1,
): Answers {
  const items = instrument.dimensions.flatMap((d) => d.items.map((item) => ({ d: d.key, item })));
  const out: Record<string, Answer> = {};
  for (const { d, item } of items.slice(0, Math.ceil(items.length * share))) {
    if (rand() < (DONT_KNOW[d] ?? DONT_KNOW_OTHERWISE)) {
      out[item.key] = 'dont_know';
      continue;
    }
    const value = Math.min(5, Math.max(1, Math.round((latent[d] ?? 3) + noise(rand, 0.6)))) as
      | 1
      | 2
      | 3
      | 4
      | 5;
    out[item.key] = item.reverse ? ((6 - value) as 1 | 2 | 3 | 4 | 5) : value;
  }
  return out;
}
