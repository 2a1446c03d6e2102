import type {
  EventBodyReq,
  EventMessageReq,
  EventRes,
  RegistrationRes,
} from '../../../../core/schemas/events.js';
import { AppError, conflict, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { newId } from '../../lib/ids.js';
import { queueMail } from '../../lib/mail/outbox.js';
import type { MessageKey } from '../../lib/messages.js';
import { can, type OrgActor } from '../../lib/policy.js';
import { slugify } from '../organisations/organisations.service.js';
import { EventAbilities } from './events.policy.js';
import { presentEvent, presentRegistration } from './events.presenter.js';
import type { EventWithOrganisation } from './events.repository.js';
import * as repo from './events.repository.js';
import type { EventRow } from './events.tables.js';
import { closeWaitingList, offerFreedSeats } from './lifecycle.service.js';

const toUtc = (iso: string) => new Date(iso).toISOString();
const toUtcOrNull = (iso: string | null) => (iso === null ? null : toUtc(iso));

/** Checks between fields, each answered on the field to fix. */
function eventProblems(input: EventBodyReq): AppError | null {
  const fields: Record<string, { key: MessageKey }> = {};
  const starts = toUtc(input.startsAt);
  if (toUtc(input.endsAt) <= starts) fields.endsAt = { key: 'event.ends_before_start' };
  if (input.checkInFrom && toUtc(input.checkInFrom) > starts)
    fields.checkInFrom = { key: 'event.check_in_after_start' };
  if (toUtc(input.registrationDeadline) > starts)
    fields.registrationDeadline = { key: 'event.deadline_after_start' };
  if (input.terms.kind === 'cancellable' && !input.terms.cancellableUntil) {
    fields['terms.cancellableUntil'] = { key: 'event.cancellable_until_missing' };
  }
  if (!input.venueName && !input.address && !input.onlineUrl) fields.address = { key: 'event.place_missing' };
  return Object.keys(fields).length > 0
    ? new AppError('validation_failed', 'error.validation_failed', { fields })
    : null;
}

function columns(input: EventBodyReq) {
  return {
    title: input.title,
    description: input.description,
    starts_at: toUtc(input.startsAt),
    ends_at: toUtc(input.endsAt),
    check_in_from: toUtcOrNull(input.checkInFrom),
    venue_name: input.venueName,
    address: input.address,
    online_url: input.onlineUrl,
    capacity: input.capacity,
    waiting_list: input.waitingList ? 1 : 0,
    price_ex_vat_ore: input.priceExVatOre,
    vat_rate_bp: input.vatRateBasisPoints,
    registration_deadline: toUtc(input.registrationDeadline),
    terms_kind: input.terms.kind,
    cancellable_until: toUtcOrNull(input.terms.cancellableUntil),
    substitution_until: toUtcOrNull(input.terms.substitutionUntil),
    target_audience: input.targetAudience,
    contacts: JSON.stringify(input.contacts),
    visibility: input.visibility,
    allow_duplicate_email: input.allowDuplicateEmail ? 1 : 0,
    offer_hold_hours: input.offerHoldHours,
  };
}

/** A slug from the title (æ→ae, ø→oe, å→aa), unique across the installation. */
async function uniqueSlug(exec: Executor, title: string): Promise<string> {
  const base = slugify(title) || 'arrangement';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.slugTaken(exec, slug))) return slug;
  }
}

async function present(exec: Executor, row: EventRow): Promise<EventRes> {
  return presentEvent(row, await repo.seatCounts(exec, row));
}

export async function listEvents(ctx: AppContext, actor: OrgActor): Promise<EventRes[]> {
  const rows = await repo.listEvents(ctx.db.kysely, actor.organisationId);
  const seats = await repo.seatCountsOf(ctx.db.kysely, rows);
  return rows.map((r) => presentEvent(r, seats(r)));
}

export async function getEvent(ctx: AppContext, actor: OrgActor, id: string): Promise<EventRes> {
  const row = await repo.findEvent(ctx.db.kysely, actor.organisationId, id);
  if (!row) throw notFound();
  return present(ctx.db.kysely, row);
}

