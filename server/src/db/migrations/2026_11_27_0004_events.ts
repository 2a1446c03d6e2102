import type { AnyDb } from './helpers.js';
import { jsonType, timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    // Unique across the installation: public addresses are /arrangementer/{slug}.
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('starts_at', ts, (c) => c.notNull())
    .addColumn('ends_at', ts, (c) => c.notNull())
    .addColumn('check_in_from', ts)
    .addColumn('venue_name', 'text')
    .addColumn('address', 'text')
    .addColumn('online_url', 'text')
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('waiting_list', 'integer', (c) => c.notNull())
    // Money in integer øre; VAT rate in basis points (2500 = 25 %).
    .addColumn('price_ex_vat_ore', 'integer', (c) => c.notNull())
    .addColumn('vat_rate_bp', 'integer', (c) => c.notNull())
    .addColumn('registration_deadline', ts, (c) => c.notNull())
    .addColumn('terms_kind', 'text', (c) => c.notNull())
    .addColumn('cancellable_until', ts)
    .addColumn('substitution_until', ts)
    .addColumn('target_audience', 'text', (c) => c.notNull())
    .addColumn('contacts', jsonType, (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('allow_duplicate_email', 'integer', (c) => c.notNull())
    .addColumn('offer_hold_hours', 'integer', (c) => c.notNull())
    .addColumn('published_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('events_org_starts_idx')
    .on('events')
    .columns(['organisation_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    // confirmed | waitlisted | offered | cancelled; confirmed + offered never exceed capacity.
    .addColumn('status', 'text', (c) => c.notNull())
    // Arrival order within the event, given under the event lock: first come, first offered.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('job_title', 'text')
    .addColumn('organisation_name', 'text')
    .addColumn('ean', 'text')
    .addColumn('cvr', 'text')
    .addColumn('order_reference', 'text')
    .addColumn('invoice_contact', 'text')
    .addColumn('dietary_needs', 'text')
    // The price when registering, VAT rounded per registration.
    .addColumn('price_ex_vat_ore', 'integer', (c) => c.notNull())
    .addColumn('vat_ore', 'integer', (c) => c.notNull())
    .addColumn('manage_token_hash', 'text', (c) => c.notNull().unique())
    // The QR code's token is derived (HMAC of id and version); a substitution bumps the version,
    // so the old code stops working. Its hash finds the registration at check-in.
    .addColumn('ticket_version', 'integer', (c) => c.notNull())
    .addColumn('ticket_token_hash', 'text', (c) => c.notNull().unique())
    // Short code typed at check-in when the QR code cannot be scanned.
    .addColumn('ticket_code', 'text', (c) => c.notNull())
    .addColumn('offered_until', ts)
    .addColumn('checked_in_at', ts)
    .addColumn('cancelled_at', ts)
    // Why a registration ended: cancelled (by the registrant) or offer_expired.
    .addColumn('closed_reason', 'text')
    // Set when the retention job has removed the registrant's personal data.
    .addColumn('anonymised_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('registrations_event_code_uq', ['event_id', 'ticket_code'])
    .execute();
  await db.schema
    .createIndex('registrations_event_status_idx')
    .on('registrations')
    .columns(['event_id', 'status', 'seq'])
    .execute();
  await db.schema
    .createIndex('registrations_event_email_idx')
    .on('registrations')
    .columns(['event_id', 'email'])
    .execute();
  // nextSeq reads max(seq) per event under the lock: without this it scans the event's rows.
  await db.schema
    .createIndex('registrations_event_seq_idx')
    .on('registrations')
    .columns(['event_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('registrations_offered_idx')
    .on('registrations')
    .columns(['status', 'offered_until'])
    .execute();

  // Who held a seat when: a substitution closes one row and opens the next.
  await db.schema
    .createTable('registration_attendees')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'text', (c) =>
      c.notNull().references('registrations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('job_title', 'text')
    .addColumn('held_from', ts, (c) => c.notNull())
    .addColumn('held_until', ts)
    .execute();
  await db.schema
    .createIndex('registration_attendees_reg_idx')
    .on('registration_attendees')
    .column('registration_id')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('registration_attendees').execute();
  await db.schema.dropTable('registrations').execute();
  await db.schema.dropTable('events').execute();
}
