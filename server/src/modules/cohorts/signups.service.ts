import { EmailSchema } from '../../../../core/schemas/common.js';
import type { RegistrationBodyReq } from '../../../../core/schemas/events.js';
import type { MySignupRes } from '../../../../core/schemas/my-programme.js';
import { AppError, conflict, notFound } from '../../lib/app-error.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import type { MessageKey } from '../../lib/messages.js';
import type { OrgActor } from '../../lib/policy.js';
import * as events from '../events/events.repository.js';
import { acceptLocked, cancelLocked } from '../events/lifecycle.service.js';
import { registerMember } from '../events/registration.service.js';
import { activityPageUrl } from './my-programme.presenter.js';
import { findPersonOfUser } from './my-programme.repository.js';
import { presentMySignup } from './signups.presenter.js';
import * as repo from './signups.repository.js';

/**
 * A participant signs up for one of a module's dates through the events module: the same
 * registration path as everyone (group commit, seats counted under the event lock, waiting list),
 * cancellation and offers. Their registration is the one under their person's e-mail address.
 * One seat per module: a confirmed seat on one date gives up their places on the others, while a
 * waiting place does not (the seat they have stays theirs until they take one here).
 */

/** An address the way the events module stores it (trimmed, lower case); null when there is none. */
export function normalEmail(email: string | null): string | null {
  const parsed = EmailSchema.safeParse(email ?? '');
  return parsed.success ? parsed.data : null;
}

/** The caller's person and a date they may sign up for: 404 unless a current participant of its cohort. */
async function participantDate(exec: Executor, actor: OrgActor, activityId: string) {
  const person = await findPersonOfUser(exec, actor.organisationId, actor.userId);
  const activity = person
    ? await repo.activityOfParticipant(exec, actor.organisationId, activityId, person.id)
    : undefined;
  if (!person || !activity) throw notFound();
  const eventId = activity.signup_event_id;
  if (!eventId) throw conflict('signup.not_used', 'signup_not_used');
  return { person, activity: { ...activity, signup_event_id: eventId }, email: normalEmail(person.email) };
}

/** The events module's refusals, in the words of a date of a cohort. */
const REFUSALS: Record<string, [MessageKey, string]> = {
  duplicate_email: ['signup.already', 'already_signed_up'],
  event_full: ['signup.full', 'event_full'],
  registration_closed: ['signup.closed', 'registration_closed'],
  binding: ['signup.cancel_closed', 'cancel_closed'],
  offer_gone: ['signup.offer_gone', 'offer_gone'],
};

function inSignupWords(error: unknown): unknown {
  if (!(error instanceof AppError) || error.code !== 'conflict') return error;
  const refusal = REFUSALS[error.options.reason ?? ''];
  return refusal ? conflict(refusal[0], refusal[1]) : error;
}

/**
 * Signs the caller up for the date: a seat while there is one, else the waiting list (409 when
 * full without one). Only when it is a seat are their places on the module's other dates given
 * up, through the events module's cancellation, so the freed seat is offered to the next. On the
 * waiting list they keep their other date until they take a seat offered here (`acceptOffer`).
 */
export async function signUp(ctx: AppContext, actor: OrgActor, activityId: string): Promise<MySignupRes> {
  const exec = ctx.db.kysely;
  const { person, activity, email } = await participantDate(exec, actor, activityId);
  if (!email) throw conflict('signup.no_email', 'no_email');
  const [event] = await repo.seatEventsOf(exec, actor.organisationId, [activity.signup_event_id]);
  if (!event) throw notFound();
  const body: RegistrationBodyReq = {
    name: person.name,
    email,
    jobTitle: person.job_title,
    organisation: null,
    ean: null,
    cvr: null,
    orderReference: null,
    invoiceContact: null,
    dietaryNeeds: null,
    acceptTerms: true,
  };
  const created = await registerMember(ctx, event.slug, body, actor).catch((error: unknown) => {
    throw inSignupWords(error);
  });
  if (created.status === 'confirmed') {
    await exec.transaction().execute(async (trx) => {
      const eventIds = await lockModuleEvents(ctx, trx, actor, activity);
      await giveUpOtherDates(ctx, trx, actor, eventIds, created.id, email);
    });
  }
  return mySignupOn(exec, actor, activity, email, ctx.clock.now().toISOString());
}

/**
 * Locks the events of the module's dates, always in one order (by id), so two requests of one
 * person (each giving up the other's date) cannot deadlock. Answers their ids.
 */
async function lockModuleEvents(
  ctx: AppContext,
  trx: Trx,
  actor: OrgActor,
  activity: { cohort_id: string; module_id: string },
): Promise<string[]> {
  const dates = await repo.moduleDates(trx, actor.organisationId, activity.cohort_id, activity.module_id);
  const eventIds = dates.map((d) => d.signup_event_id).sort();
  for (const id of eventIds) await events.lockEvent(trx, ctx.db.dialect, id);
  return eventIds;
}

/**
 * Cancels the caller's other places (seats, offers, waiting places) on the module's dates that
 * have not begun, once `keepId` is a confirmed seat; under the locks of `lockModuleEvents`. If a
 * parallel request has already given up `keepId`, this one leaves the rest alone, so the person
 * keeps one date rather than none.
 */
