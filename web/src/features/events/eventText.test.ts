import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../i18n/da.js';
import { en } from '../../i18n/en.js';
import { paragraphs, priceText, seatsText, telHref, termsText, whenText } from './eventText.js';

const t = i18n.t.bind(i18n);

beforeAll(async () => {
  await i18n.init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng: 'da',
    interpolation: { escapeValue: false },
  });
});

const day = {
  startsAt: '2027-06-07T07:30:00.000Z',
  endsAt: '2027-06-07T14:30:00.000Z',
  checkInFrom: '2027-06-07T06:30:00.000Z',
};

describe('events in plain words', () => {
  it('says when, in Danish time', () => {
    expect(whenText(day, t, 'da')).toBe('mandag 7. juni 2027, kl. 9.30–16.30, indtjekning fra kl. 8.30');
    expect(whenText({ ...day, checkInFrom: null, endsAt: '2027-06-08T13:00:00.000Z' }, t, 'da')).toBe(
      'mandag 7. juni 2027 kl. 9.30 til tirsdag 8. juni 2027 kl. 15.00',
    );
  });

  it('shows the price with and without VAT', () => {
    expect(priceText({ exVatOre: 217_500, vatOre: 54_375, inclVatOre: 271_875 }, t, 'da')).toBe(
      '2.175,00 kr. + moms 543,75 kr. = 2.718,75 kr.',
    );
    expect(priceText({ exVatOre: 0, vatOre: 0, inclVatOre: 0 }, t, 'da')).toBe('Gratis');
  });

  it('explains the terms', () => {
    expect(termsText({ kind: 'binding', cancellableUntil: null, substitutionUntil: null }, t, 'da')).toBe(
      'Tilmeldingen er bindende, men du er velkommen til at sende en kollega i dit sted, hvis du bliver forhindret.',
    );
    expect(
      termsText(
        { kind: 'cancellable', cancellableUntil: '2027-05-21T10:00:00.000Z', substitutionUntil: null },
        t,
        'da',
      ),
    ).toBe('Du kan afmelde dig frem til fredag 21. maj 2027 kl. 12.00. Derefter er tilmeldingen bindende.');
  });

  it('counts seats, splits paragraphs and makes phone links', () => {
    expect(seatsText(1, true, t)).toBe('1 ledig plads');
    expect(seatsText(12, true, t)).toBe('12 ledige pladser');
    expect(seatsText(0, true, t)).toBe('Alle pladser er taget. Du kan komme på venteliste.');
    expect(paragraphs('Et.\nTo.\n\n  \n\nTre.')).toEqual(['Et.\nTo.', 'Tre.']);
    expect(telHref('+45 12 34 56 78')).toBe('tel:+4512345678');
  });
});
