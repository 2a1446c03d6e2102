import { formatOre, type PriceLine, priceLine, sumLines } from '../../../../core/money.js';
import { notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { asText, danishCsv, danishDate } from '../../lib/csv.js';
import type { OrgActor } from '../../lib/policy.js';
import * as repo from './events.repository.js';
import type { RegistrationRow } from './events.tables.js';

const STATUS_DA: Record<string, string> = {
  confirmed: 'Tilmeldt',
  offered: 'Tilbudt plads',
  waitlisted: 'Venteliste',
  cancelled: 'Afmeldt',
};

const lineOf = (r: RegistrationRow): PriceLine => ({
  exVatOre: r.price_ex_vat_ore,
  vatOre: r.vat_ore,
  inclVatOre: r.price_ex_vat_ore + r.vat_ore,
});

async function eventAndRows(ctx: AppContext, actor: OrgActor, eventId: string) {
  const event = await repo.findEvent(ctx.db.kysely, actor.organisationId, eventId);
  if (!event) throw notFound();
  return { event, rows: await repo.listRegistrations(ctx.db.kysely, eventId) };
}

/** Every registration and the waiting list, for Danish Excel. */
export async function registrationsCsv(ctx: AppContext, actor: OrgActor, eventId: string) {
  const { event, rows } = await eventAndRows(ctx, actor, eventId);
  const csv = danishCsv(
    [
      'Status',
      'Navn',
      'E-mail',
      'Stilling',
      'Organisation',
      'EAN',
      'CVR',
      'Reference',
      'Fakturakontakt',
      'Kost og allergier',
      'Pris ekskl. moms',
      'Moms',
      'Pris inkl. moms',
      'Tilmeldt',
      'Tjekket ind',
    ],
    rows.map((r) => {
      const p = lineOf(r);
      return [
        STATUS_DA[r.status] ?? r.status,
        r.name,
        r.email,
        r.job_title,
        r.organisation_name,
        asText(r.ean),
        asText(r.cvr),
        asText(r.order_reference),
        r.invoice_contact,
        r.dietary_needs,
        formatOre(p.exVatOre),
        formatOre(p.vatOre),
        formatOre(p.inclVatOre),
        danishDate(r.created_at),
        r.checked_in_at ? danishDate(r.checked_in_at) : null,
      ];
    }),
  );
  return { csv, fileName: `tilmeldinger-${event.slug}.csv` };
}

/**
 * The invoice basis for the finance system: one line per confirmed seat (buyer, EAN/CVR,
 * reference, amounts), VAT as rounded per registration, and a total that is the sum of the lines.
 */
export async function invoiceBasisCsv(ctx: AppContext, actor: OrgActor, eventId: string) {
  const { event, rows } = await eventAndRows(ctx, actor, eventId);
  const billed = rows.filter((r) => r.status === 'confirmed' && r.price_ex_vat_ore > 0);
  const lines = billed.map(lineOf);
  const total = sumLines(lines);
  const csv = danishCsv(
    [
      'Køber',
      'EAN',
      'CVR',
      'Ordre/reference',
      'Fakturakontakt',
      'Deltager',
      'Deltagers e-mail',
      'Arrangement',
      'Dato',
      'Beløb ekskl. moms',
      'Moms',
      'Beløb inkl. moms',
    ],
    [
      ...billed.map((r, i) => {
        const p = lines[i] ?? priceLine(0, 0);
        return [
          r.organisation_name,
          asText(r.ean),
          asText(r.cvr),
          asText(r.order_reference),
          r.invoice_contact,
          r.name,
          r.email,
          event.title,
          danishDate(event.starts_at),
          formatOre(p.exVatOre),
          formatOre(p.vatOre),
          formatOre(p.inclVatOre),
        ];
      }),
      [
        'I alt',
        null,
        null,
        null,
        null,
        `${billed.length} pladser`,
        null,
        null,
        null,
        formatOre(total.exVatOre),
        formatOre(total.vatOre),
        formatOre(total.inclVatOre),
      ],
    ],
  );
  return { csv, fileName: `fakturagrundlag-${event.slug}.csv` };
}