async function giveUpOtherDates(
  ctx: AppContext,
  trx: Trx,
  actor: OrgActor,
  eventIds: string[],
  keepId: string,
  email: string,
) {
  const held = await repo.heldByEmail(trx, actor.organisationId, eventIds, email);
  if (!held.some((h) => h.id === keepId && h.status === 'confirmed')) return;
  const now = ctx.clock.now().toISOString();
  for (const h of held.filter((x) => x.id !== keepId)) {
    const [row, event] = await Promise.all([
      events.findRegistration(trx, h.id),
      events.findEventById(trx, h.event_id),
    ]);
    // A date that has begun stays as it was: it is history, not a place to give up.
    if (row && event && now < event.starts_at) await cancelLocked(ctx, trx, row, event, actor.userId);
  }
}

/** The caller's registration on the date's event, under the event's lock (409 when they have none). */
async function heldLocked(ctx: AppContext, trx: Trx, actor: OrgActor, eventId: string, email: string | null) {
  await events.lockEvent(trx, ctx.db.dialect, eventId);
  const [held] = email ? await repo.heldByEmail(trx, actor.organisationId, [eventId], email) : [];
  const row = held ? await events.findRegistration(trx, held.id) : undefined;
  const event = await events.findEventById(trx, eventId);
  if (!row || !event) throw conflict('signup.not_signed_up', 'not_signed_up');
  return { row, event };
}

/** Gives up the caller's seat, offer or waiting place on the date; the seat goes to the next in line. */
export async function cancelSignup(
  ctx: AppContext,
  actor: OrgActor,
  activityId: string,
): Promise<MySignupRes> {
  const exec = ctx.db.kysely;
  const { activity, email } = await participantDate(exec, actor, activityId);
  await exec.transaction().execute(async (trx) => {
    const { row, event } = await heldLocked(ctx, trx, actor, activity.signup_event_id, email);
    await cancelLocked(ctx, trx, row, event, actor.userId).catch((error: unknown) => {
      throw inSignupWords(error);
    });
  });
  return mySignupOn(exec, actor, activity, email, ctx.clock.now().toISOString());
}

/**
 * Takes the seat offered from the waiting list while the offer holds, and in the same step gives
 * up the caller's places on the module's other dates (their seats go to those dates' waiting lists).
 */
export async function acceptOffer(
  ctx: AppContext,
  actor: OrgActor,
  activityId: string,
): Promise<MySignupRes> {
  const exec = ctx.db.kysely;
  const { activity, email } = await participantDate(exec, actor, activityId);
  await exec.transaction().execute(async (trx) => {
    // All the module's events first, in their one order; the date's own is among them.
    const eventIds = await lockModuleEvents(ctx, trx, actor, activity);
    const { row, event } = await heldLocked(ctx, trx, actor, activity.signup_event_id, email);
    // The mail's link is the participant's own page: the private link is only in their first mail.
    const link = activityPageUrl(ctx.config.publicUrl, activityId);
    await acceptLocked(ctx, trx, row, event, link, actor.userId).catch((error: unknown) => {
      throw inSignupWords(error);
    });
    await giveUpOtherDates(ctx, trx, actor, eventIds, row.id, row.email);
  });
  return mySignupOn(exec, actor, activity, email, ctx.clock.now().toISOString());
}

async function mySignupOn(
  exec: Executor,
  actor: OrgActor,
  activity: { id: string; cohort_id: string; module_id: string },
  email: string | null,
  now: string,
): Promise<MySignupRes> {
  const dates = await repo.moduleDates(exec, actor.organisationId, activity.cohort_id, activity.module_id);
  const signup = (await signupsOf(exec, dates, email, now, actor.organisationId)).get(activity.id);
  if (!signup) throw notFound();
  return signup;
}

/** Which other place to name first: a seat, then an offer, then a waiting place. */
const HOLD_ORDER: Record<string, number> = { confirmed: 0, offered: 1, waitlisted: 2 };

/**
 * The caller's sign-up on each of the given dates (by activity id) in the organisation: seats
 * left, their own status and waiting position, and the other date of the same module they hold a
 * place on, if any (a seat before an offer before a waiting place).
 */
export async function signupsOf(
  exec: Executor,
  dates: repo.SignupDate[],
  personEmail: string | null,
  now: string,
  organisationId: string,
): Promise<Map<string, MySignupRes>> {
  const found = await repo.seatEventsOf(
    exec,
    organisationId,
    dates.map((d) => d.signup_event_id),
  );
  const seats = await events.seatCountsOf(exec, found);
  const email = normalEmail(personEmail);
  const held = email
    ? await repo.heldByEmail(
        exec,
        organisationId,
        found.map((e) => e.id),
        email,
      )
    : [];
  const mine = new Map(
    await Promise.all(
      held.map(
        async (row) =>
          [
            row.event_id,
            {
              row,
              waitingPosition: row.status === 'waitlisted' ? await events.waitingPosition(exec, row) : null,
            },
          ] as const,
      ),
    ),
  );
  const result = new Map<string, MySignupRes>();
  for (const date of dates) {
    const event = found.find((e) => e.id === date.signup_event_id);
    if (!event) continue;
    const rank = (o: repo.SignupDate) => HOLD_ORDER[mine.get(o.signup_event_id)?.row.status ?? ''] ?? 9;
    const [elsewhere] = dates
      .filter(
        (o) =>
          o.id !== date.id &&
          o.cohort_id === date.cohort_id &&
          o.module_id === date.module_id &&
          o.starts_at > now &&
          mine.has(o.signup_event_id),
      )
      .sort((x, y) => rank(x) - rank(y));
    result.set(date.id, presentMySignup(date, event, seats(event), mine.get(event.id), elsewhere, now));
  }
  return result;
}
