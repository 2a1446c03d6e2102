/**
 * When a participant has "gone quiet" in the journal: the one rule behind the facilitator's
 * overview (the "stille" mark) and the reminder e-mail. Pure; times are ISO-8601 UTC strings.
 */
import { copenhagenInstant } from './time.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days without an entry before someone counts as quiet when they turned the reminder off. */
export const QUIET_DEFAULT_DAYS = 14;

/**
 * The moment silence is counted from: the latest of enrolment, the cohort's first day (00:00 in
 * Copenhagen) and the last entry. The cohort's start is in it too, so a leader enrolled months
 * before the programme begins is not quiet (nor reminded) on its first morning.
 */
export function journalQuietSince(p: {
  enrolledAt: string;
  cohortStartsOn: string;
  lastEntryAt: string | null;
}): string {
  const start = copenhagenInstant(p.cohortStartsOn, '00:00').toISOString();
  return [p.enrolledAt, start, p.lastEntryAt ?? ''].reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/** Whole days from `since` to `now` (0 when `since` is in the future). */
export function silentDays(since: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / DAY_MS));
}

/** Whether nothing has been written for `days` days or more since `since`. */
export function hasGoneSilent(since: string, now: Date, days: number): boolean {
  return now.getTime() - Date.parse(since) >= days * DAY_MS;
}

/** Why someone counts as quiet: silent in the journal, or two activities missed in a row. */
export type QuietReason = 'journal' | 'attendance';

/**
 * A participant is quiet when they have written nothing for their reminder interval (or
 * QUIET_DEFAULT_DAYS when reminders are off), or missed two activities in a row.
 */
export function quietReasons(p: {
  since: string;
  now: Date;
  reminderDays: number | null;
  missedTwoInARow: boolean;
}): QuietReason[] {
  const reasons: QuietReason[] = [];
  if (hasGoneSilent(p.since, p.now, p.reminderDays ?? QUIET_DEFAULT_DAYS)) reasons.push('journal');
  if (p.missedTwoInARow) reasons.push('attendance');
  return reasons;
}