export async function createEvent(ctx: AppContext, actor: OrgActor, input: EventBodyReq): Promise<EventRes> {
  const problem = eventProblems(input);
  if (problem) throw problem;
  // Two organisers may pick the same title at once: the unique index decides, and the loser
  // takes the next free slug.
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertEvent(ctx, actor, input);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

/** Writes a new event and its audit entry in the caller's transaction; answers its id. */
async function writeNewEvent(
  ctx: AppContext,
  trx: Trx,
  actor: OrgActor,
  input: EventBodyReq,
  slug: string,
  published: boolean,
): Promise<string> {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  await repo.insertEvent(trx, {
    id,
    organisation_id: actor.organisationId,
    slug,
    status: published ? 'published' : 'draft',
    ...columns(input),
    published_at: published ? now : null,
    created_at: now,
    updated_at: now,
  });
  await recordAudit(trx, ctx.clock, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: 'event.created',
    entityType: 'event',
    entityId: id,
    changes: published ? { slug, published } : { slug },
  });
  return id;
}

async function insertEvent(ctx: AppContext, actor: OrgActor, input: EventBodyReq): Promise<EventRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const id = await writeNewEvent(ctx, trx, actor, input, await uniqueSlug(trx, input.title), false);
    const row = await repo.findEvent(trx, actor.organisationId, id);
    if (!row) throw new Error('an event just created could not be read back');
    return present(trx, row);
  });
}

export async function updateEvent(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  input: EventBodyReq,
): Promise<EventRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    // Its activity keeps it in step (title, times, place, seats): changed here, the two would part.
    if (await repo.holdsActivitySeats(trx, actor.organisationId, id)) {
      throw conflict('event.held_by_activity', 'held_by_activity');
    }
    return present(trx, await changeEvent(ctx, trx, actor, id, input));
  });
}

/**
 * Changes an event in the caller's transaction, under the event lock: the capacity never below the
 * seats taken (409 `capacity_below_taken`), a waiting list turned off closes the places on it, and
 * new seats go to the waiting list at once. Also keeps a cohort activity's seats in step.
 */
export async function changeEvent(
  ctx: AppContext,
  trx: Trx,
  actor: OrgActor,
  id: string,
  input: EventBodyReq,
): Promise<EventWithOrganisation> {
  const problem = eventProblems(input);
  if (problem) throw problem;
  await repo.lockEvent(trx, ctx.db.dialect, id);
  const before = await repo.findEvent(trx, actor.organisationId, id);
  if (!before) throw notFound();
  // Capacity is checked against the seats taken in the same locked transaction.
  const taken = await repo.takenSeats(trx, id);
  if (input.capacity < taken) {
    throw conflict('event.capacity_below_taken', 'capacity_below_taken', { taken });
  }
  const set = columns(input);
  const changed = (Object.keys(set) as (keyof typeof set)[]).filter((k) => set[k] !== before[k]);
  // Seats, price, deadline and terms with their values (no personal data); other fields by name.
  const KEPT = [
    'capacity',
    'waiting_list',
    'price_ex_vat_ore',
    'vat_rate_bp',
    'registration_deadline',
    'terms_kind',
    'visibility',
  ] as const;
  const values = Object.fromEntries(
    KEPT.filter((k) => changed.includes(k)).map((k) => [k, { before: before[k], after: set[k] }]),
  );
  await repo.updateEvent(trx, id, { ...set, updated_at: ctx.clock.now().toISOString() });
  await recordAudit(trx, ctx.clock, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: 'event.updated',
    entityType: 'event',
    entityId: id,
    changes: { fields: changed, ...values },
  });
  // More seats (or a waiting list turned on) may let the waiting list move up at once.
  const after = await repo.findEventById(trx, id);
  if (!after) throw notFound();
  if (before.waiting_list === 1 && after.waiting_list !== 1) await closeWaitingList(ctx, trx, after);
  if (after.status === 'published') await offerFreedSeats(ctx, trx, after);
  return after;
}

