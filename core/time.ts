/** Danish local time (Europe/Copenhagen, CET/CEST) to and from instants. */

const ZONE = 'Europe/Copenhagen';

const parts = (d: Date) => {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: string) => f.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
};

/** The calendar date in Copenhagen, YYYY-MM-DD. */
export const copenhagenDate = (d: Date): string => parts(d).date;

/**
 * The instant of a Copenhagen wall-clock time: `('2027-06-07', '09:30')` → 07:30Z (summer),
 * `('2027-01-04', '09:30')` → 08:30Z (winter). A time skipped by the spring change is refused.
 */
export function copenhagenInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  if ([y, m, d, hh, mm].some((n) => n === undefined || Number.isNaN(n)))
    throw new RangeError(`not a date and time: ${date} ${time}`);
  for (const offset of [2, 1]) {
    const candidate = new Date(Date.UTC(y as number, (m as number) - 1, d, (hh as number) - offset, mm));
    const local = parts(candidate);
    if (local.date === date && local.time === time) return candidate;
  }
  throw new RangeError(`${date} ${time} does not exist in Copenhagen (the clocks skip it)`);
}

/** The date `days` after `date` (YYYY-MM-DD), by the calendar. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, (d as number) + days)).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y as number, (m as number) - 1, d)).getUTCDay() + 6) % 7;
}
