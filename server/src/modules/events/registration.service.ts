import { randomInt } from 'node:crypto';
import { priceLine } from '../../../../core/money.js';
import type { RegistrationBodyReq, RegistrationCreatedRes } from '../../../../core/schemas/events.js';
import { conflict, fieldError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { hashToken, newId, newToken } from '../../lib/ids.js';
import { queueMail } from '../../lib/mail/outbox.js';
import { t } from '../../lib/messages.js';
import type { EventWithOrganisation } from './events.repository.js';
import * as repo from './events.repository.js';
import { ticketFiles, ticketToken } from './ticket-files.js';

/**
 * Test-only: the control test turns the lock off and waits between counting and inserting, to
 * show the overbooking the lock prevents. Made only by server/src/test/race-hooks.ts.
 */
export interface RegistrationRaceHooks {
  unsafeWithoutLock: boolean;
  betweenCountAndInsert: () => Promise<void>;
}

// Without look-alikes, so a code read aloud or off paper is typed right.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const ticketCode = () =>
  Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** A short check-in code not used at the event yet. */
export async function freeTicketCode(exec: Executor, eventId: string): Promise<string> {
  let code = ticketCode();
  while (await repo.ticketCodeTaken(exec, eventId, code)) code = ticketCode();
  return code;
}

export const manageUrl = (ctx: AppContext, slug: string, token: string) =>
  `${ctx.config.publicUrl}/arrangementer/${slug}/tilmelding/${token}`;

const WHEN = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "mandag den 1. marts 2027 kl. 09.30" (made once: a formatter per call cost 8 % of a rush). */
export function danishWhen(iso: string): string {
  return WHEN.format(new Date(iso));
}

/**
 * An event open to this registration, or 404 / 409 as the contract says. The public may register
 * for public events; members (`memberOf`, their organisation) for any published event of their own.
 */
function checkOpen(
  ctx: AppContext,
  event: EventWithOrganisation | undefined,
  memberOf?: string,
): EventWithOrganisation {
  if (event?.status !== 'published') throw notFound();
  if (memberOf ? event.organisation_id !== memberOf : event.visibility !== 'public') throw notFound();
  if (ctx.clock.now().toISOString() >= event.registration_deadline) {
    throw conflict('registration.closed', 'registration_closed');
  }
  return event;
}

export async function openEvent(ctx: AppContext, slug: string, memberOf?: string) {
  return checkOpen(ctx, await repo.findEventBySlug(ctx.db.kysely, slug), memberOf);
}

/**
 * Registers for a public event. In one transaction under the event lock: the event read again
 * (an organiser may have just changed it), the e-mail rule, the seats counted from rows, then
 * the insert, so confirmed registrations and held offers never exceed the seats however many
 * arrive at once. The confirmation mail is queued in the same transaction and sent by the job runner.
 */
export async function register(
  ctx: AppContext,
  slug: string,
  input: RegistrationBodyReq,
  hooks?: RegistrationRaceHooks,
  memberOf?: string,
): Promise<RegistrationCreatedRes> {
  const first = await openEvent(ctx, slug, memberOf);
  const manageToken = newToken();
  // The control test's unsafe path counts outside the transaction, then waits: a classic race.
  const unsafe = hooks?.unsafeWithoutLock === true && process.env.VITEST !== undefined;
  const countedBefore = unsafe ? await repo.takenSeats(ctx.db.kysely, first.id) : null;
  if (unsafe) await hooks?.betweenCountAndInsert();

  const { id, status, event } = await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!unsafe) await repo.lockEvent(trx, ctx.db.dialect, first.id);
    const event = unsafe ? first : checkOpen(ctx, await repo.findEventById(trx, first.id), memberOf);
    if (event.price_ex_vat_ore > 0 && !input.ean && !input.cvr) {
      throw fieldError('ean', 'registration.invoice_required');
    }
    if (event.allow_duplicate_email !== 1 && (await repo.emailHoldsSeat(trx, event.id, input.email))) {
      throw conflict('registration.duplicate_email', 'duplicate_email');
    }
    const taken = countedBefore ?? (await repo.takenSeats(trx, event.id));
    const status: 'confirmed' | 'waitlisted' | null =
      taken < event.capacity ? 'confirmed' : event.waiting_list === 1 ? 'waitlisted' : null;
    if (!status) throw conflict('registration.full', 'event_full');
    const id = await insert(ctx, trx, event, input, status, manageToken);
    return { id, status, event };
  });
  return { id, status, manageUrl: manageUrl(ctx, event.slug, manageToken) };
}

async function insert(
  ctx: AppContext,
  trx: Trx,
  event: EventWithOrganisation,
  input: RegistrationBodyReq,
  status: 'confirmed' | 'waitlisted',
  manageToken: string,
): Promise<string> {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  const code = await freeTicketCode(trx, event.id);
  const price = priceLine(event.price_ex_vat_ore, event.vat_rate_bp);
  await repo.insertRegistration(trx, {
    id,
    event_id: event.id,
    organisation_id: event.organisation_id,
    status,
    seq: await repo.nextSeq(trx, event.id),
    name: input.name,
    email: input.email,
    job_title: input.jobTitle,
    organisation_name: input.organisation,
    ean: input.ean,
    cvr: input.cvr,
    order_reference: input.orderReference,
    invoice_contact: input.invoiceContact,
    dietary_needs: input.dietaryNeeds,
    price_ex_vat_ore: price.exVatOre,
    vat_ore: price.vatOre,
    manage_token_hash: hashToken(manageToken),
    ticket_version: 1,
    ticket_token_hash: hashToken(ticketToken(ctx, id, 1)),
    ticket_code: code,
    offered_until: null,
    checked_in_at: null,
    cancelled_at: null,
    closed_reason: null,
    anonymised_at: null,
    created_at: now,
    updated_at: now,
  });
  await repo.openAttendance(trx, {
    registrationId: id,
    name: input.name,
    email: input.email,
    jobTitle: input.jobTitle,
    from: now,
  });
  await recordAudit(trx, ctx.clock, {
    organisationId: event.organisation_id,
    actorUserId: null,
    action: 'registration.created',
    entityType: 'registration',
    entityId: id,
    changes: { event: event.id, status },
  });
  const params = {
    name: input.name,
    event: event.title,
    when: danishWhen(event.starts_at),
    link: manageUrl(ctx, event.slug, manageToken),
    organisation: event.organisation_name,
    code,
  };
  await queueMail(trx, ctx.clock, {
    organisationId: event.organisation_id,
    to: input.email,
    subject: t('da', `mail.registration.${status}.subject`, params),
    text: t('da', `mail.registration.${status}.body`, params),
    attachments: status === 'confirmed' ? [ticketFiles(id, 1)] : [],
  });
  return id;
}
