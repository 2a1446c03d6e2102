/**
 * The digital mindset assessment: a self-assessment for leaders, written for this project in plain
 * Danish (with English). Twelve dimensions: the programme's four focus areas and its eight pieces of
 * advice. Each dimension has a few short statements answered on a 1–5 agreement scale (or "ved
 * ikke"); some statements are worded the other way round (`reverse`) so that agreeing with them
 * counts low. Scores run 0–100 per dimension and fall in one of four bands (scoring.ts).
 *
 * Informed by public frameworks — DigComp 2.2's competence areas, the EU Digital Maturity
 * Assessment's dimensions and 0–100 scale, published digital-mindset and digital-leadership scales —
 * but none of their items is copied. Item and dimension keys are stable: answers are stored by key,
 * so a later version may reword an item only when its meaning stays the same, and must give a new
 * key when it does not.
 */
import { z } from 'zod';
import { ADVICE_DIMENSIONS_1_4 } from './dimensions-advice-1-4.js';
import { ADVICE_DIMENSIONS_5_8 } from './dimensions-advice-5-8.js';
import { FOCUS_AREA_DIMENSIONS } from './dimensions-focus.js';

/** Danish first, English beside it: every text the leader reads. */
export const LocalizedTextSchema = z.strictObject({
  da: z.string().trim().min(1).max(400),
  en: z.string().trim().min(1).max(400),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Keys: lower case words joined by `-`, optionally `<dimension>.<item>`. */
export const AssessmentKeySchema = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)?$/);

export const ItemSchema = z.strictObject({
  key: AssessmentKeySchema,
  text: LocalizedTextSchema,
  /** Worded the other way round: agreeing counts low (1 ↔ 5, 2 ↔ 4). */
  reverse: z.boolean(),
});
export type Item = z.infer<typeof ItemSchema>;

export const DimensionSchema = z.strictObject({
  key: AssessmentKeySchema,
  /** `focus_area`: one of the four focus areas; `advice`: one of the eight pieces of advice. */
  kind: z.enum(['focus_area', 'advice']),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  items: z.array(ItemSchema).min(2).max(12),
  /** Questions a leader can turn into an action project when this dimension is low. */
  reflections: z.array(LocalizedTextSchema).min(2).max(3),
});
export type Dimension = z.infer<typeof DimensionSchema>;

/**
 * An instrument definition: the built-in version, or a version an organisation extended with its
 * own items. Keys must be unique across dimensions and items.
 */
export const InstrumentSchema = z
  .strictObject({
    version: z.number().int().min(1),
    dimensions: z.array(DimensionSchema).min(1).max(30),
  })
  .superRefine((instrument, ctx) => {
    const seen = new Set<string>();
    const unique = (key: string, path: (string | number)[]): void => {
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `duplicate key ${key}`, path });
      seen.add(key);
    };
    instrument.dimensions.forEach((d, i) => {
      unique(d.key, ['dimensions', i, 'key']);
      d.items.forEach((item, j) => {
        unique(item.key, ['dimensions', i, 'items', j, 'key']);
      });
    });
  });
export type Instrument = z.infer<typeof InstrumentSchema>;

/** The agreement scale, and "ved ikke" beside it (stored as `dont_know`, never scored). */
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];
export const AnswerSchema = z.union([z.literal(SCALE_VALUES), z.literal('dont_know')]);
export type Answer = z.infer<typeof AnswerSchema>;

export const SCALE_LABELS: Readonly<Record<Answer, LocalizedText>> = {
  1: { da: 'Helt uenig', en: 'Strongly disagree' },
  2: { da: 'Delvis uenig', en: 'Somewhat disagree' },
  3: { da: 'Hverken enig eller uenig', en: 'Neither agree nor disagree' },
  4: { da: 'Delvis enig', en: 'Somewhat agree' },
  5: { da: 'Helt enig', en: 'Strongly agree' },
  dont_know: { da: 'Ved ikke', en: "Don't know" },
};

/** Four named bands over 0–100: a score belongs to the band whose `from` it reaches last. */
export interface Band {
  key: 'starting' | 'exploring' | 'under-way' | 'leading';
  /** Lowest score in the band (inclusive); the band ends where the next begins, the last at 100. */
  from: number;
  name: LocalizedText;
  description: LocalizedText;
}

export const BANDS: readonly Band[] = [
  {
    key: 'starting',
    from: 0,
    name: { da: 'Begyndende', en: 'Starting' },
    description: {
      da: 'Der er endnu få tegn på det i hverdagen – her er meget at hente.',
      en: 'There are few signs of it in everyday work yet – there is much to gain here.',
    },
  },
  {
    key: 'exploring',
    from: 40,
    name: { da: 'Undersøgende', en: 'Exploring' },
    description: {
      da: 'Der er interesse og de første skridt, men det er endnu ikke en fast del af hverdagen.',
      en: 'There is interest and first steps, but it is not yet a regular part of everyday work.',
    },
  },
  {
    key: 'under-way',
    from: 60,
    name: { da: 'I gang', en: 'Under way' },
    description: {
      da: 'Det sker jævnligt i praksis, men ikke overalt og ikke hver gang.',
      en: 'It happens regularly in practice, but not everywhere and not every time.',
    },
  },
  {
    key: 'leading',
    from: 80,
    name: { da: 'Drivende', en: 'Leading' },
    description: {
      da: 'Det er en naturlig del af hverdagen, og andre kan lære af det.',
      en: 'It is a natural part of everyday work, and others can learn from it.',
    },
  },
];

/** Version 1: the four focus areas first, then the eight pieces of advice. */
export const INSTRUMENT_V1: Instrument = {
  version: 1,
  dimensions: [...FOCUS_AREA_DIMENSIONS, ...ADVICE_DIMENSIONS_1_4, ...ADVICE_DIMENSIONS_5_8],
};

/**
 * An organisation's own items added to dimensions of a version (each item is validated, and keys
 * stay unique). Throws a ZodError naming the problem otherwise.
 */
export const OrganisationItemsSchema = z.array(
  z.strictObject({ dimension: AssessmentKeySchema, item: ItemSchema }),
);
export type OrganisationItems = z.infer<typeof OrganisationItemsSchema>;

export function withOrganisationItems(base: Instrument, added: OrganisationItems): Instrument {
  const extra = OrganisationItemsSchema.parse(added);
  const known = new Set(base.dimensions.map((d) => d.key));
  extra.forEach(({ dimension }, i) => {
    if (!known.has(dimension)) {
      throw new z.ZodError([
        {
          code: 'custom',
          message: `unknown dimension ${dimension}`,
          path: [i, 'dimension'],
          input: dimension,
        },
      ]);
    }
  });
  return InstrumentSchema.parse({
    version: base.version,
    dimensions: base.dimensions.map((d) => ({
      ...d,
      items: [...d.items, ...extra.filter((e) => e.dimension === d.key).map((e) => e.item)],
    })),
  });
}
