import { type PriceLine, sumLines } from '../../../../core/money.js';
import { asText } from '../../lib/csv.js';
import { asDate, asMoney, type Column } from '../../lib/table.js';
import type { EventRow, RegistrationRow } from './events.tables.js';

/** The columns of the event exports: one list each, written as CSV or as XLSX. */

const STATUS_DA: Record<string, string> = {
  confirmed: 'Tilmeldt',
  offered: 'Tilbudt plads',
  waitlisted: 'Venteliste',
  cancelled: 'Afmeldt',
};

export const lineOf = (r: RegistrationRow): PriceLine => ({
  exVatOre: r.price_ex_vat_ore,
  vatOre: r.vat_ore,
  inclVatOre: r.price_ex_vat_ore + r.vat_ore,
});

/** Every registration and the waiting list. */
export const REGISTRATION_COLUMNS: ReadonlyArray<Column<RegistrationRow>> = [
  { header: 'Status', value: (r) => STATUS_DA[r.status] ?? r.status },
  { header: 'Navn', value: (r) => r.name },
  { header: 'E-mail', value: (r) => r.email },
  { header: 'Stilling', value: (r) => r.job_title },
  { header: 'Organisation', value: (r) => r.organisation_name },
  { header: 'EAN', value: (r) => asText(r.ean) },
  { header: 'CVR', value: (r) => asText(r.cvr) },
  { header: 'Reference', value: (r) => asText(r.order_reference) },
  { header: 'Fakturakontakt', value: (r) => r.invoice_contact },
  { header: 'Kost og allergier', value: (r) => r.dietary_needs },
  { header: 'Pris ekskl. moms', value: (r) => asMoney(lineOf(r).exVatOre) },
  { header: 'Moms', value: (r) => asMoney(lineOf(r).vatOre) },
  { header: 'Pris inkl. moms', value: (r) => asMoney(lineOf(r).inclVatOre) },
  { header: 'Tilmeldt', value: (r) => asDate(r.created_at) },
  { header: 'Tjekket ind', value: (r) => asDate(r.checked_in_at) },
];

/** One billed seat of the invoice basis. */
export interface InvoiceLine {
  registration: RegistrationRow;
  price: PriceLine;
}

const total = (pick: (l: PriceLine) => number) => (lines: readonly InvoiceLine[]) =>
  asMoney(pick(sumLines(lines.map((l) => l.price))));

/** The invoice basis: a line per seat, and totals that are sums of the rounded lines. */
export function invoiceColumns(event: EventRow): ReadonlyArray<Column<InvoiceLine>> {
  return [
    { header: 'Køber', value: (l) => l.registration.organisation_name, total: () => 'I alt' },
    { header: 'EAN', value: (l) => asText(l.registration.ean) },
    { header: 'CVR', value: (l) => asText(l.registration.cvr) },
    { header: 'Ordre/reference', value: (l) => asText(l.registration.order_reference) },
    { header: 'Fakturakontakt', value: (l) => l.registration.invoice_contact },
    { header: 'Deltager', value: (l) => l.registration.name, total: (lines) => `${lines.length} pladser` },
    { header: 'Deltagers e-mail', value: (l) => l.registration.email },
    { header: 'Arrangement', value: () => event.title },
    { header: 'Dato', value: () => asDate(event.starts_at) },
    { header: 'Beløb ekskl. moms', value: (l) => asMoney(l.price.exVatOre), total: total((p) => p.exVatOre) },
    { header: 'Moms', value: (l) => asMoney(l.price.vatOre), total: total((p) => p.vatOre) },
    {
      header: 'Beløb inkl. moms',
      value: (l) => asMoney(l.price.inclVatOre),
      total: total((p) => p.inclVatOre),
    },
  ];
}
