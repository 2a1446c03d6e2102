import { notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import { tabulate } from '../../lib/table.js';
import type { NamedTable } from '../../lib/table-file.js';
import * as repo from './events.repository.js';
import { invoiceColumns, lineOf, REGISTRATION_COLUMNS } from './exports.columns.js';

async function eventAndRows(ctx: AppContext, actor: OrgActor, eventId: string) {
  const event = await repo.findEvent(ctx.db.kysely, actor.organisationId, eventId);
  if (!event) throw notFound();
  return { event, rows: await repo.listRegistrations(ctx.db.kysely, eventId) };
}

/** Every registration and the waiting list, for a CSV or an XLSX file. */
export async function registrationsTable(
  ctx: AppContext,
  actor: OrgActor,
  eventId: string,
): Promise<NamedTable> {
  const { event, rows } = await eventAndRows(ctx, actor, eventId);
  return {
    baseName: `tilmeldinger-${event.slug}`,
    sheetName: 'Tilmeldinger',
    table: tabulate(REGISTRATION_COLUMNS, rows),
  };
}

/**
 * The invoice basis for the finance system: one line per confirmed seat (buyer, EAN/CVR,
 * reference, amounts), VAT as rounded per registration, and a total that is the sum of the lines.
 */
export async function invoiceBasisTable(
  ctx: AppContext,
  actor: OrgActor,
  eventId: string,
): Promise<NamedTable> {
  const { event, rows } = await eventAndRows(ctx, actor, eventId);
  const billed = rows
    .filter((r) => r.status === 'confirmed' && r.price_ex_vat_ore > 0)
    .map((registration) => ({ registration, price: lineOf(registration) }));
  return {
    baseName: `fakturagrundlag-${event.slug}`,
    sheetName: 'Fakturagrundlag',
    table: tabulate(invoiceColumns(event), billed),
  };
}
