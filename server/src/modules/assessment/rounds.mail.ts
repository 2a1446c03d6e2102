/**
 * The e-mails of a round: the invitation when it opens and the reminders before it closes, both to
 * everyone invited (who has an address), each in the invited person's language (their account's, else Danish). Each send is claimed first with
 * a conditional UPDATE in the transaction that queues the mails (as journal reminders are): a
 * second instance, or a second click, finds the mark and sends nothing; a crash before the commit
 * leaves neither the mark nor the mails, so the next run sends them.
 */
import type { Locale } from '../../../../core/schemas/common.js';
import type { AppContext, Trx } from '../../lib/context.js';
import { queueMails } from '../../lib/mail/outbox.js';
import { t } from '../../lib/messages.js';
import type { AssessmentRoundRow } from './assessment.tables.js';
import { mailRecipients } from './invitations.js';
import { organisationK } from './settings.repository.js';

/** Where an invited leader answers (the web's answering page). */
export const answerPageUrl = (publicUrl: string, roundId: string) => `${publicUrl}/selvvurdering/${roundId}`;

const WHEN: Record<Locale, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'full',
    timeStyle: 'short',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'full',
    timeStyle: 'short',
  }),
};

type Round = Pick<AssessmentRoundRow, 'id' | 'organisation_id' | 'name' | 'closes_at' | 'k'>;
type Kind = 'invitation' | 'reminder';

async function queueRoundMails(ctx: AppContext, trx: Trx, round: Round, kind: Kind) {
  const people = await mailRecipients(trx, round.id);
  if (people.length === 0) return 0;
  const [org, k] = await Promise.all([
    trx
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', round.organisation_id)
      .executeTakeFirstOrThrow(),
    // The k the round promised when it was made (only rows from before that have none).
    round.k ?? organisationK(trx, round.organisation_id),
  ]);
  await queueMails(
    trx,
    ctx.clock,
    people.map((p) => {
      const locale: Locale = p.locale === 'en' ? 'en' : 'da';
      const params = {
        name: p.name,
        round: round.name,
        k,
        closes: WHEN[locale].format(new Date(round.closes_at)),
        link: answerPageUrl(ctx.config.publicUrl, round.id),
        organisation: org.name,
      };
      return {
        organisationId: round.organisation_id,
        to: p.email as string,
        subject: t(locale, `mail.assessment.${kind}.subject`, params),
        text: t(locale, `mail.assessment.${kind}.body`, params),
      };
    }),
  );
  return people.length;
}

/**
 * Sends the invitations of an open round once: claims `invitations_sent_at` (still unset, the
 * round open and not closed), then queues one mail per invited person with an address. Returns
 * how many were queued, or null when another call sent them already.
 */
export async function sendInvitations(ctx: AppContext, trx: Trx, round: Round): Promise<number | null> {
  const now = ctx.clock.now().toISOString();
  const claimed = await trx
    .updateTable('assessment_rounds')
    .set({ invitations_sent_at: now })
    .where('id', '=', round.id)
    .where('invitations_sent_at', 'is', null)
    .where('opens_at', '<=', now)
    .where('closes_at', '>', now)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return null;
  return queueRoundMails(ctx, trx, round, 'invitation');
}

/**
 * Reminds everyone invited (with an address), once: claims `reminder_sent_at` while it is unset or
 * older than `sentBefore` (and the round open), then queues the mails. Returns how many were
 * queued, or null when the claim failed.
 *
 * Everyone, not only those who have not submitted, and nothing is noted per person: a reminder to
 * the non-respondents alone would leave, in the mail outbox (which administrators read when no
 * SMTP server is set) or a per-person mark, a list of exactly who did not answer. The mail thanks
 * those who have answered already and asks them to disregard it.
 */
export async function sendReminders(
  ctx: AppContext,
  trx: Trx,
  round: Round,
  sentBefore: string,
): Promise<number | null> {
  const now = ctx.clock.now().toISOString();
  const claimed = await trx
    .updateTable('assessment_rounds')
    .set({ reminder_sent_at: now })
    .where('id', '=', round.id)
    .where((eb) => eb.or([eb('reminder_sent_at', 'is', null), eb('reminder_sent_at', '<', sentBefore)]))
    .where('opens_at', '<=', now)
    .where('closes_at', '>', now)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return null;
  return queueRoundMails(ctx, trx, round, 'reminder');
}
