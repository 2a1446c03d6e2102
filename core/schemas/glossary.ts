/**
 * API of the organisation's glossary and its readability targets (issue 9). A term has a plain
 * Danish explanation and may have variants (other forms and synonyms). Readers see terms
 * underlined with the explanation; editors see which terms a text uses without explaining them.
 */
import { z } from 'zod';
import { TEXT_TYPES } from '../plain-language/targets.js';
import { IdSchema, TimestampSchema } from './common.js';

export const GlossaryLimits = {
  termMax: 80,
  /** A term and each variant need this many letters: "C" or "3" alone would match far too much. */
  termLettersMin: 2,
  variantsMax: 10,
  explanationMax: 600,
  termsMax: 500,
  /** LIX targets an organisation may set (below 20 nobody writes; above 70 is no target). */
  targetMin: 20,
  targetMax: 70,
} as const;

const TermText = z
  .string()
  .trim()
  .min(1)
  .max(GlossaryLimits.termMax)
  // An empty text is only "required" (min above), not also short of letters.
  .refine((s) => s === '' || (s.match(/\p{L}/gu)?.length ?? 0) >= GlossaryLimits.termLettersMin, {
    message: 'term_letters',
  });

/** A term as the editor sends it; a term already in the glossary (any case) is 409 `term_exists`. */
export const GlossaryTermBodySchema = z.strictObject({
  term: TermText,
  variants: z
    .array(TermText)
    .max(GlossaryLimits.variantsMax)
    .refine((v) => new Set(v.map((x) => x.toLowerCase())).size === v.length, {
      message: 'duplicate_variant',
    }),
  explanation: z.string().trim().min(1).max(GlossaryLimits.explanationMax),
});
export type GlossaryTermBody = z.infer<typeof GlossaryTermBodySchema>;

export const GlossaryTermSchema = z.object({
  id: IdSchema,
  term: z.string(),
  variants: z.array(z.string()),
  explanation: z.string(),
  /** Other glossary terms the explanation uses without explaining them (a warning, not an error). */
  unexplainedTerms: z.array(z.string()),
  updatedAt: TimestampSchema,
});
export type GlossaryTermRes = z.infer<typeof GlossaryTermSchema>;

/** Every signed-in member reads the glossary (the web underlines terms with it). */
export const GlossarySchema = z.object({
  terms: z.array(GlossaryTermSchema),
  canEdit: z.boolean(),
  /** Terms of the built-in starting glossary that the organisation does not have (by term). */
  starterMissing: z.number().int(),
});
export type GlossaryRes = z.infer<typeof GlossarySchema>;

/** POST /api/glossary/starter: adds the missing starting terms, leaves the organisation's own. */
export const StarterAddedSchema = z.object({ added: z.number().int() });

// ── Readability targets and the report ────────────────────────────────────────────────────────

export const TextTypeSchema = z.enum(TEXT_TYPES);

export const ReadabilityTargetsSchema = z.object({
  targets: z.array(
    z.object({ textType: TextTypeSchema, target: z.number().int(), defaultTarget: z.number().int() }),
  ),
  canEdit: z.boolean(),
});
export type ReadabilityTargetsRes = z.infer<typeof ReadabilityTargetsSchema>;

export const ReadabilityTargetsBodySchema = z.strictObject({
  targets: z
    .array(
      z.strictObject({
        textType: TextTypeSchema,
        target: z.number().int().min(GlossaryLimits.targetMin).max(GlossaryLimits.targetMax),
      }),
    )
    .min(1)
    .max(TEXT_TYPES.length),
});
export type ReadabilityTargetsBody = z.infer<typeof ReadabilityTargetsBodySchema>;

/** One of the organisation's texts, scored; `path` is the web page where it is edited. */
export const ReadabilityItemSchema = z.object({
  textType: TextTypeSchema,
  title: z.string(),
  /** Where the text sits, e.g. the programme's name for a module. */
  context: z.string().nullable(),
  path: z.string(),
  lix: z.number().int(),
  words: z.number().int(),
  target: z.number().int(),
  overTarget: z.boolean(),
  unexplainedTerms: z.array(z.string()),
});
export type ReadabilityItem = z.infer<typeof ReadabilityItemSchema>;

/** GET /api/readability/report?over=true: the organisation's texts, hardest first. */
export const ReadabilityReportQuerySchema = z.strictObject({
  over: z.enum(['true', 'false']).optional(),
  textType: TextTypeSchema.optional(),
});
export const ReadabilityReportSchema = z.object({
  items: z.array(ReadabilityItemSchema),
  /** Texts of each type scored, and how many of them are over target. */
  totals: z.array(
    z.object({ textType: TextTypeSchema, texts: z.number().int(), overTarget: z.number().int() }),
  ),
});
export type ReadabilityReportRes = z.infer<typeof ReadabilityReportSchema>;
