import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.js';

/** Bounds of what a participant writes: long enough to think in, short enough to read. */
export const ActionLearningLimits = {
  titleMax: 200,
  projectTextMax: 4000,
  entryMax: 8000,
  commentMax: 2000,
  focusAreasMax: 8,
} as const;

/** From idea to shared; a project moves freely between them (plans change). */
export const PROJECT_STATUSES = ['idea', 'in_progress', 'evaluated', 'shared'] as const;
export const ProjectStatusSchema = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

/** private: only me. set: my learning set, its facilitator and the cohort's facilitators. */
export const ProjectShareSchema = z.enum(['private', 'set']);
export type ProjectShare = z.infer<typeof ProjectShareSchema>;

/** The cycle of action learning; each phase has its own guiding questions on the page. */
export const JOURNAL_PHASES = ['plan', 'act', 'observe', 'reflect'] as const;
export const JournalPhaseSchema = z.enum(JOURNAL_PHASES);
export type JournalPhase = z.infer<typeof JournalPhaseSchema>;

/** private: only me. facilitator: the facilitators. set: my learning set and the facilitators. */
export const JournalShareSchema = z.enum(['private', 'facilitator', 'set']);
export type JournalShare = z.infer<typeof JournalShareSchema>;

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);

export const SaveActionProjectSchema = z.strictObject({
  title: required(ActionLearningLimits.titleMax),
  /** "Hvad er udfordringen i min egen opgaveløsning?" */
  challenge: required(ActionLearningLimits.projectTextMax),
  question: text(ActionLearningLimits.projectTextMax),
  attempt: text(ActionLearningLimits.projectTextMax),
  involve: text(ActionLearningLimits.projectTextMax),
  successMeasure: text(ActionLearningLimits.projectTextMax),
  focusAreaIds: z
    .array(IdSchema)
    .max(ActionLearningLimits.focusAreasMax)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate' }),
  status: ProjectStatusSchema,
  share: ProjectShareSchema,
  /** The version the edit started from; null when writing the project for the first time. */
  version: z.number().int().min(1).nullable(),
});
export type SaveActionProjectReq = z.infer<typeof SaveActionProjectSchema>;

export const ActionProjectSchema = z.object({
  id: IdSchema,
  cohortId: IdSchema,
  title: z.string(),
  challenge: z.string(),
  question: z.string(),
  attempt: z.string(),
  involve: z.string(),
  successMeasure: z.string(),
  focusAreaIds: z.array(IdSchema),
  status: ProjectStatusSchema,
  share: ProjectShareSchema,
  version: z.number().int(),
  updatedAt: TimestampSchema,
});
export type ActionProjectRes = z.infer<typeof ActionProjectSchema>;

export const WriteJournalEntrySchema = z.strictObject({
  phase: JournalPhaseSchema,
  body: required(ActionLearningLimits.entryMax),
  share: JournalShareSchema,
});
export type WriteJournalEntryReq = z.infer<typeof WriteJournalEntrySchema>;

export const WriteCommentSchema = z.strictObject({
  body: required(ActionLearningLimits.commentMax),
});
export type WriteCommentReq = z.infer<typeof WriteCommentSchema>;

export const JournalCommentSchema = z.object({
  id: IdSchema,
  authorName: z.string(),
  /** Whether the comment is the signed-in person's own. */
  mine: z.boolean(),
  body: z.string(),
  createdAt: TimestampSchema,
});
export type JournalCommentRes = z.infer<typeof JournalCommentSchema>;

export const JournalEntrySchema = z.object({
  id: IdSchema,
  cohortId: IdSchema,
  phase: JournalPhaseSchema,
  body: z.string(),
  share: JournalShareSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  comments: z.array(JournalCommentSchema),
});
export type JournalEntryRes = z.infer<typeof JournalEntrySchema>;

/** One current cohort on the participant's own action-learning page. */
export const MyActionLearningCohortSchema = z.object({
  cohortId: IdSchema,
  cohortName: z.string(),
  /** Whether I am in a learning set: sharing with the set needs one. */
  inSet: z.boolean(),
  project: ActionProjectSchema.nullable(),
  entries: z.array(JournalEntrySchema),
});
export type MyActionLearningCohortRes = z.infer<typeof MyActionLearningCohortSchema>;

/** The organisation's focus areas in use, to choose from and to name a project's. */
export const FocusAreaOptionSchema = z.object({ id: IdSchema, name: z.string() });
export type FocusAreaOption = z.infer<typeof FocusAreaOptionSchema>;

export const MyActionLearningSchema = z.object({
  cohorts: z.array(MyActionLearningCohortSchema),
  focusAreas: z.array(FocusAreaOptionSchema),
});
export type MyActionLearningRes = z.infer<typeof MyActionLearningSchema>;

/** What others shared with me in a cohort: as a member of a set, or as a facilitator. */
export const SharedEntrySchema = JournalEntrySchema.extend({ authorName: z.string() });
export type SharedEntryRes = z.infer<typeof SharedEntrySchema>;
export const SharedProjectSchema = ActionProjectSchema.extend({ ownerName: z.string() });
export type SharedProjectRes = z.infer<typeof SharedProjectSchema>;

export const SharedWithMeSchema = z.object({
  projects: z.array(SharedProjectSchema),
  entries: z.array(SharedEntrySchema),
  focusAreas: z.array(FocusAreaOptionSchema),
});
export type SharedWithMeRes = z.infer<typeof SharedWithMeSchema>;
