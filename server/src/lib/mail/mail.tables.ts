import type { Insertable, Selectable } from 'kysely';

/** queued: waiting for the runner; sent: handed to SMTP; held: kept here because SMTP_URL is unset. */
export type MailStatus = 'queued' | 'sent' | 'held' | 'failed';

export interface MailOutboxTable {
  id: string;
  organisation_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  status: MailStatus;
  /** JSON array of MailAttachmentSpec: the files the runner makes when it sends. */
  attachment_specs: string | null;
  created_at: string;
  sent_at: string | null;
}
export type MailRow = Selectable<MailOutboxTable>;
export type NewMailRow = Insertable<MailOutboxTable>;

/** A file of a mail held because SMTP_URL is unset, kept so it can be looked at in the outbox. */
export interface MailAttachmentsTable {
  mail_id: string;
  position: number;
  file_name: string;
  content_type: string;
  content_base64: string;
}
