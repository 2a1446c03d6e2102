import { z } from 'zod';
import { storableInstant } from './cohorts.js';
import { IdSchema, TimestampSchema } from './common.js';

/**
 * Meetings of a learning set. Who sees what: the questions the set asked and the agreed next steps
 * are the set's own record, and every member sees them (with who was there and whose projects were
 * worked on). `notes` are the facilitator's own working notes: only those who run the set (the
 * cohort's administrators and facilitators, and the set's facilitator) see them, never members.
 */
export const MeetingLimits = {
  textMax: 4000,
  locationMax: 500,
  /** People recorded, and projects worked on, at one meeting. */
  listMax: 60,
} as const;

/** An instant with its offset (the web sends Copenhagen time converted), kept as UTC. */
const MeetingInstantSchema = z.iso
  .datetime({ offset: true, message: 'instant' })
  .transform((s) => new Date(s).toISOString())
  .refine(storableInstant, { message: 'instant' });

/** Where the set sits; with an activity it defaults to the activity's place. */
const LocationSchema = z
  .string()
  .trim()
  .max(MeetingLimits.locationMax)
  .nullable()
  .transform((v) => (v === '' ? null : v));
const TextSchema = z.string().trim().max(MeetingLimits.textMax);

/**
 * Plan a meeting: a time (and place), or an activity of the cohort's plan, which gives the time
 * (and the place, unless `location` says where in it the set sits).
 */
export const PlanMeetingSchema = z
  .strictObject({
    activityId: IdSchema.nullable().default(null),
    startsAt: MeetingInstantSchema.nullable().default(null),
    location: LocationSchema.default(null),
  })
  .refine((m) => m.activityId !== null || m.startsAt !== null, {
    message: 'meeting_when',
    path: ['startsAt'],
  })
  .refine((m) => m.activityId === null || m.startsAt === null, {
    message: 'meeting_time_from_activity',
    path: ['startsAt'],
  });
export type PlanMeetingReq = z.infer<typeof PlanMeetingSchema>;

/**
 * Any of the fields. `attendeePersonIds` and `projectIds` replace the lists: members of the set,
 * and the action projects its members have in the cohort (someone recorded before who has since
 * left the set may stay). `setId` moves the meeting to another set of the same cohort.
 */
export const UpdateMeetingSchema = z
  .strictObject({
    setId: IdSchema,
    activityId: IdSchema.nullable(),
    startsAt: MeetingInstantSchema,
    location: LocationSchema,
    attendeePersonIds: z.array(IdSchema).max(MeetingLimits.listMax),
    projectIds: z.array(IdSchema).max(MeetingLimits.listMax),
    questions: TextSchema,
    nextSteps: TextSchema,
    notes: TextSchema,
  })
  .partial();
export type UpdateMeetingReq = z.infer<typeof UpdateMeetingSchema>;

export const MeetingPersonSchema = z.object({ personId: IdSchema, name: z.string() });
export type MeetingPersonRes = z.infer<typeof MeetingPersonSchema>;

/** A project worked on: whose it is; its title only when its owner shares it with the set. */
export const MeetingProjectSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  personName: z.string(),
  title: z.string().nullable(),
});
export type MeetingProjectRes = z.infer<typeof MeetingProjectSchema>;

const MeetingActivitySchema = z.object({ id: IdSchema, title: z.string() });

/** A meeting as those who run the set see it, with the facilitator's own notes. */
export const MeetingSchema = z.object({
  id: IdSchema,
  setId: IdSchema,
  cohortId: IdSchema,
  /** With an activity, the time (and, unless the meeting names one, the place) are the activity's. */
  activity: MeetingActivitySchema.nullable(),
  startsAt: TimestampSchema,
  location: z.string().nullable(),
  attendees: z.array(MeetingPersonSchema),
  projects: z.array(MeetingProjectSchema),
  questions: z.string(),
  nextSteps: z.string(),
  notes: z.string(),
  updatedAt: TimestampSchema,
});
export type MeetingRes = z.infer<typeof MeetingSchema>;

/** A set's meetings, with what the forms choose from: members, their projects, the cohort's plan. */
export const SetMeetingsSchema = z.object({
  set: z.object({
    id: IdSchema,
    name: z.string(),
    cohortId: IdSchema,
    cohortName: z.string(),
    facilitator: z.object({ id: IdSchema, name: z.string() }).nullable(),
    members: z.array(MeetingPersonSchema),
    projects: z.array(MeetingProjectSchema),
    activities: z.array(
      MeetingActivitySchema.extend({ startsAt: TimestampSchema, location: z.string().nullable() }),
    ),
    /** The cohort's other sets the caller may move a meeting to. */
    otherSets: z.array(z.object({ id: IdSchema, name: z.string() })),
  }),
  /** Soonest first. */
  meetings: z.array(MeetingSchema),
});
export type SetMeetingsRes = z.infer<typeof SetMeetingsSchema>;

// A member's own view -----------------------------------------------------------------------------

/** A meeting as the set's members see it: no facilitator's notes. */
export const MyMeetingSchema = MeetingSchema.omit({ notes: true, setId: true, cohortId: true });
export type MyMeetingRes = z.infer<typeof MyMeetingSchema>;

export const MyLearningSetSchema = z.object({
  id: IdSchema,
  name: z.string(),
  cohortId: IdSchema,
  cohortName: z.string(),
  facilitatorName: z.string().nullable(),
  /** The others in the set (not the caller), by name. */
  members: z.array(
    z.object({
      personId: IdSchema,
      name: z.string(),
      areaName: z.string().nullable(),
      unitName: z.string().nullable(),
    }),
  ),
  /** Soonest first. */
  meetings: z.array(MyMeetingSchema),
});
export type MyLearningSetRes = z.infer<typeof MyLearningSetSchema>;

/**
 * The caller's set in each of their current cohorts (none: an empty list), and the sets they are
 * the facilitator of in cohorts that have not ended, so they find the set's meetings.
 */
export const MyLearningSetsSchema = z.object({
  sets: z.array(MyLearningSetSchema),
  facilitating: z.array(
    z.object({ id: IdSchema, name: z.string(), cohortId: IdSchema, cohortName: z.string() }),
  ),
});
export type MyLearningSetsRes = z.infer<typeof MyLearningSetsSchema>;
