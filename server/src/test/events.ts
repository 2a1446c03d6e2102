import type { EventBodyReq } from '../../../core/schemas/events.js';
import type { NewEventRow } from '../modules/events/events.tables.js';

const DAY = 86_400_000;

/** A valid event body, days from now; override what the test is about. */
export function eventBody(
  overrides: Partial<EventBodyReq> = {},
  daysAhead = 90,
  now = new Date(),
): EventBodyReq {
  const start = new Date(now.getTime() + daysAhead * DAY);
  start.setUTCHours(7, 30, 0, 0);
  const at = (msFromStart: number) => new Date(start.getTime() + msFromStart).toISOString();
  return {
    title: `HR møder digitalisering ${crypto.randomUUID().slice(0, 8)}`,
    description: 'En dag om digital ledelse.',
    startsAt: at(0),
    endsAt: at(7 * 3_600_000),
    checkInFrom: at(-3_600_000),
    venueName: 'Comwell Kolding',
    address: 'Skovbrynet 1, 6000 Kolding',
    onlineUrl: null,
    capacity: 300,
    waitingList: true,
    priceExVatOre: 217_500,
    vatRateBasisPoints: 2500,
    registrationDeadline: at(-7 * DAY),
    terms: { kind: 'binding', cancellableUntil: null, substitutionUntil: at(-DAY) },
    targetAudience: 'HR- og digitaliseringsfolk i kommunerne',
    contacts: [{ name: 'Lone Berg', title: 'Konsulent', unit: 'KL', phone: '3370 3370', email: 'lb@kl.dk' }],
    visibility: 'public',
    allowDuplicateEmail: false,
    offerHoldHours: 48,
    ...overrides,
  };
}

let n = 0;
/** A valid public registration body with a fresh e-mail address. */
export function registrationBody(overrides: Record<string, unknown> = {}) {
  n++;
  return {
    name: `Mette Hansen ${n}`,
    email: `mette.${n}.${crypto.randomUUID().slice(0, 6)}@viborg.dk`,
    jobTitle: 'HR-konsulent',
    organisation: 'Viborg Kommune',
    ean: '5798009811578',
    cvr: null,
    orderReference: 'PO-2291',
    invoiceContact: 'Lone Berg',
    dietaryNeeds: null,
    acceptTerms: true,
    ...overrides,
  };
}

/** An event row to insert straight into the database (tests that need no API round trip). */
export function eventRow(organisationId: string, overrides: Partial<NewEventRow> = {}): NewEventRow {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const body = eventBody();
  return {
    id,
    organisation_id: organisationId,
    slug: `e-${id}`,
    status: 'draft',
    title: body.title,
    description: '',
    starts_at: body.startsAt,
    ends_at: body.endsAt,
    check_in_from: null,
    venue_name: 'Sted',
    address: null,
    online_url: null,
    capacity: 10,
    waiting_list: 1,
    price_ex_vat_ore: 0,
    vat_rate_bp: 2500,
    registration_deadline: body.registrationDeadline,
    terms_kind: 'binding',
    cancellable_until: null,
    substitution_until: null,
    target_audience: '',
    contacts: '[]',
    visibility: 'public',
    allow_duplicate_email: 0,
    offer_hold_hours: 48,
    published_at: null,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
}
