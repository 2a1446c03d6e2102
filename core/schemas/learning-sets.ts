import { z } from 'zod';
import { LevelSchema } from '../organisation.js';
import { IdSchema, NameSchema, TimestampSchema } from './common.js';

/** Bounds of learning sets: sizes the composition accepts, and what one save may hold. */
export const LearningSetLimits = {
  sizeMin: 3,
  sizeMax: 12,
  setsMax: 500,
  membersMax: 50,
} as const;

export const ProposeLearningSetsSchema = z.strictObject({
  /** Wanted people per set; sets end up `size` or `size - 1`. */
  size: z.number().int().min(LearningSetLimits.sizeMin).max(LearningSetLimits.sizeMax),
  /** Same people and seed: same proposal. Left out: a new one each time. */
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
});
export type ProposeLearningSetsReq = z.infer<typeof ProposeLearningSetsSchema>;

/** 0–1 each, higher is more mixed (core/learning-sets.ts DiversityScore). */
export const DiversityScoreSchema = z.object({
  areas: z.number(),
  fields: z.number(),
  levels: z.number(),
  total: z.number(),
});

/**
 * A participant as the sets show them. `managerIds` are their line managers among the cohort's
 * participants, so the page can rescore and check a move without asking the server.
 */
export const SetMemberSchema = z.object({
  personId: IdSchema,
  name: z.string(),
  areaId: IdSchema.nullable(),
  areaName: z.string().nullable(),
  fieldId: IdSchema.nullable(),
  fieldName: z.string().nullable(),
  level: LevelSchema,
  managerIds: z.array(IdSchema),
});
export type SetMemberRes = z.infer<typeof SetMemberSchema>;

/** The rules a split kept: no manager with their own report, and the set sizes. */
export const HeldConstraintSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manager_apart'), pairs: z.number().int() }),
  z.object({ kind: z.literal('set_size'), min: z.number().int(), max: z.number().int() }),
]);
export type HeldConstraintRes = z.infer<typeof HeldConstraintSchema>;

export const ProposedSetSchema = z.object({
  name: z.string(),
  members: z.array(SetMemberSchema),
  score: DiversityScoreSchema,
});

/** A proposal for the whole cohort; nothing is saved until the facilitator saves it. */
export const LearningSetProposalSchema = z.object({
  size: z.number().int(),
  seed: z.number().int(),
  sets: z.array(ProposedSetSchema),
  overall: DiversityScoreSchema,
  constraints: z.array(HeldConstraintSchema),
});
export type LearningSetProposalRes = z.infer<typeof LearningSetProposalSchema>;

/** The whole split in one save; it replaces the one saved before. */
export const SaveLearningSetsSchema = z.strictObject({
  sets: z
    .array(
      z.strictObject({
        /**
         * The saved set this is (it keeps its id, and so its meetings). Left out: a new set, or,
         * for a client that sends no ids, the saved set at the same place among those not named.
         */
        id: IdSchema.optional(),
        name: NameSchema,
        facilitatorUserId: IdSchema.nullable(),
        personIds: z.array(IdSchema).min(1).max(LearningSetLimits.membersMax),
      }),
    )
    .max(LearningSetLimits.setsMax),
});
export type SaveLearningSetsReq = z.infer<typeof SaveLearningSetsSchema>;

export const SavedSetSchema = z.object({
  id: IdSchema,
  name: z.string(),
  facilitator: z.object({ id: IdSchema, name: z.string() }).nullable(),
  members: z.array(SetMemberSchema),
  score: DiversityScoreSchema,
});
export type SavedSetRes = z.infer<typeof SavedSetSchema>;

/** The saved sets of a cohort, and the current participants who are in none. */
export const LearningSetsSchema = z.object({
  cohortId: IdSchema,
  lockedAt: TimestampSchema.nullable(),
  sets: z.array(SavedSetSchema),
  /** Over all sets; null while none is saved. */
  overall: DiversityScoreSchema.nullable(),
  unassigned: z.array(SetMemberSchema),
  constraints: z.array(HeldConstraintSchema),
});
export type LearningSetsRes = z.infer<typeof LearningSetsSchema>;
