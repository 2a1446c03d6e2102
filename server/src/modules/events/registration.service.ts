import { randomInt } from 'node:crypto';
import { priceLine } from '../../../../core/money.js';
import type { RegistrationBodyReq, RegistrationCreatedRes } from '../../../../core/schemas/events.js';
import { conflict, fieldError, notFound } from '../../lib/app-error.js';
import { recordAudits } from '../../lib/audit.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { groupCommit, type Outcome } from '../../lib/group-commit.js';
import { hashToken, newId, newToken } from '../../lib/ids.js';
import { queueMails } from '../../lib/mail/outbox.js';
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
  const [code] = await freeTicketCodes(exec, eventId, 1);
  return code as string;
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

/** One person's attempt to register, waiting for its batch. */
interface Attempt {
  input: RegistrationBodyReq;
  memberOf: string | undefined;
  /** The signed-in member registering, for the audit log; null for the public. */
  actorUserId: string | null;
}

/** Attempts per event written together (SQLite caps a statement at 32,766 values; a row has 27). */
const MAX_BATCH = 50;
const writers = new WeakMap<
  AppContext,
  (eventId: string, attempt: Attempt) => Promise<RegistrationCreatedRes>
>();

/** The app's group commit of registrations: one batch per event at a time (see groupCommit). */
function writerOf(ctx: AppContext) {
  let writer = writers.get(ctx);
  if (!writer) {
    writer = groupCommit((eventId, attempts: Attempt[]) => writeBatch(ctx, eventId, attempts), MAX_BATCH);
    writers.set(ctx, writer);
  }
  return writer;
}

/**
 * Registers for a public event. Attempts that arrive together are written together (group
 * commit), in one transaction under the event lock: the event read again (an organiser may have
 * just changed it), then for each attempt in arrival order the e-mail rule and the seats counted
 * from rows plus those given earlier in the batch, then the inserts, so confirmed registrations
 * and held offers never exceed the seats however many arrive at once. Each attempt gets its own
 * answer or error. The confirmation mail is queued in the same transaction and sent by the job runner.
 */
export async function register(
  ctx: AppContext,
  slug: string,
  input: RegistrationBodyReq,
  hooks?: RegistrationRaceHooks,
): Promise<RegistrationCreatedRes> {
  const first = await openEvent(ctx, slug);
  const attempt = { input, memberOf: undefined, actorUserId: null };
  // The control test's unsafe path counts outside the transaction, then waits: a classic race.
  if (hooks?.unsafeWithoutLock === true && process.env.VITEST !== undefined) {
    const counted = await repo.takenSeats(ctx.db.kysely, first.id);
    await hooks.betweenCountAndInsert();
    const [outcome] = await ctx.db.kysely
      .transaction()
      .execute((trx) => registerMany(ctx, trx, first.id, [attempt], counted));
    if (!outcome?.ok) throw outcome?.error;
    return outcome.value;
  }
  return writerOf(ctx)(first.id, attempt);
}

/**
 * A signed-in member registering for an event of their own organisation (organisation-only ones
 * too), the same way as the public (group commit, seats counted under the lock), audited as them.
 */
export async function registerMember(
  ctx: AppContext,
  slug: string,
  input: RegistrationBodyReq,
  member: { organisationId: string; userId: string },
): Promise<RegistrationCreatedRes> {
  const first = await openEvent(ctx, slug, member.organisationId);
  return writerOf(ctx)(first.id, { input, memberOf: member.organisationId, actorUserId: member.userId });
}

/**
 * One transaction for the batch. Should it fail as a whole (not one attempt's error: those are
 * answered one by one), each attempt is tried alone, so it fails only its own.
 */
async function writeBatch(
  ctx: AppContext,
  eventId: string,
  attempts: Attempt[],
): Promise<Outcome<RegistrationCreatedRes>[]> {
  try {
    return await ctx.db.kysely.transaction().execute((trx) => registerMany(ctx, trx, eventId, attempts));
  } catch (error) {
    if (attempts.length === 1) return [{ ok: false, error }];
    const outcomes: Outcome<RegistrationCreatedRes>[] = [];
    for (const attempt of attempts) outcomes.push(...(await writeBatch(ctx, eventId, [attempt])));
    return outcomes;
  }
}

/**
 * The attempts in arrival order, under the event lock (`countedBefore`: the control test's
 * count taken outside, without the lock). Checks every attempt before writing any, so a refused
 * one needs no rollback; then writes the accepted ones with one statement per table.
 */
