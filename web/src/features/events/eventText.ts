import type { TFunction } from 'i18next';
import { formatOre } from '../../../../core/money.js';
import type { PublicEventRes } from '../../../../core/schemas/events.js';
import { formatClock, formatDay, sameDay } from './time.js';

const lang = (l: string): 'da' | 'en' => (l === 'en' ? 'en' : 'da');

type When = Pick<PublicEventRes, 'startsAt' | 'endsAt' | 'checkInFrom'>;

/** "mandag 7. juni 2027, kl. 9.30–16.30, indtjekning fra kl. 8.30". */
export function whenText(e: When, t: TFunction, language: string): string {
  const main = sameDay(e.startsAt, e.endsAt)
    ? t('events.sameDay', {
        day: formatDay(e.startsAt, language),
        start: formatClock(e.startsAt, language),
        end: formatClock(e.endsAt, language),
      })
    : t('events.severalDays', {
        startDay: formatDay(e.startsAt, language),
        start: formatClock(e.startsAt, language),
        endDay: formatDay(e.endsAt, language),
        end: formatClock(e.endsAt, language),
      });
  return e.checkInFrom
    ? `${main}, ${t('events.checkIn', { time: formatClock(e.checkInFrom, language) })}`
    : main;
}

/** "fredag 21. maj 2027 kl. 12.00". */
export function momentText(iso: string, t: TFunction, language: string): string {
  return t('events.moment', { day: formatDay(iso, language), time: formatClock(iso, language) });
}

/** "2.175,00 kr. + moms 543,75 kr. = 2.718,75 kr.", or "Gratis". */
export function priceText(price: PublicEventRes['price'], t: TFunction, language: string): string {
  const amount = (ore: number) => formatOre(ore, lang(language));
  if (price.inclVatOre === 0) return t('events.free');
  if (price.vatOre === 0) return t('events.priceNoVat', { ex: amount(price.exVatOre) });
  return t('events.priceLine', {
    ex: amount(price.exVatOre),
    vat: amount(price.vatOre),
    incl: amount(price.inclVatOre),
  });
}

/** "2.718,75 kr. inkl. moms", or "Gratis": short, for lists. */
export function shortPriceText(price: PublicEventRes['price'], t: TFunction, language: string): string {
  if (price.inclVatOre === 0) return t('events.free');
  return t('events.priceInclVat', { incl: formatOre(price.inclVatOre, lang(language)) });
}

/** The terms in plain words. */
export function termsText(terms: PublicEventRes['terms'], t: TFunction, language: string): string {
  if (terms.kind === 'cancellable') {
    return terms.cancellableUntil
      ? t('events.termsCancellableUntil', { moment: momentText(terms.cancellableUntil, t, language) })
      : t('events.termsCancellable');
  }
  const binding = t('events.termsBinding');
  return terms.substitutionUntil
    ? `${binding} ${t('events.termsSubstitutionUntil', { moment: momentText(terms.substitutionUntil, t, language) })}`
    : binding;
}

/** "12 ledige pladser", or what happens when there are none. */
export function seatsText(seatsLeft: number, waitingList: boolean, t: TFunction): string {
  if (seatsLeft > 0) return t('events.seatsLeft', { count: seatsLeft });
  return waitingList ? t('events.fullWaitingList') : t('events.full');
}

/** Plain text as paragraphs: a blank line starts a new one. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A phone number as a tel: link ("+45 12 34 56 78" → "tel:+4512345678"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
