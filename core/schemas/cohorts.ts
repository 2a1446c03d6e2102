import { z } from 'zod';
import { LevelSchema } from '../organisation.js';
import { IdSchema, NameSchema, TimestampSchema } from './common.js';
import { SeatCountsSchema } from './events.js';
import { PeopleQuerySchema, PersonSchema } from './organisation.js';
import { ModuleKindSchema } from './programmes.js';

/** How big a cohort may grow: generous for real programmes, bounded for the server. */
export const CohortLimits = {
  facilitatorsMax: 20,
  /** People added in one confirmation, and shown in one preview. */
  enrolMax: 2000,
  marksMax: 2000,
  textMax: 500,
  /** Two weeks. */
  reminderHoursMax: 336,
} as const;

/** Reminders go out two days before an activity unless the cohort says otherwise. */
export const DEFAULT_REMINDER_HOURS = 48;

/** A Europe/Copenhagen calendar date, YYYY-MM-DD (a real date: no 31 February). */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'calendar_date' })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'calendar_date',
    },
  );

/** A UTC instant both databases take: years 1000–9999 (an offset can push 0000 or 9999 across). */
export const storableInstant = (s: string) => /^[1-9]\d{3}-/.test(s);

/** An instant with its offset (the web sends Copenhagen time converted, see core/time.ts), kept as UTC. */
const InstantSchema = z.iso
  .datetime({ offset: true, message: 'instant' })
  .transform((s) => new Date(s).toISOString())
  .refine(storableInstant, { message: 'instant' });

const Ref = z.object({ id: IdSchema, name: z.string() });
const OptionalText = z
  .string()
  .trim()
  .max(CohortLimits.textMax)
  .nullable()
  .transform((v) => (v === '' ? null : v));

// Cohorts -------------------------------------------------------------------------------------

const CohortFields = {
  name: NameSchema,
  startsOn: CalendarDateSchema,
  endsOn: CalendarDateSchema,
  /** Users of the organisation with the facilitator or administrator role. */
  facilitatorUserIds: z.array(IdSchema).max(CohortLimits.facilitatorsMax),
  /**
   * Hours before each activity that participants get a reminder by e-mail; null: no reminders.
   * Left out: 48 for a new cohort, unchanged for a saved one.
   */
  reminderHours: z.number().int().min(1).max(CohortLimits.reminderHoursMax).nullable().optional(),
};
const periodInOrder = (c: { startsOn: string; endsOn: string }) => c.endsOn >= c.startsOn;

export const CreateCohortSchema = z
  .strictObject({ versionId: IdSchema, ...CohortFields })
  .refine(periodInOrder, { message: 'period_order', path: ['endsOn'] });
export type CreateCohortReq = z.infer<typeof CreateCohortSchema>;

/** The whole cohort in one save; its programme version never changes. */
export const UpdateCohortSchema = z
  .strictObject(CohortFields)
  .refine(periodInOrder, { message: 'period_order', path: ['endsOn'] });
export type UpdateCohortReq = z.infer<typeof UpdateCohortSchema>;

