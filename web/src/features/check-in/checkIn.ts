import type { RegistrationRes } from '../../../../core/schemas/events.js';

/** What is typed at the door ("k7m 2qx", "K7M-2QX") as the ticket's code; null unless six letters and digits. */
export function normaliseCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{6}$/.test(code) ? code : null;
}

/** True when a QR code's text can be a ticket token (what the API accepts). */
export function looksLikeTicketToken(text: string): boolean {
  return text.length >= 20 && text.length <= 200 && !/\s/.test(text);
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('da');

/**
 * Confirmed registrations whose name (or organisation) holds every word typed, in any order:
 * "hansen mette" finds "Mette Hansen". Nothing for an empty search.
 */
export function searchAttendees(
  items: readonly RegistrationRes[],
  typed: string,
  max = 20,
): RegistrationRes[] {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return items
    .filter((r) => r.status === 'confirmed')
    .filter((r) => {
      const text = fold(`${r.name} ${r.organisation ?? ''}`);
      return words.every((w) => text.includes(w));
    })
    .slice(0, max);
}

/** How many confirmed attendees have arrived, as the list shows it before the first check-in here. */
export function arrivalsOf(items: readonly RegistrationRes[]): number {
  return items.filter((r) => r.status === 'confirmed' && r.checkedInAt !== null).length;
}
