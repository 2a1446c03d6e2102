/**
 * API of the base narrative (issue 9): the organisation's digital narrative in short parts, each
 * with a headline, a few plain sentences, what it means for a leader, decision principles and the
 * focus areas it belongs to. Versioned like the matrix; leaders ask questions on a part, the
 * administrator answers, and answered questions are shown to everybody without the asker's name.
 */
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.js';
import {
  MatrixKeySchema,
  type PublishVersionReq,
  PublishVersionSchema,
  RevisionSchema,
  VersionSummarySchema,
} from './responsibilities.js';

export const NarrativeLimits = {
  partsMax: 30,
  headlineMax: 160,
  bodyMax: 3000,
  forLeadersMax: 2000,
  principlesMax: 6,
  principleMax: 400,
  titleMax: 160,
  questionMin: 5,
  questionMax: 1000,
  answerMax: 3000,
} as const;

/** "When we choose X, we prioritise Y." */
const Principle = z.string().trim().min(1).max(NarrativeLimits.principleMax);

/** A part; an empty headline or body is refused (`fields` names it). `key` stays across versions. */
export const NarrativePartSchema = z.strictObject({
  key: MatrixKeySchema,
  headline: z.string().trim().min(1).max(NarrativeLimits.headlineMax),
  body: z.string().trim().min(1).max(NarrativeLimits.bodyMax),
  forLeaders: z.string().trim().max(NarrativeLimits.forLeadersMax),
  principles: z.array(Principle).max(NarrativeLimits.principlesMax),
  /** The organisation's focus areas (ids) the part belongs to. */
  focusAreaIds: z.array(IdSchema).max(10),
});
export type NarrativePart = z.infer<typeof NarrativePartSchema>;

export const NarrativeDocumentSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(NarrativeLimits.titleMax),
    parts: z.array(NarrativePartSchema).max(NarrativeLimits.partsMax),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.parts.forEach((part, i) => {
      if (seen.has(part.key))
        ctx.addIssue({ code: 'custom', path: ['parts', i, 'key'], message: 'duplicate_key' });
      seen.add(part.key);
    });
  });
export type NarrativeDocument = z.infer<typeof NarrativeDocumentSchema>;

export const SaveNarrativeSchema = z.strictObject({
  revision: RevisionSchema,
  document: NarrativeDocumentSchema,
});
export type SaveNarrativeReq = z.infer<typeof SaveNarrativeSchema>;

/** Publishes the draft at the revision the editor shows (409 `stale_edit` when someone saved since). */
export const PublishNarrativeSchema = PublishVersionSchema;
export type PublishNarrativeReq = PublishVersionReq;

export const NarrativeVersionSchema = VersionSummarySchema.extend({
  revision: z.number().int(),
  document: NarrativeDocumentSchema,
  canEdit: z.boolean(),
});
export type NarrativeVersionRes = z.infer<typeof NarrativeVersionSchema>;

/** What changed between two versions, by part (by key; headline shown). */
export const NarrativeDiffSchema = z.object({
  from: z.object({ id: IdSchema, version: z.number().int() }),
  to: z.object({ id: IdSchema, version: z.number().int() }),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  /** Parts whose text changed, with the fields that changed. */
  changed: z.array(
    z.object({
      headline: z.string(),
      fields: z.array(z.enum(['headline', 'body', 'forLeaders', 'principles', 'focusAreaIds'])),
    }),
  ),
  moved: z.boolean(),
  titleChanged: z.boolean(),
});
export type NarrativeDiff = z.infer<typeof NarrativeDiffSchema>;

// ── Questions ─────────────────────────────────────────────────────────────────────────────────

export const AskQuestionSchema = z.strictObject({
  partKey: MatrixKeySchema,
  question: z.string().trim().min(NarrativeLimits.questionMin).max(NarrativeLimits.questionMax),
});
export type AskQuestionReq = z.infer<typeof AskQuestionSchema>;

export const AnswerQuestionSchema = z.strictObject({
  answer: z.string().trim().min(1).max(NarrativeLimits.answerMax),
});
export type AnswerQuestionReq = z.infer<typeof AnswerQuestionSchema>;

/** A question as a reader sees it: never who asked (only `mine` for their own). */
export const NarrativeQuestionSchema = z.object({
  id: IdSchema,
  partKey: z.string(),
  question: z.string(),
  answer: z.string().nullable(),
  answeredAt: TimestampSchema.nullable(),
  askedAt: TimestampSchema,
  mine: z.boolean(),
});
export type NarrativeQuestionRes = z.infer<typeof NarrativeQuestionSchema>;

/**
 * GET /api/narrative: the newest published version and the questions the reader may see (all
 * answered ones, their own open ones; administrators every open one).
 */
export const NarrativeReadingSchema = z.object({
  published: NarrativeVersionSchema.nullable(),
  draft: VersionSummarySchema.nullable(),
  versions: z.array(VersionSummarySchema),
  questions: z.array(NarrativeQuestionSchema),
  /**
   * The focus areas the published parts name (id and name), so every reader sees the tags;
   * GET /api/focus-areas is not open to participants and employees.
   */
  focusAreas: z.array(z.object({ id: IdSchema, name: z.string() })),
  /** Open questions waiting for an answer (administrators only; 0 for others). */
  openQuestions: z.number().int(),
  canManage: z.boolean(),
});
export type NarrativeReadingRes = z.infer<typeof NarrativeReadingSchema>;
