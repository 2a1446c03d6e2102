/**
 * API of the organisation's versions of the assessment instrument (issue 8): the built-in
 * instrument to read, and versions that add the organisation's own statements. A version is a
 * draft until it is published, then read-only; rounds opened afterwards use the newest published
 * version (running rounds keep the copy they were opened with).
 */
import { z } from 'zod';
import { AssessmentKeySchema, LocalizedTextSchema } from '../assessment/instrument.js';
import { IdSchema, TimestampSchema } from './common.js';

export const InstrumentLimits = {
  /** Own statements per dimension (a dimension has about four built-in ones). */
  ownItemsPerDimension: 4,
  /** Own statements in one version in all. */
  ownItemsTotal: 20,
  /** Characters of a statement, in each language (as LocalizedTextSchema). */
  textMax: 400,
} as const;

export const INSTRUMENT_STATUSES = ['draft', 'published'] as const;
export const InstrumentStatusSchema = z.enum(INSTRUMENT_STATUSES);
export type InstrumentStatus = z.infer<typeof InstrumentStatusSchema>;

// ── Requests ──────────────────────────────────────────────────────────────────────────────────

/**
 * One own statement as the editor sends it. `key` may be left out: the server makes one from the
 * Danish text. An edited statement keeps its key, so answers stay comparable across versions.
 */
export const OwnItemInputSchema = z.strictObject({
  dimension: AssessmentKeySchema,
  item: z.strictObject({
    key: AssessmentKeySchema.optional(),
    text: LocalizedTextSchema,
    reverse: z.boolean(),
  }),
});
export type OwnItemInput = z.infer<typeof OwnItemInputSchema>;

/**
 * The draft's own statements, whole (they replace what the draft held). At most four per dimension
 * and twenty in all; keys given must be unique. Unknown dimensions and keys of the built-in
 * instrument are refused by the server, naming the field.
 */
export const SaveOwnItemsSchema = z
  .strictObject({
    items: z
      .array(OwnItemInputSchema)
      .max(InstrumentLimits.ownItemsTotal, { message: 'instrument_too_many' }),
  })
  .superRefine(({ items }, ctx) => {
    const perDimension = new Map<string, number>();
    const keys = new Set<string>();
    items.forEach((entry, i) => {
      const count = (perDimension.get(entry.dimension) ?? 0) + 1;
      perDimension.set(entry.dimension, count);
      if (count > InstrumentLimits.ownItemsPerDimension) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'dimension'],
          message: 'instrument_dimension_full',
        });
      }
      const key = entry.item.key;
      if (key === undefined) return;
      if (keys.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'item', 'key'], message: 'instrument_key_taken' });
      }
      keys.add(key);
    });
  });
export type SaveOwnItemsReq = z.infer<typeof SaveOwnItemsSchema>;

// ── Responses ─────────────────────────────────────────────────────────────────────────────────

/** `built_in`: part of the instrument as written for Aktion; `organisation`: the organisation's own. */
export const ITEM_SOURCES = ['built_in', 'organisation'] as const;

export const InstrumentItemSchema = z.object({
  key: z.string(),
  text: LocalizedTextSchema,
  /** Worded the other way round: agreeing counts low. */
  reverse: z.boolean(),
  source: z.enum(ITEM_SOURCES),
});
export type InstrumentItemRes = z.infer<typeof InstrumentItemSchema>;

export const InstrumentDimensionSchema = z.object({
  key: z.string(),
  kind: z.enum(['focus_area', 'advice']),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  reflections: z.array(LocalizedTextSchema),
  items: z.array(InstrumentItemSchema),
});
export type InstrumentDimensionRes = z.infer<typeof InstrumentDimensionSchema>;

/** A band of the 0–100 score: from `from` up to (not including) `to`; the last one includes 100. */
export const InstrumentBandSchema = z.object({
  key: z.enum(['starting', 'exploring', 'under-way', 'leading']),
  from: z.number(),
  to: z.number(),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
});
export type InstrumentBandRes = z.infer<typeof InstrumentBandSchema>;

export const InstrumentVersionSummarySchema = z.object({
  id: IdSchema,
  /** The organisation's own numbering: 1, 2, 3 … */
  version: z.number().int(),
  status: InstrumentStatusSchema,
  /** The built-in instrument's version it extends. */
  baseVersion: z.number().int(),
  ownItemCount: z.number().int(),
  publishedAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Whether rounds opened from now on use this version (the newest published one). */
  usedByNewRounds: z.boolean(),
});
export type InstrumentVersionSummary = z.infer<typeof InstrumentVersionSummarySchema>;

/** GET /api/assessment/instrument: what the instrument is, and the organisation's versions. */
export const InstrumentOverviewSchema = z.object({
  builtIn: z.object({ version: z.number().int(), dimensions: z.array(InstrumentDimensionSchema) }),
  bands: z.array(InstrumentBandSchema),
  /** Newest first. */
  versions: z.array(InstrumentVersionSummarySchema),
  /** The version new rounds use; null: the built-in instrument as it is. */
  newRoundsUse: z.object({ id: IdSchema, version: z.number().int() }).nullable(),
  /** Whether the caller may make, change, publish and delete versions (administrators). */
  canManage: z.boolean(),
});
export type InstrumentOverview = z.infer<typeof InstrumentOverviewSchema>;

/** One version whole: the built-in statements and the organisation's own, per dimension. */
export const InstrumentVersionSchema = InstrumentVersionSummarySchema.extend({
  dimensions: z.array(InstrumentDimensionSchema),
});
export type InstrumentVersionRes = z.infer<typeof InstrumentVersionSchema>;
