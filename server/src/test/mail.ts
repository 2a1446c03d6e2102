import type { Db } from '../db/dialect.js';

/** The newest mail to an address, and the path of the first app link in it. */
export async function lastMailTo(db: Db, to: string) {
  const mail = await db.kysely
    .selectFrom('mail_outbox')
    .selectAll()
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!mail) return null;
  const token = /\/(?:nulstil-adgangskode|invitation)\/([\w-]+)/.exec(mail.text_body)?.[1] ?? null;
  return { ...mail, token };
}
