import { z } from 'zod';
import { cvrProblem, eanProblem } from '../invoicing.js';
import { EmailSchema, IdSchema, NameSchema } from './common.js';

/** An instant with its offset, e.g. 2027-03-01T09:30:00+01:00 (stored as UTC). */
const InstantSchema = z.iso.datetime({ offset: true });
const Text = (max: number) => z.string().trim().max(max);
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

export const ContactPersonSchema = z.strictObject({
  name: NameSchema,
  title: OptionalText(200),
  unit: OptionalText(200),
  phone: OptionalText(40),
  email: EmailSchema.nullable(),
});
export type ContactPerson = z.infer<typeof ContactPersonSchema>;

export const TermsSchema = z.strictObject({
  /** binding: no cancelling, a colleague may take the seat; cancellable: until `cancellableUntil`. */
  kind: z.enum(['binding', 'cancellable']),
  cancellableUntil: InstantSchema.nullable(),
  substitutionUntil: InstantSchema.nullable(),
});
export type Terms = z.infer<typeof TermsSchema>;

export const EventBodySchema = z.strictObject({
  title: Text(200).min(1),
  description: Text(10_000),
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  checkInFrom: InstantSchema.nullable(),
  venueName: OptionalText(200),
  address: OptionalText(500),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable(),
  capacity: z.number().int().min(1).max(100_000),
  waitingList: z.boolean(),
  /** Price per registration excluding VAT, in øre (217500 = 2,175.00 DKK). */
  priceExVatOre: z.number().int().min(0).max(100_000_000),
  /** 2500 = 25 %. */
  vatRateBasisPoints: z.number().int().min(0).max(10_000),
  registrationDeadline: InstantSchema,
  terms: TermsSchema,
  targetAudience: Text(1000),
  contacts: z.array(ContactPersonSchema).max(10),
  visibility: z.enum(['public', 'organisation']),
  /** Normally one seat per e-mail address per event. */
  allowDuplicateEmail: z.boolean(),
  /** How long a seat offered from the waiting list is held. */
  offerHoldHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14),
});
export type EventBodyReq = z.infer<typeof EventBodySchema>;

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;

export const SeatCountsSchema = z.object({
  capacity: z.number().int(),
  confirmed: z.number().int(),
  /** Seats held for people offered one from the waiting list. */
  offered: z.number().int(),
  waitlisted: z.number().int(),
  seatsLeft: z.number().int(),
});
export type SeatCounts = z.infer<typeof SeatCountsSchema>;

const PriceSchema = z.object({ exVatOre: z.number(), vatOre: z.number(), inclVatOre: z.number() });

