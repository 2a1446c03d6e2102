import { icalendar } from '../../../../core/ical.js';
import type { AppContext } from '../../lib/context.js';
import type { AttachmentMaker, MailAttachment, MailAttachmentSpec } from '../../lib/mail/outbox.js';
import { eventToIcal } from './events.presenter.js';
import * as repo from './events.repository.js';
import { qrPng } from './qr-png.js';

export const TICKET_FILES = 'event_ticket';

/**
 * The QR code's token: derived from the registration and its ticket version, so it needs no
 * storage and a substitution (a new version) makes the old code worthless.
 */
export const ticketToken = (ctx: AppContext, registrationId: string, version: number) =>
  ctx.secrets.mac(`ticket:${registrationId}:${version}`);

/** The recipe for a ticket mail's files: the calendar entry and the QR code of this ticket version. */
export const ticketFiles = (registrationId: string, ticketVersion: number): MailAttachmentSpec => ({
  kind: TICKET_FILES,
  registrationId,
  ticketVersion,
});

/**
 * Makes a ticket mail's files when the job runner sends it: the event as an iCalendar file, and
 * the QR code to show at check-in as a PNG. Nothing for a registration erased or no longer
 * holding a seat, and no QR code for a ticket already replaced by a substitution: a code that
 * would not let anyone in is not sent.
 */
export function ticketFileMaker(ctx: AppContext): AttachmentMaker {
  return async (spec) => {
    const registration = await repo.findRegistration(ctx.db.kysely, String(spec.registrationId));
    if (!registration || registration.anonymised_at || registration.status !== 'confirmed') return [];
    const event = await repo.findEventById(ctx.db.kysely, registration.event_id);
    if (!event) return [];
    const files: MailAttachment[] = [
      {
        fileName: `${event.slug}.ics`,
        contentType: 'text/calendar; charset=utf-8',
        content: Buffer.from(icalendar([eventToIcal(ctx.config.publicUrl, event)], event.title), 'utf8'),
      },
    ];
    const version = Number(spec.ticketVersion);
    if (registration.ticket_version === version) {
      files.push({
        fileName: `billet-${registration.ticket_code}.png`,
        contentType: 'image/png',
        content: qrPng(ticketToken(ctx, registration.id, version), {
          width: 480,
          margin: 4,
          errorCorrectionLevel: 'M',
        }),
      });
    }
    return files;
  };
}
