const TIME_ZONE = 'Europe/Copenhagen';

function locale(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'da-DK';
}

/** A time in Europe/Copenhagen, e.g. "10.06.2024 09.30.00". */
export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: TIME_ZONE,
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(date);
}

export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { timeZone: TIME_ZONE, dateStyle: 'long' }).format(date);
}

/** A whole number with the language's thousands separator, e.g. "6.012". */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang)).format(value);
}
