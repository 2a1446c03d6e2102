import type {
  CheckInReq,
  CheckInResultRes,
  ManagedRegistrationRes,
  SubstituteReq,
} from '../../../../core/schemas/events.js';
import { AppError, conflict, gone, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { addMs, HOUR } from '../../lib/clock.js';
import type { AppContext, Trx } from '../../lib/context.js';
import { hashToken, newToken } from '../../lib/ids.js';
import { type MailAttachmentSpec, queueMail } from '../../lib/mail/outbox.js';
import { type MessageKey, t } from '../../lib/messages.js';
import type { OrgActor } from '../../lib/policy.js';
import type { EventWithOrganisation } from './events.repository.js';
import * as repo from './events.repository.js';
import type { RegistrationRow } from './events.tables.js';
import { danishWhen, freeTicketCode, manageUrl } from './registration.service.js';
import { ticketFiles, ticketToken } from './ticket-files.js';

/** The registration behind a private link; a forged or replaced link is 410, saying nothing more. */
async function byToken(exec: Trx | AppContext['db']['kysely'], token: string) {
  const row = await repo.findRegistrationByManageToken(exec, hashToken(token));
  if (!row) throw gone('link_unknown');
  const event = await repo.findEventById(exec, row.event_id);
  if (!event) throw gone('link_unknown');
  return { row, event };
}

/**
 * The registration behind a private link, read again under its event's lock, with the event as
 * it is now: a link replaced by a substitution a moment ago is 410 here too.
 */
async function lockedByToken(ctx: AppContext, trx: Trx, token: string) {
  const hash = hashToken(token);
  const peek = await repo.findRegistrationByManageToken(trx, hash);
  if (!peek) throw gone('link_unknown');
  await repo.lockEvent(trx, ctx.db.dialect, peek.event_id);
  const row = await repo.findRegistrationByManageToken(trx, hash);
  const event = row ? await repo.findEventById(trx, row.event_id) : undefined;
  if (!row || !event) throw gone('link_unknown');
  return { row, event };
}

const nowIso = (ctx: AppContext) => ctx.clock.now().toISOString();
/** Substitution runs until the given time, or until the event starts. */
const substitutionOpen = (e: EventWithOrganisation, now: string) =>
  now < (e.substitution_until ?? e.starts_at) && now < e.starts_at;
const cancellationOpen = (e: EventWithOrganisation, now: string) =>
  e.terms_kind === 'cancellable' && e.cancellable_until !== null && now < e.cancellable_until;

export async function viewRegistration(ctx: AppContext, token: string): Promise<ManagedRegistrationRes> {
  const { row, event } = await byToken(ctx.db.kysely, token);
  const now = nowIso(ctx);
  const active = row.status === 'confirmed' || row.status === 'offered' || row.status === 'waitlisted';
  return {
    event: {
      slug: event.slug,
      title: event.title,
      startsAt: event.starts_at,
      endsAt: event.ends_at,
      checkInFrom: event.check_in_from,
      venueName: event.venue_name,
      address: event.address,
      onlineUrl: event.online_url,
      terms: {
        kind: event.terms_kind === 'cancellable' ? 'cancellable' : 'binding',
        cancellableUntil: event.cancellable_until,
        substitutionUntil: event.substitution_until,
      },
      organisationName: event.organisation_name,
    },
    status: row.status as ManagedRegistrationRes['status'],
    closedReason: row.closed_reason,
    name: row.name,
    email: row.email,
    jobTitle: row.job_title,
    organisation: row.organisation_name,
    price: {
      exVatOre: row.price_ex_vat_ore,
      vatOre: row.vat_ore,
      inclVatOre: row.price_ex_vat_ore + row.vat_ore,
    },
    ticket:
      row.status === 'confirmed'
        ? { token: ticketToken(ctx, row.id, row.ticket_version), code: row.ticket_code }
        : null,
    waitingPosition: row.status === 'waitlisted' ? await repo.waitingPosition(ctx.db.kysely, row) : null,
    offeredUntil: row.status === 'offered' ? row.offered_until : null,
    canSubstitute: row.status === 'confirmed' && substitutionOpen(event, now),
    canCancel: active && cancellationOpen(event, now),
    canAccept: row.status === 'offered' && row.offered_until !== null && now < row.offered_until,
    history: (await repo.listAttendance(ctx.db.kysely, row.id)).map((a) => ({
      name: a.name,
      from: a.held_from,
      until: a.held_until,
    })),
  };
}

async function mail(
  ctx: AppContext,
  trx: Trx,
  event: EventWithOrganisation,
  to: string,
  key: string,
  params: Record<string, string>,
  attachments: MailAttachmentSpec[] = [],
) {
  const all = {
    event: event.title,
    when: danishWhen(event.starts_at),
    organisation: event.organisation_name,
    ...params,
  };
  await queueMail(trx, ctx.clock, {
    organisationId: event.organisation_id,
    to,
    subject: t('da', `mail.${key}.subject` as MessageKey, all),
    text: t('da', `mail.${key}.body` as MessageKey, all),
    attachments,
  });
}

async function audit(
  ctx: AppContext,
  trx: Trx,
  row: RegistrationRow,
  action: string,
  changes: Record<string, unknown>,
  actorUserId: string | null = null,
) {
  await recordAudit(trx, ctx.clock, {
    organisationId: row.organisation_id,
    actorUserId,
    action,
    entityType: 'registration',
    entityId: row.id,
    changes,
  });
}

/**
 * Hands a confirmed seat to a colleague: the same registration (seat, invoice, buyer) gets a new
 * attendee, a new ticket (the old QR code and code stop working) and a new private link. Never
 * needs a free seat, so it works on a sold-out event.
 */
export async function substitute(ctx: AppContext, token: string, input: SubstituteReq) {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const { row, event } = await lockedByToken(ctx, trx, token);
    const now = nowIso(ctx);
    if (row.status !== 'confirmed') throw conflict('registration.not_confirmed', 'not_confirmed');
    if (!substitutionOpen(event, now)) {
      throw conflict('registration.substitution_closed', 'substitution_closed');
    }
    // Someone already came in on this seat: handing it on now would let two people in.
    if (row.checked_in_at) throw conflict('registration.already_checked_in', 'already_checked_in');
    if (
      input.email !== row.email &&
      event.allow_duplicate_email !== 1 &&
      (await repo.emailHoldsSeat(trx, event.id, input.email))
    ) {
      throw conflict('registration.duplicate_email', 'duplicate_email');
    }
    const newManage = newToken();
    const version = row.ticket_version + 1;
    const code = await freeTicketCode(trx, event.id);
    await repo.updateRegistration(trx, row.id, {
      name: input.name,
      email: input.email,
      job_title: input.jobTitle,
      manage_token_hash: hashToken(newManage),
      ticket_version: version,
      ticket_token_hash: hashToken(ticketToken(ctx, row.id, version)),
      ticket_code: code,
      // The previous holder's dietary needs (perhaps health data) are not the colleague's.
      dietary_needs: null,
      updated_at: now,
    });
    await repo.closeAttendance(trx, row.id, now);
    await repo.openAttendance(trx, {
      registrationId: row.id,
      name: input.name,
      email: input.email,
      jobTitle: input.jobTitle,
      from: now,
    });
    await audit(ctx, trx, row, 'registration.substituted', { event: event.id });
    const link = manageUrl(ctx, event.slug, newManage);
    await mail(
      ctx,
      trx,
      event,
      input.email,
      'registration.substitute_new',
      { name: input.name, previous: row.name, link, code },
      [ticketFiles(row.id, version)],
    );
    await mail(ctx, trx, event, row.email, 'registration.substitute_old', {
      name: row.name,
      next: input.name,
    });
    return { manageUrl: link };
  });
}

