import type { AnyDb } from './helpers.js';
import { jsonType, timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);

  // What a mail carries besides its text, as recipes ({"kind":"event_ticket",...}): the files
  // (calendar, QR code) are made by the job runner when it sends, not in the request that queues.
  await db.schema.alterTable('mail_outbox').addColumn('attachment_specs', jsonType).execute();

  // The files of a mail held because no SMTP server is configured, so they can be looked at.
  await db.schema
    .createTable('mail_attachments')
    .addColumn('mail_id', 'text', (c) => c.notNull().references('mail_outbox.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_attachments_pk', ['mail_id', 'position'])
    .execute();

  // Web sites allowed to call the public event API from a browser (CORS), per organisation.
  await db.schema
    .createTable('embed_origins')
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('embed_origins_pk', ['organisation_id', 'origin'])
    .execute();
  await db.schema.createIndex('embed_origins_origin_idx').on('embed_origins').columns(['origin']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('embed_origins').execute();
  await db.schema.dropTable('mail_attachments').execute();
  await db.schema.alterTable('mail_outbox').dropColumn('attachment_specs').execute();
}
