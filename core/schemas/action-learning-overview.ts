import { z } from 'zod';
import { ProjectStatusSchema } from './action-projects.js';
import { IdSchema, TimestampSchema } from './common.js';

/**
 * The facilitator's action-learning overview: per participant, the learning set, the project's
 * status, journal activity (when and how much, never what), attendance, and whether they have
 * gone quiet (core/journal-quiet.ts). A project's title is given only when its owner shared it
 * with the set; no journal text and no other project text is ever part of it.
 */
export const ActionLearningParticipantSchema = z.object({
  personId: IdSchema,
  name: z.string(),
  set: z.object({ id: IdSchema, name: z.string() }).nullable(),
  /** null: no project written yet. */
  project: z
    .object({
      status: ProjectStatusSchema,
      /** Only when the owner shared the project with the set; null while it is private. */
      title: z.string().nullable(),
    })
    .nullable(),
  journal: z.object({
    /** The last entry of any kind (private too: when, not what). */
    lastEntryAt: TimestampSchema.nullable(),
    entries: z.number().int(),
    /** Entries the author shared with the facilitators (or with the set and the facilitators). */
    sharedWithFacilitators: z.number().int(),
  }),
  attendance: z.object({
    present: z.number().int(),
    absent: z.number().int(),
    /** present / (present + absent), 0–1; null while nothing is marked. */
    rate: z.number().nullable(),
    missedTwoInARow: z.boolean(),
  }),
  /** Whole days since the later of enrolment, the cohort's start and the last entry. */
  silentDays: z.number().int(),
  quiet: z.boolean(),
  /** journal: silent for their reminder interval (14 days when off); attendance: two missed in a row. */
  quietReasons: z.array(z.enum(['journal', 'attendance'])),
});
export type ActionLearningParticipantRes = z.infer<typeof ActionLearningParticipantSchema>;

export const ActionLearningOverviewSchema = z.object({
  cohortId: IdSchema,
  /** cohort: a facilitator of the cohort sees everyone; sets: a set's facilitator sees their sets. */
  scope: z.enum(['cohort', 'sets']),
  participants: z.array(ActionLearningParticipantSchema),
});
export type ActionLearningOverviewRes = z.infer<typeof ActionLearningOverviewSchema>;

/** How often a participant may be nudged to write; null turns the reminder off. */
export const JOURNAL_REMINDER_DAYS = [7, 14, 21, 30] as const;

export const JournalReminderSchema = z.strictObject({
  days: z
    .literal(JOURNAL_REMINDER_DAYS)
    .nullable()
    .meta({ description: 'Days without an entry before a reminder e-mail; null: no reminders' }),
});
export type JournalReminderReq = z.infer<typeof JournalReminderSchema>;
export type JournalReminderRes = JournalReminderReq;
