/**
 * API of the employee voice (issue 10). Employees post anonymously (a kind, a technology, an area
 * and an optional short text); leaders see counts per closed month released through the core
 * anonymity rules (core/voice/release.ts), moderated texts only in large cells, and publish
 * answers ("I sagde — vi gør") that everyone sees.
 */
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.js';

export const VOICE_KINDS = ['cant_figure_out', 'reservation', 'idea'] as const;
export const VoiceKindSchema = z.enum(VOICE_KINDS);
export type VoiceKind = z.infer<typeof VoiceKindSchema>;

export const REJECT_REASONS = ['personal_data', 'named_colleague', 'offensive', 'other'] as const;
export const RejectReasonSchema = z.enum(REJECT_REASONS);
export type RejectReason = z.infer<typeof RejectReasonSchema>;

export const VoiceLimits = {
  textMax: 600,
  technologyNameMax: 80,
  technologiesMax: 200,
  /** Posts a person may make per ISO week (the HMAC counter). */
  weeklyCap: 3,
  /** A released month cell needs this many posts before its approved texts are shown. */
  textCellMin: 10,
  retentionDefaultMonths: 24,
  retentionMinMonths: 6,
  retentionMaxMonths: 60,
  answerTextMax: 1000,
  responsibleMax: 200,
  topicNoteMax: 300,
  redactionsMax: 20,
} as const;

/** Technology keys in releases: a technology id, `other` (the poster named their own) or `none`. */
export const OTHER_TECHNOLOGY = 'other';
export const NO_TECHNOLOGY = 'none';
/** Area key in releases when the poster chose not to say. */
export const NO_AREA = 'none';

const Text = (max: number) => z.string().trim().min(1).max(max);
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month');

// ---- posting --------------------------------------------------------------------------------

/**
 * A post. technologyId null with technologyOther: "other, called …"; both null: not about one
 * technology. areaId null: the poster would rather not say. text null: no text.
 */
export const VoicePostBodySchema = z.strictObject({
  kind: VoiceKindSchema,
  technologyId: IdSchema.nullable(),
  technologyOther: Text(VoiceLimits.technologyNameMax).nullable(),
  areaId: IdSchema.nullable(),
  text: Text(VoiceLimits.textMax).nullable(),
});
export type VoicePostBody = z.infer<typeof VoicePostBodySchema>;

/** Exactly what was stored (the receipt the poster sees), and what is left of the week's cap. */
export const VoicePostReceiptSchema = z.object({
  stored: z.object({
    kind: VoiceKindSchema,
    technology: z.string().nullable(),
    technologyOther: z.string().nullable(),
    area: z.string().nullable(),
    /** YYYY-MM-DD: the day, no time. */
    day: z.string(),
    text: z.string().nullable(),
  }),
  remainingThisWeek: z.number().int(),
});
export type VoicePostReceipt = z.infer<typeof VoicePostReceiptSchema>;

const Named = z.object({ id: IdSchema, name: z.string() });

// ---- answers ("I sagde — vi gør") -----------------------------------------------------------

export const VoiceAnswerBodySchema = z.strictObject({
  heard: Text(VoiceLimits.answerTextMax),
  action: Text(VoiceLimits.answerTextMax),
  responsible: Text(VoiceLimits.responsibleMax),
  technologyId: IdSchema.nullable(),
  areaId: IdSchema.nullable(),
});
export type VoiceAnswerBody = z.infer<typeof VoiceAnswerBodySchema>;

export const VoiceAnswerSchema = z.object({
  id: IdSchema,
  heard: z.string(),
  action: z.string(),
  responsible: z.string(),
  technology: Named.nullable(),
  area: Named.nullable(),
  publishedAt: TimestampSchema,
  /** The reader may change or withdraw it (its author, or an administrator). */
  canEdit: z.boolean(),
});
export type VoiceAnswer = z.infer<typeof VoiceAnswerSchema>;

// ---- the poster's page ----------------------------------------------------------------------

export const VoicePageSchema = z.object({
  technologies: z.array(Named),
  /** The areas a poster may choose: units just below the top of the organisation. */
  areas: z.array(Named),
  remainingThisWeek: z.number().int(),
  weeklyCap: z.number().int(),
  k: z.number().int(),
  textCellMin: z.number().int(),
  retentionMonths: z.number().int(),
  /** Newest first. */
  answers: z.array(VoiceAnswerSchema),
});
export type VoicePage = z.infer<typeof VoicePageSchema>;

// ---- releases -------------------------------------------------------------------------------

export const VOICE_BREAKDOWNS = [
  'total',
  'kind',
  'technology',
  'area',
  'kindTechnology',
  'kindArea',
] as const;
export const VoiceBreakdownSchema = z.enum(VOICE_BREAKDOWNS);
export type VoiceBreakdown = z.infer<typeof VoiceBreakdownSchema>;

export const VoiceCellSchema = z.object({
  breakdown: VoiceBreakdownSchema,
  kind: VoiceKindSchema.nullable(),
  /** Technology id, `other` or `none`; null when the breakdown has no technology. */
  technology: z.string().nullable(),
  /** Unit id or `none`; null when the breakdown has no area. */
  area: z.string().nullable(),
  /** null: withheld. */
  count: z.number().int().nullable(),
  reason: z.enum(['too_few', 'would_reveal']).nullable(),
});
export type VoiceCell = z.infer<typeof VoiceCellSchema>;

