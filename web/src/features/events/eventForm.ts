import type { EventBodyReq, EventRes } from '../../../../core/schemas/events.js';
import { basisPointsToPercent, oreToKroner, parseKroner, parsePercent, parseWhole } from './money.js';
import { instantToLocal, localToInstant } from './time.js';

export interface ContactRow {
  /** Stable across edits, for React keys and field ids. */
  key: number;
  name: string;
  title: string;
  unit: string;
  phone: string;
  email: string;
}

export type TermsKind = EventBodyReq['terms']['kind'];
export type Visibility = EventBodyReq['visibility'];

/** The form as typed: times as local "2027-06-07T09:30", money in kroner, rates in per cent. */
export interface EventFormState {
  title: string;
  description: string;
  targetAudience: string;
  startsAt: string;
  endsAt: string;
  checkInFrom: string;
  venueName: string;
  address: string;
  onlineUrl: string;
  price: string;
  vat: string;
  capacity: string;
  waitingList: boolean;
  offerHoldHours: string;
  registrationDeadline: string;
  termsKind: TermsKind;
  cancellableUntil: string;
  substitutionUntil: string;
  contacts: ContactRow[];
  visibility: Visibility;
  allowDuplicateEmail: boolean;
}

/** Field ids by form field; also by the request's field names where they differ (server errors). */
export const EVENT_IDS = {
  title: 'event-title',
  description: 'event-description',
  targetAudience: 'event-target-audience',
  startsAt: 'event-starts-at',
  endsAt: 'event-ends-at',
  checkInFrom: 'event-check-in-from',
  venueName: 'event-venue-name',
  address: 'event-address',
  onlineUrl: 'event-online-url',
  price: 'event-price',
  vat: 'event-vat',
  capacity: 'event-capacity',
  waitingList: 'event-waiting-list',
  offerHoldHours: 'event-offer-hold-hours',
  registrationDeadline: 'event-registration-deadline',
  termsKind: 'event-terms-kind',
  cancellableUntil: 'event-cancellable-until',
  substitutionUntil: 'event-substitution-until',
  visibility: 'event-visibility',
  allowDuplicateEmail: 'event-allow-duplicate-email',
  addContact: 'event-add-contact',
} as const;

const SERVER_FIELDS: Record<string, string> = {
  priceExVatOre: EVENT_IDS.price,
  vatRateBasisPoints: EVENT_IDS.vat,
  'terms.kind': EVENT_IDS.termsKind,
  'terms.cancellableUntil': EVENT_IDS.cancellableUntil,
  'terms.substitutionUntil': EVENT_IDS.substitutionUntil,
};

export type ContactField = 'name' | 'title' | 'unit' | 'phone' | 'email';
export const contactId = (row: ContactRow, field: ContactField) => `event-contact-${row.key}-${field}`;

export function emptyContact(key: number): ContactRow {
  return { key, name: '', title: '', unit: '', phone: '', email: '' };
}

/** A new event: the usual choices filled in. */
export function newEventState(): EventFormState {
  return {
    title: '',
    description: '',
    targetAudience: '',
    startsAt: '',
    endsAt: '',
    checkInFrom: '',
    venueName: '',
    address: '',
    onlineUrl: '',
    price: '0',
    vat: '25',
    capacity: '30',
    waitingList: true,
    offerHoldHours: '48',
    registrationDeadline: '',
    termsKind: 'binding',
    cancellableUntil: '',
    substitutionUntil: '',
    contacts: [emptyContact(0)],
    visibility: 'public',
    allowDuplicateEmail: false,
  };
}

const local = (iso: string | null) => (iso ? instantToLocal(iso) : '');

export function fromEvent(e: EventRes): EventFormState {
  return {
    title: e.title,
    description: e.description,
    targetAudience: e.targetAudience,
    startsAt: local(e.startsAt),
    endsAt: local(e.endsAt),
    checkInFrom: local(e.checkInFrom),
    venueName: e.venueName ?? '',
    address: e.address ?? '',
    onlineUrl: e.onlineUrl ?? '',
    price: oreToKroner(e.priceExVatOre),
    vat: basisPointsToPercent(e.vatRateBasisPoints),
    capacity: String(e.capacity),
    waitingList: e.waitingList,
    offerHoldHours: String(e.offerHoldHours),
    registrationDeadline: local(e.registrationDeadline),
    termsKind: e.terms.kind,
    cancellableUntil: local(e.terms.cancellableUntil),
    substitutionUntil: local(e.terms.substitutionUntil),
    contacts: e.contacts.map((c, key) => ({
      key,
      name: c.name,
      title: c.title ?? '',
      unit: c.unit ?? '',
      phone: c.phone ?? '',
      email: c.email ?? '',
    })),
    visibility: e.visibility,
    allowDuplicateEmail: e.allowDuplicateEmail,
  };
}

