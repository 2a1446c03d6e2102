/** Months of the employee voice (YYYY-MM, Copenhagen), to be filled. */

/** The month of a day: '2026-11-28' → '2026-11'. */
export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

/** `n` months after `month` (negative: before). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The first month not yet released at `now`: every earlier month is closed. A month is released
 * one hour after it ends in Copenhagen, so a post sent just before midnight is never left out.
 */
export function firstOpenMonth(_now: Date): string {
  throw new Error('not yet');
}

/** The months from `from` to `to`, both included, oldest first ([] when to < from). */
export function monthsBetween(_from: string, _to: string): string[] {
  throw new Error('not yet');
}
