import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Clock } from '../clock.js';
import type { AppContext, Executor } from '../context.js';
import { newId } from '../ids.js';
import { enqueueJob } from '../jobs/jobs.js';
import type { JobHandler } from '../jobs/runner.js';

export const MAIL_JOB = 'mail.send';

export interface OutgoingMail {
  organisationId: string | null;
  to: string;
  subject: string;
  text: string;
}

/** Puts a mail in the outbox and a job to send it, in the caller's transaction. */
export async function queueMail(exec: Executor, clock: Clock, mail: OutgoingMail): Promise<string> {
  const id = newId();
  await exec
    .insertInto('mail_outbox')
    .values({
      id,
      organisation_id: mail.organisationId,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      status: 'queued',
      created_at: clock.now().toISOString(),
      sent_at: null,
    })
    .execute();
  await enqueueJob(exec, clock, MAIL_JOB, { mailId: id });
  return id;
}

/**
 * Sends one queued mail by SMTP when SMTP_URL is set. Without it the mail is held in the outbox,
 * where an administrator can read it at GET /api/dev/outbox (a laptop or test set-up).
 */
export function createMailHandler(ctx: AppContext): JobHandler {
  // Timeouts well below the job's 5-minute lock, so a hanging server cannot make another
  // instance take the job over and send the mail twice.
  const transport = ctx.config.smtpUrl
    ? nodemailer.createTransport(
        new SMTPTransport({
          url: ctx.config.smtpUrl,
          connectionTimeout: 30_000,
          greetingTimeout: 30_000,
          socketTimeout: 60_000,
        }),
      )
    : null;
  return async (payload) => {
    const mailId = String(payload.mailId);
    const mail = await ctx.db.kysely
      .selectFrom('mail_outbox')
      .selectAll()
      .where('id', '=', mailId)
      .executeTakeFirst();
    if (mail?.status !== 'queued') return;
    if (transport) {
      await transport.sendMail({
        from: ctx.config.mailFrom,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.text_body,
      });
    }
    await ctx.db.kysely
      .updateTable('mail_outbox')
      .set({ status: transport ? 'sent' : 'held', sent_at: transport ? ctx.clock.now().toISOString() : null })
      .where('id', '=', mailId)
      .execute();
    ctx.log.info({ mailId, delivered: Boolean(transport) }, transport ? 'mail sent' : 'mail held in outbox');
  };
}

/** Mails of one organisation, newest first: what the dev outbox shows while SMTP_URL is unset. */
export async function listOutbox(exec: Executor, organisationId: string, limit = 200) {
  const rows = await exec
    .selectFrom('mail_outbox')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    text: r.text_body,
    status: r.status,
    createdAt: r.created_at,
  }));
}
