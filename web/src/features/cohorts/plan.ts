import type { ActivityRes } from '../../../../core/schemas/cohorts.js';
import { addDays, copenhagenDate, weekday } from '../../../../core/time.js';

export interface PlanWeek {
  /** The Monday of the week, YYYY-MM-DD (Copenhagen calendar). */
  monday: string;
  /** The ISO week number ("uge 37"). */
  week: number;
  activities: ActivityRes[];
}

/** The ISO week number of a calendar date: the week that holds its Thursday. */
export function isoWeek(date: string): number {
  const thursday = addDays(date, 3 - weekday(date));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  const days = Math.round(
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / 86_400_000,
  );
  return Math.floor(days / 7) + 1;
}

/** The plan by Copenhagen week, in time order; weeks without activities are left out. */
export function groupByWeek(activities: readonly ActivityRes[]): PlanWeek[] {
  const sorted = [...activities].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id),
  );
  const weeks: PlanWeek[] = [];
  for (const a of sorted) {
    const day = copenhagenDate(new Date(a.startsAt));
    const monday = addDays(day, -weekday(day));
    const last = weeks[weeks.length - 1];
    if (last?.monday === monday) last.activities.push(a);
    else weeks.push({ monday, week: isoWeek(day), activities: [a] });
  }
  return weeks;
}

/** A rate (0–1) as a whole percentage, "75 %"; null (nothing marked yet) stays null. */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 100);
}

/** Seats taken (confirmed and held offers) of the capacity, and who waits; null without sign-up. */
export function seatsTaken(
  a: Pick<ActivityRes, 'signup'>,
): { taken: number; capacity: number; waiting: number } | null {
  if (!a.signup) return null;
  const { confirmed, offered, waitlisted, capacity } = a.signup.seats;
  return { taken: confirmed + offered, capacity, waiting: waitlisted };
}