/** An event as its organisers see it (plain types: answers are not re-validated). */
export const EventSchema = z.object({
  id: IdSchema,
  slug: z.string(),
  status: z.enum(EVENT_STATUSES),
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  checkInFrom: z.string().nullable(),
  venueName: z.string().nullable(),
  address: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number(),
  waitingList: z.boolean(),
  priceExVatOre: z.number(),
  vatRateBasisPoints: z.number(),
  price: PriceSchema,
  registrationDeadline: z.string(),
  terms: z.object({
    kind: z.enum(['binding', 'cancellable']),
    cancellableUntil: z.string().nullable(),
    substitutionUntil: z.string().nullable(),
  }),
  targetAudience: z.string(),
  contacts: z.array(
    z.object({
      name: z.string(),
      title: z.string().nullable(),
      unit: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  visibility: z.enum(['public', 'organisation']),
  allowDuplicateEmail: z.boolean(),
  offerHoldHours: z.number(),
  publishedAt: z.string().nullable(),
  seats: SeatCountsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EventRes = z.infer<typeof EventSchema>;
export const EventListSchema = z.object({ items: z.array(EventSchema) });

export const PublishEventSchema = z.strictObject({
  visibility: z.enum(['public', 'organisation']).optional(),
});

/** What anyone sees of a published event. */
export const PublicEventSchema = EventSchema.pick({
  slug: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  checkInFrom: true,
  venueName: true,
  address: true,
  onlineUrl: true,
  waitingList: true,
  price: true,
  vatRateBasisPoints: true,
  registrationDeadline: true,
  terms: true,
  targetAudience: true,
  contacts: true,
}).extend({
  organisationName: z.string(),
  seatsLeft: z.number(),
  /** false after the deadline; the form says why. */
  registrationOpen: z.boolean(),
  /** Why registration is closed: the deadline passed, or the event is full without a waiting list. */
  closedReason: z.enum(['deadline', 'full']).nullable(),
  /** true when the event is full and a registration now goes on the waiting list. */
  nextGoesToWaitingList: z.boolean(),
  /** Invoice details (EAN or CVR) are asked for when the event costs money. */
  invoiceRequired: z.boolean(),
});
export type PublicEventRes = z.infer<typeof PublicEventSchema>;
export const PublicEventListSchema = z.object({ items: z.array(PublicEventSchema) });

const DigitsSchema = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .nullable()
  .transform((v) => (v === '' ? null : v));

export const RegistrationBodySchema = z
  .strictObject({
    name: NameSchema,
    email: EmailSchema,
    jobTitle: OptionalText(200),
    organisation: OptionalText(200),
    ean: DigitsSchema,
    cvr: DigitsSchema,
    orderReference: OptionalText(100),
    invoiceContact: OptionalText(200),
    dietaryNeeds: OptionalText(500),
    acceptTerms: z.literal(true, { error: 'accept_terms' }),
  })
  .superRefine((r, ctx) => {
    const ean = r.ean ? eanProblem(r.ean) : null;
    if (ean) ctx.addIssue({ code: 'custom', path: ['ean'], message: ean });
    const cvr = r.cvr ? cvrProblem(r.cvr) : null;
    if (cvr) ctx.addIssue({ code: 'custom', path: ['cvr'], message: cvr });
  });
export type RegistrationBodyReq = z.infer<typeof RegistrationBodySchema>;

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'offered', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const RegistrationCreatedSchema = z.object({
  id: IdSchema,
  status: z.enum(['confirmed', 'waitlisted']),
  /** The private link to see and manage the registration. Keep it: it is shown once. */
  manageUrl: z.string(),
});
export type RegistrationCreatedRes = z.infer<typeof RegistrationCreatedSchema>;

export const RegistrationSchema = z.object({
  id: IdSchema,
  status: z.enum(REGISTRATION_STATUSES),
  name: z.string(),
  email: z.string(),
  jobTitle: z.string().nullable(),
  organisation: z.string().nullable(),
  ean: z.string().nullable(),
  cvr: z.string().nullable(),
  orderReference: z.string().nullable(),
  invoiceContact: z.string().nullable(),
  dietaryNeeds: z.string().nullable(),
  price: PriceSchema,
  /** Position on the waiting list (1 = next), null otherwise. */
  waitingPosition: z.number().nullable(),
  checkedInAt: z.string().nullable(),
  createdAt: z.string(),
});
export type RegistrationRes = z.infer<typeof RegistrationSchema>;
export const RegistrationListSchema = z.object({
  items: z.array(RegistrationSchema),
  seats: SeatCountsSchema,
});
export const EventSlugParamsSchema = z.strictObject({ slug: z.string().min(1).max(100) });

export const ManageTokenParamsSchema = z.strictObject({ token: z.string().min(20).max(200) });

/** What the private link shows: the registration, what may be done with it, and who held the seat when. */
export const ManagedRegistrationSchema = z.object({
  event: PublicEventSchema.pick({
    slug: true,
    title: true,
    startsAt: true,
    endsAt: true,
    checkInFrom: true,
    venueName: true,
    address: true,
    onlineUrl: true,
    terms: true,
    organisationName: true,
  }),
  status: z.enum(REGISTRATION_STATUSES),
  /** cancelled | offer_expired when the registration has ended. */
  closedReason: z.string().nullable(),
  name: z.string(),
  email: z.string(),
  jobTitle: z.string().nullable(),
  organisation: z.string().nullable(),
  price: PriceSchema,
  /** For the QR code and typing at check-in; null unless the seat is confirmed. */
  ticket: z.object({ token: z.string(), code: z.string() }).nullable(),
  waitingPosition: z.number().nullable(),
  offeredUntil: z.string().nullable(),
  canSubstitute: z.boolean(),
  canCancel: z.boolean(),
  canAccept: z.boolean(),
  history: z.array(z.object({ name: z.string(), from: z.string(), until: z.string().nullable() })),
});
export type ManagedRegistrationRes = z.infer<typeof ManagedRegistrationSchema>;

export const SubstituteBodySchema = z.strictObject({
  name: NameSchema,
  email: EmailSchema,
  jobTitle: OptionalText(200),
});
export type SubstituteReq = z.infer<typeof SubstituteBodySchema>;

export const SubstitutedSchema = z.object({
  /** The colleague's own private link; the old one stops working. */
  manageUrl: z.string(),
});

export const CheckInBodySchema = z
  .strictObject({
    /** The six-character code on the ticket. */
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{6}$/, 'ticket_code')
      .optional(),
    /** The token read from the QR code. */
    token: z.string().min(20).max(200).optional(),
    /** Picked from the list by name, when the person has no ticket with them. */
    registrationId: IdSchema.optional(),
  })
  .refine((b) => [b.code, b.token, b.registrationId].filter(Boolean).length === 1, {
    message: 'code_or_token',
  });
export type CheckInReq = z.infer<typeof CheckInBodySchema>;

export const CheckInResultSchema = z.object({
  /** checked_in: now; already: earlier (see checkedInAt). */
  result: z.enum(['checked_in', 'already']),
  name: z.string(),
  organisation: z.string().nullable(),
  checkedInAt: z.string(),
  arrived: z.number(),
  expected: z.number(),
});
export type CheckInResultRes = z.infer<typeof CheckInResultSchema>;

export const EventMessageBodySchema = z.strictObject({
  subject: Text(200).min(1),
  text: Text(10_000).min(1),
  includeWaitingList: z.boolean(),
});
export type EventMessageReq = z.infer<typeof EventMessageBodySchema>;
export const EventMessageSentSchema = z.object({ sent: z.number().int() });

/** An event of my own organisation as a signed-in member sees it (organisation-only events too). */
export const MemberEventSchema = PublicEventSchema.extend({ visibility: z.enum(['public', 'organisation']) });
export type MemberEventRes = z.infer<typeof MemberEventSchema>;
export const MemberEventListSchema = z.object({ items: z.array(MemberEventSchema) });