/**
 * Cancels where the terms allow it; a place on the waiting list or an offer can always be given
 * up. The freed seat goes to the waiting list at once.
 */
export async function cancel(ctx: AppContext, token: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const { row, event } = await lockedByToken(ctx, trx, token);
    await cancelLocked(ctx, trx, row, event);
  });
}

/**
 * Cancels under the event lock the caller holds (`actorUserId`: a signed-in person cancelling
 * their own, for the audit log). The freed seat goes to the waiting list at once.
 */
export async function cancelLocked(
  ctx: AppContext,
  trx: Trx,
  row: RegistrationRow,
  event: EventWithOrganisation,
  actorUserId: string | null = null,
): Promise<void> {
  const now = nowIso(ctx);
  if (!['confirmed', 'offered', 'waitlisted'].includes(row.status)) {
    throw conflict('registration.not_active', 'not_active');
  }
  if (row.status === 'confirmed' && !cancellationOpen(event, now))
    throw conflict('registration.binding', 'binding');
  await repo.updateRegistration(trx, row.id, {
    status: 'cancelled',
    cancelled_at: now,
    closed_reason: 'cancelled',
    offered_until: null,
    dietary_needs: null,
    updated_at: now,
  });
  await repo.closeAttendance(trx, row.id, now);
  await audit(ctx, trx, row, 'registration.cancelled', { event: event.id, was: row.status }, actorUserId);
  await offerFreedSeats(ctx, trx, event);
}

