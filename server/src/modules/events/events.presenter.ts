import type { IcalEvent } from '../../../../core/ical.js';
import { priceLine } from '../../../../core/money.js';
import type {
  ContactPerson,
  EventRes,
  PublicEventRes,
  RegistrationRes,
  SeatCounts,
} from '../../../../core/schemas/events.js';
import type { EventWithOrganisation } from './events.repository.js';
import type { EventRow, RegistrationRow } from './events.tables.js';

const terms = (row: EventRow) => ({
  kind: row.terms_kind === 'cancellable' ? ('cancellable' as const) : ('binding' as const),
  cancellableUntil: row.cancellable_until,
  substitutionUntil: row.substitution_until,
});

export function presentEvent(row: EventRow, seats: SeatCounts): EventRes {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status as EventRes['status'],
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    checkInFrom: row.check_in_from,
    venueName: row.venue_name,
    address: row.address,
    onlineUrl: row.online_url,
    capacity: row.capacity,
    waitingList: row.waiting_list === 1,
    priceExVatOre: row.price_ex_vat_ore,
    vatRateBasisPoints: row.vat_rate_bp,
    price: priceLine(row.price_ex_vat_ore, row.vat_rate_bp),
    registrationDeadline: row.registration_deadline,
    terms: terms(row),
    targetAudience: row.target_audience,
    contacts: JSON.parse(row.contacts) as ContactPerson[],
    visibility: row.visibility === 'organisation' ? 'organisation' : 'public',
    allowDuplicateEmail: row.allow_duplicate_email === 1,
    offerHoldHours: row.offer_hold_hours,
    publishedAt: row.published_at,
    seats,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentPublicEvent(
  row: EventWithOrganisation,
  seats: SeatCounts,
  nowIso: string,
): PublicEventRes {
  const full = seats.seatsLeft === 0;
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    checkInFrom: row.check_in_from,
    venueName: row.venue_name,
    address: row.address,
    onlineUrl: row.online_url,
    waitingList: row.waiting_list === 1,
    price: priceLine(row.price_ex_vat_ore, row.vat_rate_bp),
    vatRateBasisPoints: row.vat_rate_bp,
    registrationDeadline: row.registration_deadline,
    terms: terms(row),
    targetAudience: row.target_audience,
    contacts: JSON.parse(row.contacts) as ContactPerson[],
    organisationName: row.organisation_name,
    seatsLeft: seats.seatsLeft,
    registrationOpen: nowIso < row.registration_deadline && (!full || row.waiting_list === 1),
    closedReason:
      nowIso >= row.registration_deadline ? 'deadline' : full && row.waiting_list !== 1 ? 'full' : null,
    nextGoesToWaitingList: full && row.waiting_list === 1,
    invoiceRequired: row.price_ex_vat_ore > 0,
  };
}

export function presentRegistration(row: RegistrationRow, waitingPosition: number | null): RegistrationRes {
  const vat = row.vat_ore;
  return {
    id: row.id,
    status: row.status as RegistrationRes['status'],
    name: row.name,
    email: row.email,
    jobTitle: row.job_title,
    organisation: row.organisation_name,
    ean: row.ean,
    cvr: row.cvr,
    orderReference: row.order_reference,
    invoiceContact: row.invoice_contact,
    dietaryNeeds: row.dietary_needs,
    price: { exVatOre: row.price_ex_vat_ore, vatOre: vat, inclVatOre: row.price_ex_vat_ore + vat },
    waitingPosition,
    checkedInAt: row.checked_in_at,
    createdAt: row.created_at,
  };
}

/** An event as a calendar entry; its URL is the public page (or the member page for internal ones). */
export function eventToIcal(publicUrl: string, row: EventRow): IcalEvent {
  return {
    uid: `${row.id}@aktion`,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: [row.venue_name, row.address].filter(Boolean).join(', ') || row.online_url,
    url: `${publicUrl}/arrangementer/${row.slug}`,
    updatedAt: row.updated_at,
  };
}
