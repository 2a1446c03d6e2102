/**
 * Event times are entered and shown in Danish local time; the API speaks ISO instants. Pure functions
 * (no browser time zone involved), so they behave the same on every machine.
 */
import { copenhagenInstant } from '../../../../core/time.js';

export const TIME_ZONE = 'Europe/Copenhagen';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function localParts(ms: number): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const out = { year: '', month: '', day: '', hour: '', minute: '' };
  for (const p of partsFormat.formatToParts(new Date(ms))) {
    if (p.type in out) out[p.type as keyof typeof out] = p.value;
  }
  return out;
}

/** An instant as the value of an `<input type="datetime-local">`: "2027-06-07T09:30" in Copenhagen. */
export function instantToLocal(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const p = localParts(ms);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * A Copenhagen wall-clock time ("2027-06-07T09:30") as an ISO instant ("2027-06-07T07:30:00.000Z");
 * null when it is not such a time. The conversion is core's (the server's seed uses it too): in the
 * autumn hour that happens twice the first (summer time) is meant, and a time the spring change
 * skips (02:30 on the last Sunday of March) does not exist, so it is null as well.
 */
export function localToInstant(local: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  try {
    return copenhagenInstant(`${m[1]}-${m[2]}-${m[3]}`, `${m[4]}:${m[5]}`).toISOString();
  } catch {
    return null;
  }
}

function locale(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'da-DK';
}

/** "mandag 7. juni 2027" / "Monday 7 June 2027" (ICU's "mandag den 7." is built without "den"). */
export function formatDay(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat(locale(lang), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return lang === 'en'
    ? `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`
    : `${part('weekday')} ${part('day')}. ${part('month')} ${part('year')}`;
}

/** "7. jun. 2027" / "7 Jun 2027": short, for tables. */
export function formatShortDay(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { timeZone: TIME_ZONE, dateStyle: 'medium' }).format(date);
}

/** "9.30" / "9:30". */
export function formatClock(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: TIME_ZONE,
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** True when both instants fall on the same Copenhagen date. */
export function sameDay(a: string, b: string): boolean {
  return instantToLocal(a).slice(0, 10) === instantToLocal(b).slice(0, 10);
}