/** Accepts a seat offered from the waiting list, while the offer holds and before the event starts. */
export async function accept(ctx: AppContext, token: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const { row, event } = await lockedByToken(ctx, trx, token);
    await acceptLocked(ctx, trx, row, event, manageUrl(ctx, event.slug, token));
  });
}

/**
 * Accepts an offer under the event lock the caller holds; `link` goes in the mail (the private
 * link, or the page the person accepted on), `actorUserId` in the audit log.
 */
export async function acceptLocked(
  ctx: AppContext,
  trx: Trx,
  row: RegistrationRow,
  event: EventWithOrganisation,
  link: string,
  actorUserId: string | null = null,
): Promise<void> {
  const now = nowIso(ctx);
  if (row.status !== 'offered' || !row.offered_until || row.offered_until <= now || now >= event.starts_at) {
    throw conflict('registration.offer_gone', 'offer_gone');
  }
  await repo.updateRegistration(trx, row.id, { status: 'confirmed', offered_until: null, updated_at: now });
  await audit(ctx, trx, row, 'registration.offer_accepted', { event: event.id }, actorUserId);
  await mail(
    ctx,
    trx,
    event,
    row.email,
    'registration.accepted',
    { name: row.name, link, code: row.ticket_code },
    [ticketFiles(row.id, row.ticket_version)],
  );
}

/**
 * Offers free seats to the waiting list in order, each held for the event's hold time. Runs under
 * the event lock, and counts held offers as taken, so offers can never exceed the seats. No offers
 * after the registration deadline.
 */
export async function offerFreedSeats(
  ctx: AppContext,
  trx: Trx,
  event: EventWithOrganisation,
): Promise<number> {
  const now = ctx.clock.now();
  if (now.toISOString() >= event.registration_deadline || event.waiting_list !== 1) return 0;
  let offered = 0;
  while ((await repo.takenSeats(trx, event.id)) < event.capacity) {
    const next = await repo.firstWaiting(trx, event.id);
    if (!next) break;
    // Held for the hold time, but never past the start of the event.
    const held = addMs(now, event.offer_hold_hours * HOUR);
    const until = new Date(Math.min(held.getTime(), new Date(event.starts_at).getTime())).toISOString();
    await repo.updateRegistration(trx, next.id, {
      status: 'offered',
      offered_until: until,
      updated_at: now.toISOString(),
    });
    await audit(ctx, trx, next, 'registration.offered', { event: event.id, until });
    // The offer mail carries no link: the registrant uses the private link they already have.
    await mail(ctx, trx, event, next.email, 'registration.offer', {
      name: next.name,
      until: danishWhen(until),
    });
    offered++;
  }
  return offered;
}

export const OFFERS_JOB = 'events.expire_offers';

/**
 * The organiser turned the waiting list off: everyone still waiting is told, and their place is
 * closed (held offers stay: they hold a seat). Runs under the event lock. Returns how many.
 */
