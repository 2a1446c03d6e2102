/**
 * API of the digital mindset assessment (issue 8): rounds, answering, the private profile, and
 * aggregates released through core/assessment/release.ts. One contract for server and web.
 */
import { z } from 'zod';
import { BREAKDOWNS } from '../assessment/cells.js';
import {
  AnswerSchema,
  AssessmentKeySchema,
  LocalizedTextSchema,
  SCALE_VALUES,
} from '../assessment/instrument.js';
import { ANONYMITY_K } from '../assessment/release.js';
import { LEADER_LEVELS, LevelSchema } from '../organisation.js';
import { IdSchema, TimestampSchema } from './common.js';

export const AssessmentLimits = {
  nameMax: 120,
  /** A round stays open at most this many days. */
  openDaysMax: 120,
  /** Reminders are sent at most once a day per round. */
  reminderGapHours: 24,
} as const;

// ── Settings ──────────────────────────────────────────────────────────────────────────────────

export const AssessmentSettingsSchema = z.object({
  k: z.number().int(),
  defaultK: z.number().int(),
  minK: z.number().int(),
  maxK: z.number().int(),
});
export type AssessmentSettings = z.infer<typeof AssessmentSettingsSchema>;

/** k below 3 or above 50 is refused with a message naming the bounds. */
export const UpdateAssessmentSettingsSchema = z.strictObject({
  k: z.number().int().min(ANONYMITY_K.min, 'anonymity_k').max(ANONYMITY_K.max, 'anonymity_k'),
});

// ── Rounds ────────────────────────────────────────────────────────────────────────────────────

export const ROUND_KINDS = ['baseline', 'follow_up', 'other'] as const;
export const RoundKindSchema = z.enum(ROUND_KINDS);
export type RoundKind = z.infer<typeof RoundKindSchema>;

/** scheduled: before opens_at; open; closed (by date or by hand; the release is computed then). */
export const ROUND_STATUSES = ['scheduled', 'open', 'closed'] as const;
export const RoundStatusSchema = z.enum(ROUND_STATUSES);
export type RoundStatus = z.infer<typeof RoundStatusSchema>;

const LeaderLevelSchema = LevelSchema.refine((l) => LEADER_LEVELS.includes(l), { message: 'leader_level' });

/** The leaders a round without a cohort invites: everyone at these levels in the unit's subtree. */
export const RoundPopulationSchema = z.strictObject({
  /** null: the whole organisation. */
  unitId: IdSchema.nullable(),
  levels: z.array(LeaderLevelSchema).min(1).max(LEADER_LEVELS.length),
  fieldId: IdSchema.nullable(),
});
export type RoundPopulation = z.infer<typeof RoundPopulationSchema>;

/**
 * A new round: for a cohort (its current participants) or for a population; exactly one. It must
 * invite at least k people (409 `too_few_invited`). Times are ISO-8601 instants; closesAt after
 * opensAt and in the future.
 */
export const CreateRoundSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(AssessmentLimits.nameMax),
    kind: RoundKindSchema,
    cohortId: IdSchema.nullable().default(null),
    population: RoundPopulationSchema.nullable().default(null),
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    /** An earlier round of the same organisation to show change against. */
    compareRoundId: IdSchema.nullable().default(null),
  })
  .refine((b) => (b.cohortId === null) !== (b.population === null), {
    path: ['cohortId'],
    message: 'cohort_or_population',
  })
  .refine((b) => Date.parse(b.closesAt) > Date.parse(b.opensAt), {
    path: ['closesAt'],
    message: 'closes_after_opens',
  });
export type CreateRoundReq = z.infer<typeof CreateRoundSchema>;

/** Name and close date may change until the round closes; the open date until it opens. */
export const UpdateRoundSchema = z.strictObject({
  name: z.string().trim().min(1).max(AssessmentLimits.nameMax).optional(),
  opensAt: z.iso.datetime({ offset: true }).optional(),
  closesAt: z.iso.datetime({ offset: true }).optional(),
});
export type UpdateRoundReq = z.infer<typeof UpdateRoundSchema>;

/** A named filter of the round's fixed list (for example a cohort's participants). */
export const RoundFilterSchema = z.object({ key: z.string(), label: z.string() });
export type RoundFilter = z.infer<typeof RoundFilterSchema>;

