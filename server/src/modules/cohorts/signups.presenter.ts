import type { ActivityRes } from '../../../../core/schemas/cohorts.js';
import type { SeatCounts } from '../../../../core/schemas/events.js';
import type { MySignupRes, MySignupStatus } from '../../../../core/schemas/my-programme.js';
import type { HeldRow, SeatEventRow, SignupDate } from './signups.repository.js';

/** The plan's view of an activity's seats. */
export function presentPlanSignup(
  event: SeatEventRow,
  seats: SeatCounts,
): NonNullable<ActivityRes['signup']> {
  return { eventId: event.id, waitingList: event.waiting_list === 1, seats };
}

/**
 * One date as the participant sees it: the seats left, their own place on it, and the other date
 * of the same module they hold a place on (one that has not begun), which a seat here gives up.
 */
export function presentMySignup(
  date: SignupDate,
  event: SeatEventRow,
  seats: SeatCounts,
  mine: { row: HeldRow; waitingPosition: number | null } | undefined,
  elsewhere: SignupDate | undefined,
  now: string,
): MySignupRes {
  return {
    capacity: event.capacity,
    seatsLeft: seats.seatsLeft,
    waitingList: event.waiting_list === 1,
    status: (mine?.row.status ?? 'none') as MySignupStatus,
    waitingPosition: mine?.waitingPosition ?? null,
    offeredUntil: mine?.row.status === 'offered' ? mine.row.offered_until : null,
    open: now < event.registration_deadline && now < date.starts_at,
    heldElsewhere: elsewhere ? { activityId: elsewhere.id, startsAt: elsewhere.starts_at } : null,
  };
}
