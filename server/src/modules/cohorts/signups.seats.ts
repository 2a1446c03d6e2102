import type { ActivityRes, ActivitySignupReq, UpdateActivityReq } from '../../../../core/schemas/cohorts.js';
import type { EventBodyReq } from '../../../../core/schemas/events.js';
import { AppError, conflict, notFound } from '../../lib/app-error.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import { seatCountsOf } from '../events/events.repository.js';
import { changeEvent, deleteUnusedEvent, insertPublishedEvent } from '../events/events.service.js';
import { presentActivity } from './cohorts.presenter.js';
import { type ActivityWithModule, findActivity } from './cohorts.repository.js';
import type { CohortRow } from './cohorts.tables.js';
import { presentPlanSignup } from './signups.presenter.js';
import * as repo from './signups.repository.js';

/**
 * An activity's seats, when participants sign up, live in an event of the events module: one
 * capacity engine in the product. The event is organisation-only, free and published, cancellable
 * until the activity begins, and kept in step with the activity in the activity's transaction.
 */

/** What of an activity its seats event is made from. */
interface SeatSource {
  id: string;
  title: string;
  starts_at: string;
  ends_at: string;
  location: string | null;
  online_url: string | null;
}

// A seat is the participant's own (found by their e-mail): it is never handed on to a colleague,
// so the hand-on deadline lies in the past for good.
const NEVER_HANDED_ON = '2000-01-01T00:00:00.000Z';

function seatsEventBody(
  a: SeatSource,
  capacity: number,
  cohortName: string,
  waitingList: boolean,
): EventBodyReq {
  return {
    title: a.title,
    description: '',
    startsAt: a.starts_at,
    endsAt: a.ends_at,
    checkInFrom: null,
    venueName: a.location,
    address: null,
    onlineUrl: a.online_url,
    capacity,
    waitingList,
    priceExVatOre: 0,
    vatRateBasisPoints: 0,
    registrationDeadline: a.starts_at,
    terms: { kind: 'cancellable', cancellableUntil: a.starts_at, substitutionUntil: NEVER_HANDED_ON },
    targetAudience: cohortName,
    contacts: [],
    visibility: 'organisation',
    allowDuplicateEmail: false,
    offerHoldHours: 48,
  };
}

/** The event's field names, as the activity's form knows them. */
const ACTIVITY_FIELD: Record<string, string> = {
  venueName: 'location',
  address: 'location',
  registrationDeadline: 'startsAt',
  'terms.cancellableUntil': 'startsAt',
};

/** The events module's field problems, put on the activity's fields (a missing place is `location`). */
async function onActivityFields<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const fields = error instanceof AppError ? error.options.fields : undefined;
    if (!fields) throw error;
    throw new AppError('validation_failed', 'error.validation_failed', {
      fields: Object.fromEntries(Object.entries(fields).map(([f, v]) => [ACTIVITY_FIELD[f] ?? f, v])),
    });
  }
}

/** Makes the seats event of an activity (created or copied with sign-up); answers its id. */
export function openSeats(
  ctx: AppContext,
  trx: Trx,
  actor: OrgActor,
  activity: SeatSource,
  capacity: number,
  cohort: CohortRow,
  signup: ActivitySignupReq,
): Promise<string> {
  const body = seatsEventBody(activity, capacity, cohort.name, signup.waitingList);
  // From the activity's new id: a slug nobody has, so no retry inside the activity's transaction.
  return onActivityFields(() => insertPublishedEvent(ctx, trx, actor, body, `aktivitet-${activity.id}`));
}

/**
 * Brings the seats event in step with the changed activity, the way the events module changes an
 * event: never fewer seats than are taken (409), the waiting list moves up into new seats, and a
 * waiting list turned off closes the places on it. `waitingList` undefined keeps it as it is.
 */
async function syncSeats(
  ctx: AppContext,
  trx: Trx,
  actor: OrgActor,
  activity: SeatSource & { capacity: number | null; signup_event_id: string },
  cohort: CohortRow,
  waitingList: boolean | undefined,
): Promise<void> {
  const [event] = await repo.seatEventsOf(trx, actor.organisationId, [activity.signup_event_id]);
  if (!event) return;
  const body = seatsEventBody(
    activity,
    activity.capacity ?? event.capacity,
    cohort.name,
    waitingList ?? event.waiting_list === 1,
  );
  await onActivityFields(() => changeEvent(ctx, trx, actor, activity.signup_event_id, body));
}

/** Turns sign-up off: only while nobody holds a seat, an offer or a waiting place (else 409). */
async function closeSeats(ctx: AppContext, trx: Trx, actor: OrgActor, activityId: string, eventId: string) {
  await repo.setSignupEvent(trx, actor.organisationId, activityId, null);
  const active = await deleteUnusedEvent(ctx, trx, actor, eventId);
  if (active > 0) throw conflict('activity.signup_in_use', 'signup_in_use', { count: active });
}

/** What of an activity its seats event shows; a change to any of these is passed on. */
const SEAT_FIELDS = ['title', 'startsAt', 'endsAt', 'location', 'onlineUrl', 'capacity', 'signup'] as const;

/**
 * The seats event after a change of the activity (saved already, read back in the same
 * transaction): made when sign-up is turned on, kept in step, or deleted when turned off.
 */
export async function seatsAfterChange(
  ctx: AppContext,
  trx: Trx,
  actor: OrgActor,
  id: string,
  cohort: CohortRow,
  input: UpdateActivityReq,
): Promise<void> {
  const after = await findActivity(trx, actor.organisationId, id);
  if (!after) throw notFound();
  const eventId = after.signup_event_id;
  if (eventId && input.signup === null) return closeSeats(ctx, trx, actor, id, eventId);
  if (!eventId && input.signup && after.capacity !== null) {
    const made = await openSeats(ctx, trx, actor, after, after.capacity, cohort, input.signup);
    return repo.setSignupEvent(trx, actor.organisationId, id, made);
  }
  if (eventId && SEAT_FIELDS.some((f) => input[f] !== undefined)) {
    const activity = { ...after, signup_event_id: eventId };
    await syncSeats(ctx, trx, actor, activity, cohort, input.signup?.waitingList);
  }
}

/** The waiting-list setting of an activity's seats event in the organisation (for a copy). */
export async function waitingListOf(
  exec: Executor,
  eventId: string,
  organisationId: string,
): Promise<boolean> {
  const [event] = await repo.seatEventsOf(exec, organisationId, [eventId]);
  return event?.waiting_list === 1;
}

/** Activities as the plan shows them, with seats taken and left for those participants sign up for. */
export async function presentWithSeats(
  exec: Executor,
  rows: ActivityWithModule[],
  cohort: CohortRow,
): Promise<ActivityRes[]> {
  const events = await repo.seatEventsOf(
    exec,
    cohort.organisation_id,
    rows.flatMap((r) => (r.signup_event_id ? [r.signup_event_id] : [])),
  );
  const seats = await seatCountsOf(exec, events);
  return rows.map((r) => {
    const event = events.find((e) => e.id === r.signup_event_id);
    return { ...presentActivity(r, cohort), signup: event ? presentPlanSignup(event, seats(event)) : null };
  });
}