export const RoundSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: RoundKindSchema,
  status: RoundStatusSchema,
  cohort: z.object({ id: IdSchema, name: z.string() }).nullable(),
  population: RoundPopulationSchema.nullable(),
  /**
   * The names of the population's unit and field (null: the whole organisation, no field, or a
   * unit or field no longer there), so that everyone who sees the round can read whom it asks;
   * null for a cohort's round.
   */
  populationNames: z.object({ unit: z.string().nullable(), field: z.string().nullable() }).nullable(),
  opensAt: TimestampSchema,
  closesAt: TimestampSchema,
  closedAt: TimestampSchema.nullable(),
  /** People invited (fixed when the round is created). */
  invited: z.number().int(),
  /** How many have submitted: a count only, never who. */
  answered: z.number().int(),
  /**
   * The k of the release (closed rounds); before, the k the round would be released with now: its
   * own k (the organisation's when it was made) or the organisation's k now, if that is higher.
   */
  k: z.number().int(),
  compareRound: z.object({ id: IdSchema, name: z.string() }).nullable(),
  instrumentVersion: z.number().int(),
  reminderSentAt: TimestampSchema.nullable(),
  /** Whether the caller may change, close or remind (administrators; the cohort's facilitators). */
  canManage: z.boolean(),
});
export type RoundSummary = z.infer<typeof RoundSummarySchema>;

export const RoundListSchema = z.object({
  rounds: z.array(RoundSummarySchema),
  /** Whether the caller may open a round (administrators, and facilitators for their cohorts). */
  canCreate: z.boolean(),
});
export type RoundList = z.infer<typeof RoundListSchema>;

export const RemindersSentSchema = z.object({ sent: z.number().int() });

// ── The instrument as a leader reads it ──────────────────────────────────────────────────────

export const InstrumentViewSchema = z.object({
  version: z.number().int(),
  dimensions: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(['focus_area', 'advice']),
      name: LocalizedTextSchema,
      description: LocalizedTextSchema,
      items: z.array(z.object({ key: z.string(), text: LocalizedTextSchema })),
    }),
  ),
});
export type InstrumentView = z.infer<typeof InstrumentViewSchema>;

// ── Answering (the leader's own) ─────────────────────────────────────────────────────────────

/** not_started: nothing saved; draft: saved, not submitted; submitted: final. */
export const MyRoundStateSchema = z.enum(['not_started', 'draft', 'submitted']);
export type MyRoundState = z.infer<typeof MyRoundStateSchema>;

export const MyRoundSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: RoundKindSchema,
  status: RoundStatusSchema,
  opensAt: TimestampSchema,
  closesAt: TimestampSchema,
  state: MyRoundStateSchema,
  answeredItems: z.number().int(),
  totalItems: z.number().int(),
  sharedWithFacilitators: z.boolean(),
});
export type MyRound = z.infer<typeof MyRoundSchema>;

export const MyAssessmentsSchema = z.object({ rounds: z.array(MyRoundSchema) });
export type MyAssessments = z.infer<typeof MyAssessmentsSchema>;

export const AnswersSchema = z.record(z.string(), AnswerSchema);

export const MyAnsweringSchema = z.object({
  round: MyRoundSchema,
  instrument: InstrumentViewSchema,
  answers: AnswersSchema,
  submittedAt: TimestampSchema.nullable(),
});
export type MyAnswering = z.infer<typeof MyAnsweringSchema>;

/**
 * Save and continue: the answers given merge into what is saved; null clears an answer. An
 * unknown item key or a value outside the scale is 400; a closed or not yet open round 409
 * `round_not_open`; after submitting 409 `already_submitted`.
 */
export const SaveAnswersSchema = z.strictObject({
  // One set of allowed values (not a union), so a value outside the scale gets the named message
  // `field.answer_scale` rather than a bare "invalid value". Same type as AnswerSchema.nullable().
  answers: z.record(
    AssessmentKeySchema,
    z.literal([...SCALE_VALUES, 'dont_know', null], { message: 'answer_scale' }),
  ),
});
export type SaveAnswersReq = z.infer<typeof SaveAnswersSchema>;

// ── The private profile ──────────────────────────────────────────────────────────────────────

export const BAND_KEYS = ['starting', 'exploring', 'under-way', 'leading'] as const;
export const BandKeySchema = z.enum(BAND_KEYS);

export const ProfileDimensionSchema = z.object({
  key: z.string(),
  kind: z.enum(['focus_area', 'advice']),
  name: LocalizedTextSchema,
  /** 0–100, or null when fewer than half of the items were answered. */
  score: z.number().nullable(),
  band: BandKeySchema.nullable(),
  /** The score in the person's previous submitted round, and the change; null when none. */
  previous: z.number().nullable(),
  change: z.number().nullable(),
});
export type ProfileDimension = z.infer<typeof ProfileDimensionSchema>;