/** What is wrong with one field; `problem` names the text in events.problems. */
export interface EventProblem {
  id: string;
  problem:
    | 'title'
    | 'dateTime'
    | 'startsAt'
    | 'endsAt'
    | 'registrationDeadline'
    | 'endBeforeStart'
    | 'checkInAfterStart'
    | 'deadlineAfterStart'
    | 'cancellableUntil'
    | 'place'
    | 'price'
    | 'vat'
    | 'capacity'
    | 'offerHoldHours'
    | 'onlineUrl'
    | 'contactName'
    | 'contactEmail';
  n?: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

/** What must be put right before saving, in the order of the form; the server checks the rest. */
export function validate(s: EventFormState): EventProblem[] {
  const problems: EventProblem[] = [];
  const add = (id: string, problem: EventProblem['problem'], n?: number) =>
    problems.push(n === undefined ? { id, problem } : { id, problem, n });
  if (!s.title.trim()) add(EVENT_IDS.title, 'title');

  const time = (field: 'startsAt' | 'endsAt' | 'checkInFrom' | 'registrationDeadline', required: boolean) => {
    const value = s[field].trim();
    if (!value) {
      if (required) add(EVENT_IDS[field], field as 'startsAt' | 'endsAt' | 'registrationDeadline');
      return null;
    }
    const instant = localToInstant(value);
    if (!instant) add(EVENT_IDS[field], 'dateTime');
    return instant;
  };
  const starts = time('startsAt', true);
  const ends = time('endsAt', true);
  const checkIn = time('checkInFrom', false);
  if (starts && ends && ends <= starts) add(EVENT_IDS.endsAt, 'endBeforeStart');
  if (starts && checkIn && checkIn > starts) add(EVENT_IDS.checkInFrom, 'checkInAfterStart');
  // The server answers a missing place on the address field too.
  if (!s.venueName.trim() && !s.address.trim() && !s.onlineUrl.trim()) add(EVENT_IDS.address, 'place');
  if (s.onlineUrl.trim() && !URL.test(s.onlineUrl.trim())) add(EVENT_IDS.onlineUrl, 'onlineUrl');

  if (parseKroner(s.price) === null) add(EVENT_IDS.price, 'price');
  if (parsePercent(s.vat) === null) add(EVENT_IDS.vat, 'vat');
  const capacity = parseWhole(s.capacity);
  if (capacity === null || capacity < 1 || capacity > 100_000) add(EVENT_IDS.capacity, 'capacity');
  const hold = parseWhole(s.offerHoldHours);
  if (s.waitingList && (hold === null || hold < 1 || hold > 24 * 14))
    add(EVENT_IDS.offerHoldHours, 'offerHoldHours');

  const deadline = time('registrationDeadline', true);
  if (starts && deadline && deadline > starts) add(EVENT_IDS.registrationDeadline, 'deadlineAfterStart');
  if (s.termsKind === 'cancellable') {
    if (!s.cancellableUntil.trim()) add(EVENT_IDS.cancellableUntil, 'cancellableUntil');
    else if (!localToInstant(s.cancellableUntil)) add(EVENT_IDS.cancellableUntil, 'dateTime');
  } else if (s.substitutionUntil.trim() && !localToInstant(s.substitutionUntil)) {
    add(EVENT_IDS.substitutionUntil, 'dateTime');
  }

  s.contacts.forEach((c, i) => {
    if (!c.name.trim()) add(contactId(c, 'name'), 'contactName', i + 1);
    if (c.email.trim() && !EMAIL.test(c.email.trim())) add(contactId(c, 'email'), 'contactEmail', i + 1);
  });
  return problems;
}

const text = (value: string) => value.trim() || null;
const instant = (value: string) => (value.trim() ? localToInstant(value) : null);

/** The request body; call it only when `validate` found nothing. */
export function toRequest(s: EventFormState): EventBodyReq {
  const need = (value: string | null) => value ?? '';
  return {
    title: s.title.trim(),
    description: s.description.trim(),
    targetAudience: s.targetAudience.trim(),
    startsAt: need(instant(s.startsAt)),
    endsAt: need(instant(s.endsAt)),
    checkInFrom: instant(s.checkInFrom),
    venueName: text(s.venueName),
    address: text(s.address),
    onlineUrl: text(s.onlineUrl),
    capacity: parseWhole(s.capacity) ?? 0,
    waitingList: s.waitingList,
    priceExVatOre: parseKroner(s.price) ?? 0,
    vatRateBasisPoints: parsePercent(s.vat) ?? 0,
    registrationDeadline: need(instant(s.registrationDeadline)),
    terms: {
      kind: s.termsKind,
      cancellableUntil: s.termsKind === 'cancellable' ? instant(s.cancellableUntil) : null,
      substitutionUntil: s.termsKind === 'binding' ? instant(s.substitutionUntil) : null,
    },
    contacts: s.contacts.map((c) => ({
      name: c.name.trim(),
      title: text(c.title),
      unit: text(c.unit),
      phone: text(c.phone),
      email: text(c.email),
    })),
    visibility: s.visibility,
    allowDuplicateEmail: s.allowDuplicateEmail,
    // Kept as it was when there is no waiting list (the server wants a number either way).
    offerHoldHours: parseWhole(s.offerHoldHours) || 48,
  };
}

/** Where a server field error belongs: `contacts.1.email` goes to the second contact's e-mail field. */
export function fieldIdFor(field: string, s: EventFormState): string {
  if (field in SERVER_FIELDS) return SERVER_FIELDS[field] as string;
  if (field in EVENT_IDS) return EVENT_IDS[field as keyof typeof EVENT_IDS];
  if (field.startsWith('contacts')) {
    // `contacts.1.email`: that contact's field; without an index, the first contact's.
    const [, second, third] = field.split('.');
    const index = second && /^\d+$/.test(second) ? Number(second) : 0;
    const sub = (index === 0 && second && !/^\d+$/.test(second) ? second : third) as ContactField | undefined;
    const contact = s.contacts[index] ?? s.contacts[0];
    if (!contact) return EVENT_IDS.addContact;
    return contactId(
      contact,
      sub && ['name', 'title', 'unit', 'phone', 'email'].includes(sub) ? sub : 'name',
    );
  }
  if (field.startsWith('terms')) return EVENT_IDS.termsKind;
  return EVENT_IDS.title;
}