/**
 * An event made published at once, in the caller's transaction, for another module that runs it
 * (a cohort activity's seats). The caller picks a slug that cannot be taken (from a new id), so no
 * retry is needed inside its transaction. Answers the event's id.
 */
export async function insertPublishedEvent(
  ctx: AppContext,
  trx: Trx,
  actor: OrgActor,
  input: EventBodyReq,
  slug: string,
): Promise<string> {
  const problem = eventProblems(input);
  if (problem) throw problem;
  return writeNewEvent(ctx, trx, actor, input, slug, true);
}

/**
 * Deletes an event nobody holds a seat, an offer or a waiting place on (its ended registrations
 * go with it), under the event lock. Answers how many are still active: 0 means deleted.
 */
export async function deleteUnusedEvent(ctx: AppContext, trx: Trx, actor: OrgActor, id: string) {
  await repo.lockEvent(trx, ctx.db.dialect, id);
  const event = await repo.findEvent(trx, actor.organisationId, id);
  if (!event) throw notFound();
  const seats = await repo.seatCounts(trx, event);
  const active = seats.confirmed + seats.offered + seats.waitlisted;
  if (active > 0) return active;
  await repo.deleteEvent(trx, id);
  await recordAudit(trx, ctx.clock, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: 'event.deleted',
    entityType: 'event',
    entityId: id,
    changes: { slug: event.slug },
  });
  return 0;
}

export async function publishEvent(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  visibility?: 'public' | 'organisation',
): Promise<EventRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const before = await repo.findEvent(trx, actor.organisationId, id);
    if (!before) throw notFound();
    if (before.status !== 'draft') throw conflict('event.not_draft', 'not_draft');
    const now = ctx.clock.now().toISOString();
    await repo.updateEvent(trx, id, {
      status: 'published',
      published_at: now,
      updated_at: now,
      ...(visibility && { visibility }),
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'event.published',
      entityType: 'event',
      entityId: id,
      changes: { visibility: visibility ?? before.visibility },
    });
    const row = await repo.findEvent(trx, actor.organisationId, id);
    if (!row) throw notFound();
    return present(trx, row);
  });
}

export async function listRegistrations(ctx: AppContext, actor: OrgActor, eventId: string) {
  // Facilitators see who comes; dietary needs and invoice details only the administrators.
  const full = can(actor, EventAbilities.manage);
  const event = await repo.findEvent(ctx.db.kysely, actor.organisationId, eventId);
  if (!event) throw notFound();
  const rows = await repo.listRegistrations(ctx.db.kysely, eventId);
  let position = 0;
  const items: RegistrationRes[] = rows.map((r) => {
    const shown = presentRegistration(r, r.status === 'waitlisted' ? ++position : null);
    return full
      ? shown
      : { ...shown, dietaryNeeds: null, ean: null, cvr: null, orderReference: null, invoiceContact: null };
  });
  return { items, seats: await repo.seatCounts(ctx.db.kysely, event) };
}

/** One mail per registrant (queued, sent by the job runner); audited without the text. */
export async function messageRegistrants(
  ctx: AppContext,
  actor: OrgActor,
  eventId: string,
  input: EventMessageReq,
) {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const event = await repo.findEvent(trx, actor.organisationId, eventId);
    if (!event) throw notFound();
    const statuses = input.includeWaitingList
      ? ['confirmed', 'offered', 'waitlisted']
      : ['confirmed', 'offered'];
    const rows = (await repo.listRegistrations(trx, eventId)).filter((r) => statuses.includes(r.status));
    for (const r of rows) {
      await queueMail(trx, ctx.clock, {
        organisationId: actor.organisationId,
        to: r.email,
        subject: input.subject,
        text: input.text,
      });
    }
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'event.message_sent',
      entityType: 'event',
      entityId: eventId,
      changes: { recipients: rows.length, includeWaitingList: input.includeWaitingList },
    });
    return { sent: rows.length };
  });
}