export const ProfileSchema = z.object({
  round: MyRoundSchema,
  submittedAt: TimestampSchema,
  dimensions: z.array(ProfileDimensionSchema),
  previousRound: z.object({ id: IdSchema, name: z.string() }).nullable(),
  /** Reflection questions for the lowest dimensions (up to three). */
  reflections: z.array(
    z.object({ dimension: z.string(), name: LocalizedTextSchema, questions: z.array(LocalizedTextSchema) }),
  ),
  sharedWithFacilitators: z.boolean(),
  /**
   * Whether sharing would reach at least one facilitator: the round's cohort has one, or (a round
   * without a cohort) the person takes part now in a cohort that has one.
   */
  canShare: z.boolean(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ShareProfileSchema = z.strictObject({ shared: z.boolean() });

/**
 * A dimension of a shared profile as the facilitators read it: the band only. Strict, and with no
 * score, previous score or change: exact scores beside the released group means would let a
 * facilitator subtract their way to the one leader of a group who did not share. Null band: fewer
 * than half of the items were answered.
 */
export const SharedProfileDimensionSchema = z.strictObject({
  key: z.string(),
  kind: z.enum(['focus_area', 'advice']),
  name: LocalizedTextSchema,
  band: BandKeySchema.nullable(),
});
export type SharedProfileDimension = z.infer<typeof SharedProfileDimensionSchema>;

/** Profiles that participants shared with the round's facilitators; nobody else sees them. */
export const SharedProfilesSchema = z.object({
  profiles: z.array(
    z.object({
      person: z.object({ id: IdSchema, name: z.string() }),
      sharedAt: TimestampSchema,
      dimensions: z.array(SharedProfileDimensionSchema),
    }),
  ),
});
export type SharedProfiles = z.infer<typeof SharedProfilesSchema>;

// ── Aggregates ───────────────────────────────────────────────────────────────────────────────

export const BreakdownSchema = z.enum(BREAKDOWNS);

/** `filter`: one key of the round's fixed list, nothing else (400). `compare`: a closed round. */
export const HeatmapQuerySchema = z.strictObject({
  breakdown: BreakdownSchema.default('unit'),
  filter: z.string().max(200).optional(),
  compare: IdSchema.optional(),
});
export type HeatmapQuery = z.infer<typeof HeatmapQuerySchema>;

export const SuppressionSchema = z.enum(['too_few', 'would_reveal']);
export const ChangeSuppressionSchema = z.enum(['too_few', 'would_reveal', 'membership_changed']);

export const HeatmapValueSchema = z.discriminatedUnion('released', [
  z.object({
    dimension: z.string(),
    released: z.literal(true),
    respondents: z.number().int(),
    /** Mean score 0–100, one decimal; null when nobody in the group has a score here. */
    mean: z.number().nullable(),
    /** Shares of the answers, 0–1. */
    favourable: z.number(),
    neutral: z.number(),
    unfavourable: z.number(),
    /** Change in mean since the compared round, when that is released; else why not. */
    change: z.number().nullable(),
    changeSuppressed: ChangeSuppressionSchema.nullable(),
  }),
  z.object({ dimension: z.string(), released: z.literal(false), reason: SuppressionSchema }),
]);
export type HeatmapValue = z.infer<typeof HeatmapValueSchema>;

export const HeatmapRowSchema = z.discriminatedUnion('released', [
  z.object({
    key: z.string(),
    /** Unit or field name; null for levels (the web translates) and the total. */
    label: z.string().nullable(),
    level: LevelSchema.nullable(),
    /** Depth of the unit in the tree (0: top), for indenting; null without a unit. */
    depth: z.number().int().nullable(),
    released: z.literal(true),
    count: z.number().int(),
    values: z.array(HeatmapValueSchema),
  }),
  z.object({
    key: z.string(),
    label: z.string().nullable(),
    level: LevelSchema.nullable(),
    depth: z.number().int().nullable(),
    released: z.literal(false),
    reason: SuppressionSchema,
  }),
]);
export type HeatmapRow = z.infer<typeof HeatmapRowSchema>;

export const HeatmapSchema = z.object({
  round: z.object({ id: IdSchema, name: z.string(), closedAt: TimestampSchema, k: z.number().int() }),
  breakdown: BreakdownSchema,
  filter: z.string().nullable(),
  filters: z.array(RoundFilterSchema),
  compare: z.object({ id: IdSchema, name: z.string() }).nullable(),
  dimensions: z.array(
    z.object({ key: z.string(), kind: z.enum(['focus_area', 'advice']), name: LocalizedTextSchema }),
  ),
  rows: z.array(HeatmapRowSchema),
});
export type Heatmap = z.infer<typeof HeatmapSchema>;