export const CohortSchema = z.object({
  id: IdSchema,
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  /** The published version the cohort was started from, for good. */
  version: z.object({
    id: IdSchema,
    number: z.number().int(),
    name: z.string(),
    programmeId: IdSchema,
    programmeTitle: z.string(),
  }),
  facilitators: z.array(Ref),
  reminderHours: z.number().int().nullable(),
  /** Current participants (not removed). */
  participantCount: z.number().int(),
  activityCount: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type CohortRes = z.infer<typeof CohortSchema>;
export const CohortListSchema = z.object({ items: z.array(CohortSchema) });
export type CohortListRes = z.infer<typeof CohortListSchema>;

// Enrolment -----------------------------------------------------------------------------------

/** The people filter (units with sub-units, levels, fields, search); only active people are offered. */
export const EnrolmentPreviewSchema = PeopleQuerySchema.omit({ status: true, limit: true, offset: true });
export type EnrolmentPreviewReq = z.infer<typeof EnrolmentPreviewSchema>;

export const EnrolmentPreviewResSchema = z.object({
  /** Who confirming would add (or bring back, when removed earlier). */
  toAdd: z.array(PersonSchema),
  /** Who the filter finds but is already a current participant. */
  alreadyEnrolled: z.array(PersonSchema),
  /** More people matched than one preview shows (CohortLimits.enrolMax): narrow the filter. */
  truncated: z.boolean(),
});
export type EnrolmentPreviewRes = z.infer<typeof EnrolmentPreviewResSchema>;

export const AddParticipantsSchema = z.strictObject({
  personIds: z.array(IdSchema).min(1).max(CohortLimits.enrolMax),
});
export type AddParticipantsReq = z.infer<typeof AddParticipantsSchema>;

export const AddParticipantsResSchema = z.object({
  added: z.number().int(),
  /** Removed earlier and now current again, with their attendance history. */
  reopened: z.number().int(),
  /** Already current participants: nothing changed. */
  unchanged: z.number().int(),
});
export type AddParticipantsRes = z.infer<typeof AddParticipantsResSchema>;

export const ParticipantSchema = z.object({
  personId: IdSchema,
  name: z.string(),
  email: z.string().nullable(),
  jobTitle: z.string().nullable(),
  unit: Ref.nullable(),
  level: LevelSchema,
  /** The person has left the organisation since they were enrolled. */
  leftAt: TimestampSchema.nullable(),
  addedAt: TimestampSchema,
  removedAt: TimestampSchema.nullable(),
});
export type ParticipantRes = z.infer<typeof ParticipantSchema>;
export const ParticipantListSchema = z.object({ items: z.array(ParticipantSchema) });
export type ParticipantListRes = z.infer<typeof ParticipantListSchema>;

export const ParticipantQuerySchema = z.strictObject({
  /** Also those removed from the cohort. */
  includeRemoved: z.enum(['true', 'false']).default('false'),
});
export const ParticipantParamsSchema = z.strictObject({ id: IdSchema, personId: IdSchema });

// Activities ----------------------------------------------------------------------------------

export const ACTIVITY_WARNINGS = ['outside_period', 'overlaps'] as const;

/**
 * Participants sign up for a seat (one of the module's dates), within the activity's capacity and
 * perhaps on a waiting list; the events module runs the seats. null: every participant takes part.
 */
export const ActivitySignupSchema = z.strictObject({ waitingList: z.boolean() });
export type ActivitySignupReq = z.infer<typeof ActivitySignupSchema>;

export const ActivityBodySchema = z
  .strictObject({
    /** A module of the cohort's version. */
    moduleId: IdSchema,
    /** Defaults to the module's title. */
    title: z.string().trim().min(1).max(200).nullable().default(null),
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    location: OptionalText.default(null),
    onlineUrl: z
      .url({ protocol: /^https?$/, message: 'online_url' })
      .max(2000)
      .nullable()
      .default(null),
    capacity: z.number().int().min(1).max(100_000).nullable().default(null),
    facilitatorUserId: IdSchema.nullable().default(null),
    signup: ActivitySignupSchema.nullable().default(null),
  })
  .refine((a) => a.endsAt > a.startsAt, { message: 'activity_order', path: ['endsAt'] })
  .refine((a) => a.signup === null || a.capacity !== null, {
    message: 'signup_capacity',
    path: ['capacity'],
  });
export type ActivityBodyReq = z.infer<typeof ActivityBodySchema>;

/**
 * Any of the fields; moving an activity is changing its times. The module stays. `signup: null`
 * turns sign-up off, which only works while nobody is signed up.
 */
export const UpdateActivitySchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    location: OptionalText,
    onlineUrl: z
      .url({ protocol: /^https?$/, message: 'online_url' })
      .max(2000)
      .nullable(),
    capacity: z.number().int().min(1).max(100_000).nullable(),
    facilitatorUserId: IdSchema.nullable(),
    signup: ActivitySignupSchema.nullable(),
  })
  .partial();
