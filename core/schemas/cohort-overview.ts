import { z } from 'zod';
import { LevelSchema } from '../organisation.js';
import { ProjectStatusSchema } from './action-projects.js';
import { IdSchema, TimestampSchema } from './common.js';

/** A released count: null when withheld because it stands for fewer than `minimumGroupSize` people. */
const Count = z.number().int().nullable();

/**
 * The cohort overview: enrolment by area and level, attendance per activity, and who missed two
 * activities in a row. Those who run the cohort get every figure and the names; observers get the
 * figures only, with small groups withheld (core/anonymity.ts).
 */
export const CohortOverviewSchema = z.object({
  cohortId: IdSchema,
  /** True when small groups are withheld and nobody is named (observers). */
  aggregatesOnly: z.boolean(),
  minimumGroupSize: z.number().int(),
  participantCount: z.number().int(),
  /** By area: the unit just below the top of the organisation; null for people without a unit. */
  byArea: z.array(z.object({ areaId: IdSchema.nullable(), name: z.string().nullable(), count: Count })),
  byLevel: z.array(z.object({ level: LevelSchema, count: Count })),
  /** Activities that have begun, in order. */
  activities: z.array(
    z.object({
      activityId: IdSchema,
      title: z.string(),
      startsAt: TimestampSchema,
      present: Count,
      absent: Count,
      unmarked: Count,
      /** present / (present + absent), 0–1; null while nothing is marked or when withheld. */
      rate: z.number().nullable(),
    }),
  ),
  /** Over all begun activities. */
  attendanceRate: z.number().nullable(),
  missedTwoInARow: z.object({
    count: Count,
    /** Named for those who run the cohort; null for observers. */
    people: z.array(z.object({ personId: IdSchema, name: z.string() })).nullable(),
  }),
  /**
   * Action projects of the current participants, counted (never named): by status, with `none`
   * for those who have not written one, and by focus area (a project may touch several). Only the
   * cohort's own facilitators get them unreleased; everyone else (observers, and administrators who
   * do not facilitate the cohort) gets them through core/anonymity.ts like the breakdowns above.
   */
  projects: z.object({
    aggregatesOnly: z.boolean(),
    byStatus: z.array(z.object({ status: z.union([ProjectStatusSchema, z.literal('none')]), count: Count })),
    byFocusArea: z.array(z.object({ focusAreaId: IdSchema, name: z.string(), count: Count })),
  }),
});
export type CohortOverviewRes = z.infer<typeof CohortOverviewSchema>;
