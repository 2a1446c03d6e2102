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
  created_at: string;
  sent_at: string | null;
}
export type MailRow = Selectable<MailOutboxTable>;
export type NewMailRow = Insertable<MailOutboxTable>;