export type UpdateActivityReq = z.infer<typeof UpdateActivitySchema>;

/** A copy of the activity; with `startsAt` it moves there and keeps its length, else same time. */
export const DuplicateActivitySchema = z.strictObject({ startsAt: InstantSchema.optional() });
export type DuplicateActivityReq = z.infer<typeof DuplicateActivitySchema>;

export const ActivitySchema = z.object({
  id: IdSchema,
  cohortId: IdSchema,
  module: z.object({ id: IdSchema, title: z.string(), kind: ModuleKindSchema }),
  title: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  location: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int().nullable(),
  facilitator: Ref.nullable(),
  /** When participants sign up: the seats (capacity is the activity's) and the event that holds them. */
  signup: z.object({ eventId: IdSchema, waitingList: z.boolean(), seats: SeatCountsSchema }).nullable(),
  /**
   * Saved, but worth a look: `outside_period` when it falls outside the cohort's dates, `overlaps`
   * when it clashes in time with an activity of another module of the cohort (core/plan.ts).
   */
  warnings: z.array(z.enum(ACTIVITY_WARNINGS)),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type ActivityRes = z.infer<typeof ActivitySchema>;
export const ActivityListSchema = z.object({ items: z.array(ActivitySchema) });
export type ActivityListRes = z.infer<typeof ActivityListSchema>;

// Attendance ----------------------------------------------------------------------------------

export const ATTENDANCE_STATUSES = ['present', 'absent'] as const;
export const AttendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

const MarkSchema = z
  .strictObject({
    personId: IdSchema,
    /** null takes a mark back (marked by mistake). */
    status: AttendanceStatusSchema.nullable(),
    /** Only for absent: why (sick, holiday …). */
    reason: OptionalText.default(null),
  })
  .refine((m) => m.status === 'absent' || m.reason === null, {
    message: 'reason_only_absent',
    path: ['reason'],
  });

export const MarkAttendanceSchema = z.strictObject({
  marks: z.array(MarkSchema).min(1).max(CohortLimits.marksMax),
});
export type MarkAttendanceReq = z.infer<typeof MarkAttendanceSchema>;

export const AttendanceRowSchema = z.object({
  personId: IdSchema,
  name: z.string(),
  unit: Ref.nullable(),
  level: LevelSchema,
  status: AttendanceStatusSchema.nullable(),
  reason: z.string().nullable(),
  markedAt: TimestampSchema.nullable(),
});
export type AttendanceRowRes = z.infer<typeof AttendanceRowSchema>;
export const ActivityAttendanceSchema = z.object({
  activityId: IdSchema,
  items: z.array(AttendanceRowSchema),
});
export type ActivityAttendanceRes = z.infer<typeof ActivityAttendanceSchema>;

const CountsSchema = z.object({
  present: z.number().int(),
  absent: z.number().int(),
  unmarked: z.number().int(),
  /** present / (present + absent); null while nothing is marked. */
  rate: z.number().nullable(),
});

export const CohortAttendanceSchema = z.object({
  /** Activities that have begun, in order: the ones attendance is taken for. */
  activities: z.array(
    CountsSchema.extend({ activityId: IdSchema, title: z.string(), startsAt: TimestampSchema }),
  ),
  participants: z.array(
    CountsSchema.extend({
      personId: IdSchema,
      name: z.string(),
      unit: Ref.nullable(),
      level: LevelSchema,
      /** Marked absent at two activities in a row (activities they were not marked for are skipped). */
      missedTwoInARow: z.boolean(),
    }),
  ),
});
export type CohortAttendanceRes = z.infer<typeof CohortAttendanceSchema>;
