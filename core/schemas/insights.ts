import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.js';

/** Bounds of an insight: one place for the server's checks and the web's form. */
export const InsightLimits = {
  statementMax: 1000,
  tagsMax: 10,
  tagMax: 40,
  focusAreasMax: 10,
  queryMax: 200,
  pageMax: 100,
  pageDefault: 20,
} as const;

/**
 * Who sees an insight: private (the author only, not even administrators), set (the author's
 * learning set, its facilitator and the cohort's facilitators), cohort (the cohort's current
 * participants and facilitators, and administrators), organisation (every member).
 */
export const INSIGHT_VISIBILITIES = ['private', 'set', 'cohort', 'organisation'] as const;
export const InsightVisibilitySchema = z.enum(INSIGHT_VISIBILITIES);
export type InsightVisibility = z.infer<typeof InsightVisibilitySchema>;

/** What an insight can be made from: the author's own journal entry or project, or a set meeting. */
export const INSIGHT_SOURCE_TYPES = ['journal_entry', 'project', 'meeting'] as const;
export const InsightSourceTypeSchema = z.enum(INSIGHT_SOURCE_TYPES);
export type InsightSourceType = z.infer<typeof InsightSourceTypeSchema>;

export const StatementSchema = z.string().trim().min(1).max(InsightLimits.statementMax);
export const TagSchema = z
  .string()
  .trim()
  .min(1)
  .max(InsightLimits.tagMax)
  .transform((t) => t.replace(/\s+/g, ' '));
export const TagsSchema = z.array(TagSchema).max(InsightLimits.tagsMax, { message: 'tags_max' });
const FocusAreaIdsSchema = z.array(IdSchema).max(InsightLimits.focusAreasMax);

export const CreateInsightSchema = z
  .strictObject({
    statement: StatementSchema,
    tags: TagsSchema.default([]),
    focusAreaIds: FocusAreaIdsSchema.default([]),
    fieldId: IdSchema.nullable().default(null),
    visibility: InsightVisibilitySchema,
    /** Required for set and cohort; with a source, the source's cohort is used. */
    cohortId: IdSchema.nullable().default(null),
    sourceType: InsightSourceTypeSchema.nullable().default(null),
    sourceId: IdSchema.nullable().default(null),
  })
  .refine((b) => (b.sourceType === null) === (b.sourceId === null), {
    path: ['sourceId'],
    message: 'source_pair',
  });
export type CreateInsightReq = z.infer<typeof CreateInsightSchema>;

/** An edit names the version it started from; a stale one is refused (409 `stale`). */
export const UpdateInsightSchema = z.strictObject({
  version: z.number().int().min(1),
  statement: StatementSchema.optional(),
  tags: TagsSchema.optional(),
  focusAreaIds: FocusAreaIdsSchema.optional(),
  fieldId: IdSchema.nullable().optional(),
  visibility: InsightVisibilitySchema.optional(),
});
export type UpdateInsightReq = z.infer<typeof UpdateInsightSchema>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const InsightQuerySchema = z.strictObject({
  /** Words to search for, in Danish; all must be found (in any inflected form). */
  q: z.string().max(InsightLimits.queryMax).optional(),
  focusAreaId: IdSchema.optional(),
  fieldId: IdSchema.optional(),
  cohortId: IdSchema.optional(),
  mine: flag.optional(),
  limit: z.coerce.number().int().min(1).max(InsightLimits.pageMax).default(InsightLimits.pageDefault),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type InsightQuery = z.infer<typeof InsightQuerySchema>;

const NamedSchema = z.object({ id: IdSchema, name: z.string() });

export const InsightSchema = z.object({
  id: IdSchema,
  statement: z.string(),
  tags: z.array(z.string()),
  focusAreas: z.array(NamedSchema.extend({ colour: z.string() })),
  field: NamedSchema.nullable(),
  cohort: NamedSchema.nullable(),
  visibility: InsightVisibilitySchema,
  /**
   * The author's name. Shown to everyone who may see the insight: a shared insight is signed, so
   * colleagues know whom to ask; a private one is seen by its author only.
   */
  author: z.object({ name: z.string() }),
  mine: z.boolean(),
  sourceType: InsightSourceTypeSchema.nullable(),
  /** The source itself may be private: its id goes to the author only. */
  sourceId: IdSchema.nullable(),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type InsightRes = z.infer<typeof InsightSchema>;

export const InsightListSchema = z.object({
  items: z.array(InsightSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type InsightListRes = z.infer<typeof InsightListSchema>;

export const InsightVersionSchema = z.object({
  version: z.number().int(),
  statement: z.string(),
  tags: z.array(z.string()),
  focusAreas: z.array(NamedSchema),
  field: NamedSchema.nullable(),
  visibility: InsightVisibilitySchema,
  editedBy: z.string().nullable(),
  createdAt: TimestampSchema,
});
export type InsightVersionRes = z.infer<typeof InsightVersionSchema>;
export const InsightVersionListSchema = z.object({ items: z.array(InsightVersionSchema) });
export type InsightVersionListRes = z.infer<typeof InsightVersionListSchema>;

/** What the library's filters and the insight form choose from. */
export const InsightOptionsSchema = z.object({
  focusAreas: z.array(NamedSchema.extend({ colour: z.string() })),
  fields: z.array(NamedSchema),
  /** Cohorts of the insights the viewer may see, and their own: the cohort filter. */
  cohorts: z.array(NamedSchema),
  /** Cohorts the viewer takes part in or facilitates, which an insight can be shared with. */
  myCohorts: z.array(NamedSchema.extend({ inSet: z.boolean() })),
});
export type InsightOptionsRes = z.infer<typeof InsightOptionsSchema>;

export const InsightSourceQuerySchema = z.strictObject({
  type: InsightSourceTypeSchema,
  id: IdSchema,
});
export type InsightSourceQuery = z.infer<typeof InsightSourceQuerySchema>;

/** A source as the form shows it, for its author (or, for a meeting, a member of the set). */
export const InsightSourceSchema = z.object({
  sourceType: InsightSourceTypeSchema,
  sourceId: IdSchema,
  cohort: NamedSchema,
  /** A project's title, a meeting's set; null for a journal entry (the form names its phase). */
  title: z.string().nullable(),
  /** A journal entry's phase (plan | act | observe | reflect); null otherwise. */
  phase: z.string().nullable(),
  /** When the entry was written or the meeting held; null for a project. */
  date: TimestampSchema.nullable(),
  /** The start of the entry, the project's challenge, the meeting's next steps. */
  excerpt: z.string(),
  /** A meeting's set; for a journal entry or project, the author's set in the cohort, if any. */
  inSet: z.boolean(),
});
export type InsightSourceRes = z.infer<typeof InsightSourceSchema>;