export async function closeWaitingList(
  ctx: AppContext,
  trx: Trx,
  event: EventWithOrganisation,
): Promise<number> {
  const now = nowIso(ctx);
  const waiting = await trx
    .selectFrom('registrations')
    .selectAll()
    .where('event_id', '=', event.id)
    .where('status', '=', 'waitlisted')
    .execute();
  for (const row of waiting) {
    await repo.updateRegistration(trx, row.id, {
      status: 'cancelled',
      closed_reason: 'waiting_list_closed',
      cancelled_at: now,
      dietary_needs: null,
      updated_at: now,
    });
    await repo.closeAttendance(trx, row.id, now);
    await audit(ctx, trx, row, 'registration.waiting_list_closed', { event: event.id });
    await mail(ctx, trx, event, row.email, 'registration.waiting_list_closed', { name: row.name });
  }
  return waiting.length;
}

/** The job: offers whose hold has run out pass to the next on the list. */
export async function expireOffers(ctx: AppContext): Promise<number> {
  let expired = 0;
  for (const eventId of await repo.eventsWithExpiredOffers(ctx.db.kysely, nowIso(ctx))) {
    expired += await ctx.db.kysely.transaction().execute(async (trx) => {
      await repo.lockEvent(trx, ctx.db.dialect, eventId);
      const event = await repo.findEventById(trx, eventId);
      if (!event) return 0;
      const now = nowIso(ctx);
      const stale = await trx
        .selectFrom('registrations')
        .selectAll()
        .where('event_id', '=', eventId)
        .where('status', '=', 'offered')
        .where('offered_until', '<=', now)
        .execute();
      for (const row of stale) {
        await repo.updateRegistration(trx, row.id, {
          status: 'cancelled',
          closed_reason: 'offer_expired',
          cancelled_at: now,
          updated_at: now,
        });
        await repo.closeAttendance(trx, row.id, now);
        await audit(ctx, trx, row, 'registration.offer_expired', { event: eventId });
      }
      await offerFreedSeats(ctx, trx, event);
      return stale.length;
    });
  }
  return expired;
}

/** Checks in by QR token or typed code; a second scan says when the first was. */
export async function checkIn(
  ctx: AppContext,
  actor: OrgActor,
  eventId: string,
  input: CheckInReq,
): Promise<CheckInResultRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const event = await repo.findEvent(trx, actor.organisationId, eventId);
    if (!event) throw notFound();
    const row = await repo.findRegistrationForCheckIn(trx, eventId, {
      code: input.code,
      tokenHash: input.token ? hashToken(input.token) : undefined,
      id: input.registrationId,
    });
    if (!row) throw new AppError('not_found', 'checkin.unknown_ticket', { reason: 'unknown_ticket' });
    if (row.status !== 'confirmed') throw conflict('checkin.not_confirmed', 'not_confirmed');
    const seats = await repo.seatCounts(trx, event);
    if (row.checked_in_at) {
      return {
        result: 'already' as const,
        name: row.name,
        organisation: row.organisation_name,
        checkedInAt: row.checked_in_at,
        arrived: await repo.countCheckedIn(trx, eventId),
        expected: seats.confirmed,
      };
    }
    const now = nowIso(ctx);
    // Only the first of simultaneous scans checks in; the others answer "already".
    if (!(await repo.markCheckedIn(trx, row.id, row.ticket_version, now))) {
      const fresh = await repo.findRegistration(trx, row.id);
      if (!fresh?.checked_in_at || fresh.ticket_version !== row.ticket_version) {
        throw new AppError('not_found', 'checkin.unknown_ticket', { reason: 'unknown_ticket' });
      }
      return {
        result: 'already' as const,
        name: fresh.name,
        organisation: fresh.organisation_name,
        checkedInAt: fresh.checked_in_at,
        arrived: await repo.countCheckedIn(trx, eventId),
        expected: seats.confirmed,
      };
    }
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'registration.checked_in',
      entityType: 'registration',
      entityId: row.id,
      changes: { by: input.token ? 'qr' : input.registrationId ? 'list' : 'code' },
    });
    return {
      result: 'checked_in' as const,
      name: row.name,
      organisation: row.organisation_name,
      checkedInAt: now,
      arrived: await repo.countCheckedIn(trx, eventId),
      expected: seats.confirmed,
    };
  });
}

/** The event as an iCalendar file for the person behind a private link (also organisation-only events). */
export async function calendarFor(ctx: AppContext, token: string) {
  const { event } = await byToken(ctx.db.kysely, token);
  return event;
}