async function registerMany(
  ctx: AppContext,
  trx: Trx,
  eventId: string,
  attempts: Attempt[],
  countedBefore?: number,
): Promise<Outcome<RegistrationCreatedRes>[]> {
  if (countedBefore === undefined) await repo.lockEvent(trx, ctx.db.dialect, eventId);
  const event = await repo.findEventById(trx, eventId);
  let taken = countedBefore ?? (await repo.takenSeats(trx, eventId));
  const held =
    event && event.allow_duplicate_email !== 1
      ? await repo.emailsHoldingSeats(
          trx,
          eventId,
          attempts.map((a) => a.input.email),
        )
      : null;
  const outcomes: Outcome<RegistrationCreatedRes>[] = [];
  const accepted: Accepted[] = [];
  for (const [index, { input, memberOf, actorUserId }] of attempts.entries()) {
    try {
      const open = checkOpen(ctx, event, memberOf);
      if (open.price_ex_vat_ore > 0 && !input.ean && !input.cvr) {
        throw fieldError('ean', 'registration.invoice_required');
      }
      if (held?.has(input.email)) throw conflict('registration.duplicate_email', 'duplicate_email');
      const status: 'confirmed' | 'waitlisted' | null =
        taken < open.capacity ? 'confirmed' : open.waiting_list === 1 ? 'waitlisted' : null;
      if (!status) throw conflict('registration.full', 'event_full');
      if (status === 'confirmed') taken++;
      held?.add(input.email);
      accepted.push({ index, input, status, manageToken: newToken(), actorUserId });
    } catch (error) {
      outcomes[index] = { ok: false, error };
    }
  }
  if (event && accepted.length > 0) {
    const ids = await insert(ctx, trx, event, accepted);
    accepted.forEach((a, i) => {
      outcomes[a.index] = {
        ok: true,
        value: { id: ids[i] ?? '', status: a.status, manageUrl: manageUrl(ctx, event.slug, a.manageToken) },
      };
    });
  }
  return outcomes;
}

interface Accepted {
  /** Its place in the batch. */
  index: number;
  input: RegistrationBodyReq;
  status: 'confirmed' | 'waitlisted';
  manageToken: string;
  actorUserId: string | null;
}

/** Check-in codes not used at the event yet, all different. */
async function freeTicketCodes(exec: Executor, eventId: string, count: number): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < count) {
    const candidates = new Set<string>();
    while (candidates.size < count - codes.size) {
      const code = ticketCode();
      if (!codes.has(code)) candidates.add(code);
    }
    const taken = await repo.ticketCodesTaken(exec, eventId, [...candidates]);
    for (const code of candidates) if (!taken.has(code)) codes.add(code);
  }
  return [...codes];
}

/** Writes the accepted attempts in arrival order (seq); answers their ids. */
async function insert(
  ctx: AppContext,
  trx: Trx,
  event: EventWithOrganisation,
  accepted: Accepted[],
): Promise<string[]> {
  const now = ctx.clock.now().toISOString();
  const firstSeq = await repo.nextSeq(trx, event.id);
  const codes = await freeTicketCodes(trx, event.id, accepted.length);
  const price = priceLine(event.price_ex_vat_ore, event.vat_rate_bp);
  const when = danishWhen(event.starts_at);
  const rows = accepted.map(({ input, status, manageToken }, i) => {
    const id = newId();
    return {
      id,
      event_id: event.id,
      organisation_id: event.organisation_id,
      status,
      seq: firstSeq + i,
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
      ticket_code: codes[i] ?? '',
      offered_until: null,
      checked_in_at: null,
      cancelled_at: null,
      closed_reason: null,
      anonymised_at: null,
      created_at: now,
      updated_at: now,
    };
  });
  await repo.insertRegistrations(trx, rows);
  await repo.openAttendances(
    trx,
    rows.map((r) => ({
      registrationId: r.id,
      name: r.name,
      email: r.email,
      jobTitle: r.job_title,
      from: now,
    })),
  );
  await recordAudits(
    trx,
    ctx.clock,
    rows.map((r, i) => ({
      organisationId: event.organisation_id,
      actorUserId: accepted[i]?.actorUserId ?? null,
      action: 'registration.created',
      entityType: 'registration',
      entityId: r.id,
      changes: { event: event.id, status: r.status },
    })),
  );
  await queueMails(
    trx,
    ctx.clock,
    rows.map((r, i) => {
      const params = {
        name: r.name,
        event: event.title,
        when,
        link: manageUrl(ctx, event.slug, accepted[i]?.manageToken ?? ''),
        organisation: event.organisation_name,
        code: r.ticket_code,
      };
      return {
        organisationId: event.organisation_id,
        to: r.email,
        subject: t('da', `mail.registration.${r.status}.subject`, params),
        text: t('da', `mail.registration.${r.status}.body`, params),
        attachments: r.status === 'confirmed' ? [ticketFiles(r.id, 1)] : [],
      };
    }),
  );
  return rows.map((r) => r.id);
}