/** One closed month, released once and kept. Holds no post ids. */
export const VoiceMonthReleaseSchema = z.object({
  month: z.string(),
  k: z.number().int(),
  cells: z.array(VoiceCellSchema),
});
export type VoiceMonthRelease = z.infer<typeof VoiceMonthReleaseSchema>;

/** Over the chosen months: each cell's released counts summed; `complete` false when a month withheld it. */
export const VoiceSummaryCellSchema = VoiceCellSchema.omit({ count: true, reason: true }).extend({
  count: z.number().int(),
  complete: z.boolean(),
});
export type VoiceSummaryCell = z.infer<typeof VoiceSummaryCellSchema>;

export const VoiceOverviewQuerySchema = z.strictObject({
  from: Month.optional(),
  to: Month.optional(),
});
export type VoiceOverviewQuery = z.infer<typeof VoiceOverviewQuerySchema>;

export const VoiceTextSchema = z.object({
  /** A random id for this listing (not the post's id). */
  id: z.string(),
  kind: VoiceKindSchema,
  technology: z.string(),
  month: z.string(),
  text: z.string(),
});
export type VoiceText = z.infer<typeof VoiceTextSchema>;

export const VoiceTopicTargetSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('activity'), id: IdSchema }),
  z.strictObject({ type: z.literal('action_project'), id: IdSchema }),
]);
export const VoiceTopicBodySchema = z.strictObject({
  kind: VoiceKindSchema.nullable(),
  /** A technology id, `other` or `none`; null: any technology. */
  technology: z.string().max(64).nullable(),
  /** A unit id or `none`; null: all areas. */
  area: z.string().max(64).nullable(),
  target: VoiceTopicTargetSchema,
  note: Text(VoiceLimits.topicNoteMax).nullable(),
});
export type VoiceTopicBody = z.infer<typeof VoiceTopicBodySchema>;

export const VoiceTopicSchema = z.object({
  id: IdSchema,
  kind: VoiceKindSchema.nullable(),
  technology: z.string().nullable(),
  area: z.string().nullable(),
  target: z.object({ type: z.enum(['activity', 'action_project']), id: IdSchema, title: z.string() }),
  note: z.string().nullable(),
  createdAt: TimestampSchema,
  canDelete: z.boolean(),
});
export type VoiceTopic = z.infer<typeof VoiceTopicSchema>;

export const VoiceOverviewSchema = z.object({
  k: z.number().int(),
  textCellMin: z.number().int(),
  from: z.string(),
  to: z.string(),
  /** The month being collected now: shown from the first day of the next month. */
  openMonth: z.string(),
  /** Closed months in the range, oldest first. */
  months: z.array(VoiceMonthReleaseSchema),
  summary: z.array(VoiceSummaryCellSchema),
  /** Names for the keys in the cells. */
  technologies: z.array(Named.extend({ archived: z.boolean() })),
  areas: z.array(Named),
  /** Approved texts from cells of at least textCellMin posts, in random order. */
  texts: z.array(VoiceTextSchema),
  answers: z.array(VoiceAnswerSchema),
  topics: z.array(VoiceTopicSchema),
});
export type VoiceOverview = z.infer<typeof VoiceOverviewSchema>;

// ---- moderation -----------------------------------------------------------------------------

/** A text waiting for release: no area, no date, in random order. */
export const PendingTextSchema = z.object({
  id: IdSchema,
  kind: VoiceKindSchema,
  /** The technology's name, or the poster's own name for "other"; null: none. */
  technology: z.string().nullable(),
  text: z.string(),
});
export const ModerationQueueSchema = z.object({ pending: z.array(PendingTextSchema) });
export type ModerationQueue = z.infer<typeof ModerationQueueSchema>;

/** Parts of the text to replace with "[…]", as UTF-16 offsets [start, end) into the text. */
export const ApproveTextBodySchema = z.strictObject({
  redactions: z
    .array(z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) }))
    .max(VoiceLimits.redactionsMax),
});
export type ApproveTextBody = z.infer<typeof ApproveTextBodySchema>;
export const RejectTextBodySchema = z.strictObject({ reason: RejectReasonSchema });
export const ModeratedTextSchema = z.object({
  id: IdSchema,
  status: z.enum(['approved', 'rejected']),
  textReleased: z.string().nullable(),
});

// ---- administration -------------------------------------------------------------------------

export const VoiceTechnologyBodySchema = z.strictObject({
  name: Text(VoiceLimits.technologyNameMax),
  archived: z.boolean().optional(),
});
export const VoiceTechnologySchema = z.object({
  id: IdSchema,
  name: z.string(),
  archived: z.boolean(),
});
export const VoiceTechnologiesSchema = z.object({ technologies: z.array(VoiceTechnologySchema) });
export type VoiceTechnology = z.infer<typeof VoiceTechnologySchema>;

export const VoiceSettingsSchema = z.strictObject({
  retentionMonths: z.number().int().min(VoiceLimits.retentionMinMonths).max(VoiceLimits.retentionMaxMonths),
});
export type VoiceSettings = z.infer<typeof VoiceSettingsSchema>;

export { Month as VoiceMonthSchema };
