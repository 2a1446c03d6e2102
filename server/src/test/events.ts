import type { EventBodyReq } from '../../../core/schemas/events.js';

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
