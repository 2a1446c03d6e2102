import { describe, expect, it } from 'vitest';
import { EventBodySchema, type EventRes } from '../../../../core/schemas/events.js';
import {
  EVENT_IDS,
  type EventFormState,
  fieldIdFor,
  fromEvent,
  newEventState,
  toRequest,
  validate,
} from './eventForm.js';

function filled(): EventFormState {
  return {
    ...newEventState(),
    title: ' HR møder digitalisering ',
    description: 'En dag om digital ledelse.\n\nMed workshops.',
    startsAt: '2027-06-07T09:30',
    endsAt: '2027-06-07T16:30',
    checkInFrom: '2027-06-07T08:30',
    venueName: 'Comwell Kolding',
    address: 'Skovbrynet 1, 6000 Kolding',
    price: '2.175,00',
    registrationDeadline: '2027-05-21T12:00',
    contacts: [
      {
        key: 0,
        name: 'Lise Kontakt',
        title: 'Konsulent',
        unit: 'HR',
        phone: '+45 12 34 56 78',
        email: 'lise@kommune.dk',
      },
    ],
  };
}

describe('the event form', () => {
  it('starts with the usual choices', () => {
    const s = newEventState();
    expect([
      s.capacity,
      s.waitingList,
      s.vat,
      s.termsKind,
      s.offerHoldHours,
      s.visibility,
      s.allowDuplicateEmail,
    ]).toEqual(['30', true, '25', 'binding', '48', 'public', false]);
  });

  it('sends times as instants, money in øre and VAT in basis points, which the server schema accepts', () => {
    const body = toRequest(filled());
    expect(body.title).toBe('HR møder digitalisering');
    expect(body.startsAt).toBe('2027-06-07T07:30:00.000Z');
    expect(body.checkInFrom).toBe('2027-06-07T06:30:00.000Z');
    expect(body.registrationDeadline).toBe('2027-05-21T10:00:00.000Z');
    expect(body.priceExVatOre).toBe(217_500);
    expect(body.vatRateBasisPoints).toBe(2500);
    expect(body.capacity).toBe(30);
    expect(body.onlineUrl).toBeNull();
    expect(body.terms).toEqual({ kind: 'binding', cancellableUntil: null, substitutionUntil: null });
    expect(EventBodySchema.safeParse(body).success).toBe(true);
  });

  it('asks for what is missing or wrong, in the order of the form', () => {
    const s = {
      ...filled(),
      title: ' ',
      endsAt: '2027-06-07T09:00',
      price: 'gratis',
      capacity: '0',
      termsKind: 'cancellable' as const,
      contacts: [{ key: 3, name: '', title: '', unit: '', phone: '', email: 'nej' }],
    };
    expect(validate(s).map((p) => `${p.id}:${p.problem}`)).toEqual([
      `${EVENT_IDS.title}:title`,
      `${EVENT_IDS.endsAt}:endBeforeStart`,
      `${EVENT_IDS.price}:price`,
      `${EVENT_IDS.capacity}:capacity`,
      `${EVENT_IDS.cancellableUntil}:cancellableUntil`,
      'event-contact-3-name:contactName',
      'event-contact-3-email:contactEmail',
    ]);
    expect(validate(filled())).toEqual([]);
  });

  it('reads an event back into the form as it was typed', () => {
    const body = toRequest(filled());
    const event = {
      ...body,
      id: '00000000-0000-4000-8000-000000000000',
      slug: 'hr',
      status: 'draft',
      price: { exVatOre: 217_500, vatOre: 54_375, inclVatOre: 271_875 },
      publishedAt: null,
      seats: { capacity: 30, confirmed: 0, offered: 0, waitlisted: 0, seatsLeft: 30 },
      createdAt: '',
      updatedAt: '',
    } satisfies EventRes;
    const again = fromEvent(event);
    expect(again.startsAt).toBe('2027-06-07T09:30');
    expect(again.price).toBe('2.175,00');
    expect(toRequest(again)).toEqual(body);
  });

  it('puts the server’s field errors on the fields', () => {
    const s = filled();
    expect(fieldIdFor('priceExVatOre', s)).toBe(EVENT_IDS.price);
    expect(fieldIdFor('terms.cancellableUntil', s)).toBe(EVENT_IDS.cancellableUntil);
    expect(fieldIdFor('contacts.email', s)).toBe('event-contact-0-email');
    expect(fieldIdFor('contacts.0.phone', s)).toBe('event-contact-0-phone');
    expect(fieldIdFor('contacts', { ...s, contacts: [] })).toBe(EVENT_IDS.addContact);
    expect(fieldIdFor('capacity', s)).toBe(EVENT_IDS.capacity);
    expect(fieldIdFor('whatever', s)).toBe(EVENT_IDS.title);
  });
});
