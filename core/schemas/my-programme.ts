import { z } from 'zod';
import { AttendanceStatusSchema } from './cohorts.js';
import { IdSchema, TimestampSchema } from './common.js';
import { MaterialSchema, ModuleKindSchema } from './programmes.js';

/** One activity as a participant sees it: when, where, and what to prepare. */
export const MyActivitySchema = z.object({
  id: IdSchema,
  title: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  location: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  module: z.object({
    kind: ModuleKindSchema,
    title: z.string(),
    /** Markdown. */
    description: z.string(),
    objectives: z.array(z.string()),
    /** What to prepare: links. */
    materials: z.array(MaterialSchema),
  }),
});
export type MyActivityRes = z.infer<typeof MyActivitySchema>;

export const MY_SIGNUP_STATUSES = ['none', 'confirmed', 'waitlisted', 'offered'] as const;
export type MySignupStatus = (typeof MY_SIGNUP_STATUSES)[number];

/** An activity with limited seats, as the caller sees their sign-up for it. */
export const MySignupSchema = z.object({
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
  waitingList: z.boolean(),
  /** none: not signed up for this date; offered: a seat from the waiting list, held until `offeredUntil`. */
  status: z.enum(MY_SIGNUP_STATUSES),
  /** 1 = next in line; null unless waitlisted. */
  waitingPosition: z.number().int().nullable(),
  offeredUntil: TimestampSchema.nullable(),
  /** Signing up and cancelling close when the activity begins. */
  open: z.boolean(),
  /**
   * Another date of the same module the caller holds a place on. A confirmed seat here (taken at
   * once or by accepting an offer) gives it up; a waiting place here keeps it.
   */
  heldElsewhere: z.object({ activityId: IdSchema, startsAt: TimestampSchema }).nullable(),
});
export type MySignupRes = z.infer<typeof MySignupSchema>;

/** A coming activity; `signup` when participants sign up for one of the module's dates. */
export const MyUpcomingActivitySchema = MyActivitySchema.extend({ signup: MySignupSchema.nullable() });
export type MyUpcomingActivityRes = z.infer<typeof MyUpcomingActivitySchema>;

/** A held activity with the caller's own mark (null: not marked). Never anyone else's. */
export const MyPastActivitySchema = MyActivitySchema.extend({
  attendance: z.object({ status: AttendanceStatusSchema, reason: z.string().nullable() }).nullable(),
});
export type MyPastActivityRes = z.infer<typeof MyPastActivitySchema>;

export const MyCohortSchema = z.object({
  id: IdSchema,
  name: z.string(),
  programmeTitle: z.string(),
  versionName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  /** Not yet ended, soonest first. */
  upcoming: z.array(MyUpcomingActivitySchema),
  /** Ended, latest first. */
  past: z.array(MyPastActivitySchema),
  /** The caller's own figures over the activities that have begun; rate null while nothing is marked. */
  attendance: z.object({
    present: z.number().int(),
    absent: z.number().int(),
    unmarked: z.number().int(),
    rate: z.number().nullable(),
  }),
});
export type MyCohortRes = z.infer<typeof MyCohortSchema>;

/** The current cohorts the caller takes part in (none: an empty list). */
export const MyProgrammeSchema = z.object({ cohorts: z.array(MyCohortSchema) });
export type MyProgrammeRes = z.infer<typeof MyProgrammeSchema>;

/** Whether the caller has a calendar subscription link; the link itself is shown only when made. */
export const CalendarLinkStateSchema = z.object({
  exists: z.boolean(),
  createdAt: TimestampSchema.nullable(),
});
export type CalendarLinkStateRes = z.infer<typeof CalendarLinkStateSchema>;

export const CalendarLinkCreatedSchema = z.object({
  /** The full subscription address with its private token: shown once, stored only as a hash. */
  url: z.string(),
  createdAt: TimestampSchema,
});
export type CalendarLinkCreatedRes = z.infer<typeof CalendarLinkCreatedSchema>;

/** A base64url token (newToken: 43 characters). */
export const CalendarTokenParamsSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
});
