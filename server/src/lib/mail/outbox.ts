import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Clock } from '../clock.js';
import type { AppContext, Executor } from '../context.js';
import { newId } from '../ids.js';
import { enqueueJobs } from '../jobs/jobs.js';
import type { JobHandler } from '../jobs/runner.js';

export const MAIL_JOB = 'mail.send';

/**
 * A recipe for a file the runner makes when it sends a mail: `kind` picks the maker, the rest is
 * its input (ids, never the file itself), so a request that queues a mail stays quick and small.
 */
export interface MailAttachmentSpec {
  kind: string;
  [input: string]: string | number;
}

export interface MailAttachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** Makes the files of one recipe; none when what they describe is gone (erased, handed on). */
export type AttachmentMaker = (spec: MailAttachmentSpec) => Promise<MailAttachment[]>;

export interface OutgoingMail {
  organisationId: string | null;
  to: string;
  subject: string;
  text: string;
  /** Files the runner makes when it sends the mail (calendar, QR code). */
  attachments?: MailAttachmentSpec[];
}

/** Puts a mail in the outbox and a job to send it, in the caller's transaction. */
export async function queueMail(exec: Executor, clock: Clock, mail: OutgoingMail): Promise<string> {
  const [id = ''] = await queueMails(exec, clock, [mail]);
  return id;
}

/** Several mails in two statements (a batch of registrations); their ids in the order given. */
export async function queueMails(exec: Executor, clock: Clock, mails: OutgoingMail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const now = clock.now().toISOString();
  const rows = mails.map((mail) => ({
    id: newId(),
    organisation_id: mail.organisationId,
    to_address: mail.to,
    subject: mail.subject,
    text_body: mail.text,
    status: 'queued' as const,
    attachment_specs: mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
    created_at: now,
    sent_at: null,
  }));
  await exec.insertInto('mail_outbox').values(rows).execute();
  await enqueueJobs(
    exec,
    clock,
    MAIL_JOB,
    rows.map((r) => ({ mailId: r.id })),
  );
  return rows.map((r) => r.id);
}

/**
 * Sends one queued mail by SMTP when SMTP_URL is set. Without it the mail is held in the outbox,
 * where an administrator can read it at GET /api/dev/outbox (a laptop or test set-up).
 */
export function createMailHandler(
  ctx: AppContext,
  makers: Readonly<Record<string, AttachmentMaker>> = {},
): JobHandler {
  const makeAttachments = async (specsJson: string | null): Promise<MailAttachment[]> => {
    const files: MailAttachment[] = [];
    for (const spec of specsJson ? (JSON.parse(specsJson) as MailAttachmentSpec[]) : []) {
      const make = makers[spec.kind];
      // A programming error, not bad data: the job fails and shows up in the job list.
      if (!make) throw new Error(`no maker for mail attachments of kind ${spec.kind}`);
      files.push(...(await make(spec)));
    }
    return files;
  };
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
    const files = await makeAttachments(mail.attachment_specs);
    if (transport) {
      await transport.sendMail({
        from: ctx.config.mailFrom,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.text_body,
        attachments: files.map((f) => ({
          filename: f.fileName,
          contentType: f.contentType,
          content: f.content,
        })),
      });
    }
    await ctx.db.kysely.transaction().execute(async (trx) => {
      if (!transport) await holdAttachments(trx, mailId, files);
      await trx
        .updateTable('mail_outbox')
        .set({
          status: transport ? 'sent' : 'held',
          sent_at: transport ? ctx.clock.now().toISOString() : null,
        })
        .where('id', '=', mailId)
        .execute();
    });
    ctx.log.info(
      { mailId, delivered: Boolean(transport), attachments: files.length },
      transport ? 'mail sent' : 'mail held in outbox',
    );
  };
}

async function holdAttachments(exec: Executor, mailId: string, files: MailAttachment[]) {
  // A retried job may have stored them already.
  await exec.deleteFrom('mail_attachments').where('mail_id', '=', mailId).execute();
  if (files.length === 0) return;
  await exec
    .insertInto('mail_attachments')
    .values(
      files.map((f, position) => ({
        mail_id: mailId,
        position,
        file_name: f.fileName,
        content_type: f.contentType,
        content_base64: f.content.toString('base64'),
      })),
    )
    .execute();
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
  const files = rows.length
    ? await exec
        .selectFrom('mail_attachments')
        .select(['mail_id', 'position', 'file_name', 'content_type'])
        .where(
          'mail_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('position')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    text: r.text_body,
    status: r.status,
    createdAt: r.created_at,
    attachments: files
      .filter((f) => f.mail_id === r.id)
      .map((f) => ({ position: f.position, fileName: f.file_name, contentType: f.content_type })),
  }));
}

/** One held file of a mail of the organisation, or undefined. */
export async function findHeldAttachment(
  exec: Executor,
  organisationId: string,
  mailId: string,
  position: number,
): Promise<MailAttachment | undefined> {
  const row = await exec
    .selectFrom('mail_attachments')
    .innerJoin('mail_outbox', 'mail_outbox.id', 'mail_attachments.mail_id')
    .select(['file_name', 'content_type', 'content_base64'])
    .where('mail_outbox.organisation_id', '=', organisationId)
    .where('mail_attachments.mail_id', '=', mailId)
    .where('mail_attachments.position', '=', position)
    .executeTakeFirst();
  return row
    ? {
        fileName: row.file_name,
        contentType: row.content_type,
        content: Buffer.from(row.content_base64, 'base64'),
      }
    : undefined;
}
