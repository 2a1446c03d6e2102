import { hasGoneSilent, journalQuietSince, silentDays } from '../../../../core/journal-quiet.js';
import { JOURNAL_REMINDER_DAYS } from '../../../../core/schemas/action-learning-overview.js';
import { copenhagenDate } from '../../../../core/time.js';
import { DAY } from '../../lib/clock.js';
import type { AppContext, Trx } from '../../lib/context.js';
import { queueMail } from '../../lib/mail/outbox.js';
import { t } from '../../lib/messages.js';
import * as repo from './journal-reminders.repository.js';

export const JOURNAL_REMINDERS_JOB = 'journal.reminders';

/** The participant's journal page (built by the journal module); the reminder is turned off there. */
export const journalPageUrl = (publicUrl: string) => `${publicUrl}/mit-program/aktionslaering`;

const SHORTEST = Math.min(...JOURNAL_REMINDER_DAYS);

export interface JournalReminderOptions {
  /**
   * Read, wait, then mark without checking that nobody marked meanwhile. Exists only for the
   * control test that shows two instances sending the same reminder twice without the guard.
   * @internal
   */
  unsafeWithoutGuard?: { between: () => Promise<void> };
}

type Due = repo.ReminderCandidateRow & { journal_reminder_days: number; since: string };

/**
 * Marks the participant as reminded (only while still due) and queues the mail in the same
 * transaction: a crash before the commit leaves neither, so the next run sends it; after it, both.
 */
async function remindOnce(ctx: AppContext, trx: Trx, due: Due, options: JournalReminderOptions) {
  const now = ctx.clock.now();
  const days = due.journal_reminder_days;
  const row = { cohort_id: due.cohort_id, person_id: due.person_id, days };
  if (options.unsafeWithoutGuard && process.env.VITEST !== undefined) {
    await options.unsafeWithoutGuard.between();
    await repo.markRemindedUnguarded(trx, row, now.toISOString());
  } else {
    const dueBefore = new Date(now.getTime() - days * DAY).toISOString();
    if (!(await repo.markReminded(trx, row, now.toISOString(), dueBefore))) return 0;
  }
  const p = await repo.reminderDetails(trx, due.cohort_id, due.person_id);
  const locale = p.locale === 'en' ? 'en' : 'da';
  const params = {
    name: p.name,
    cohort: p.cohort_name,
    days: silentDays(due.since, now),
    link: journalPageUrl(ctx.config.publicUrl),
    organisation: p.organisation_name,
  };
  await queueMail(trx, ctx.clock, {
    organisationId: p.organisation_id,
    to: p.email as string,
    subject: t(locale, 'mail.journal.reminder.subject', params),
    text: t(locale, 'mail.journal.reminder.body', params),
  });
  return 1;
}

/**
 * Queues a reminder for every current participant of a current cohort who has reminders on and
 * has written nothing in the journal for their chosen number of days (counted from the latest of
 * enrolment, the cohort's start and their last entry), unless reminded within that many days.
 * Runs as a recurring job; any number of app instances may run it at once. Returns how many
 * mails were queued.
 */
export async function sendJournalReminders(
  ctx: AppContext,
  options: JournalReminderOptions = {},
): Promise<number> {
  const now = ctx.clock.now();
  const shortestAgo = new Date(now.getTime() - SHORTEST * DAY).toISOString();
  const rows = await repo.reminderCandidates(ctx.db.kysely, copenhagenDate(now), shortestAgo);
  const due: Due[] = [];
  for (const r of rows) {
    const days = r.journal_reminder_days;
    if (days === null) continue;
    const since = journalQuietSince({
      enrolledAt: r.added_at,
      cohortStartsOn: r.starts_on,
      lastEntryAt: (r.last_entry_at as string | null) ?? null,
    });
    const remindedLongAgo = r.journal_reminded_at === null || hasGoneSilent(r.journal_reminded_at, now, days);
    if (remindedLongAgo && hasGoneSilent(since, now, days))
      due.push({ ...r, journal_reminder_days: days, since });
  }
  let queued = 0;
  for (const d of due) {
    try {
      queued += await ctx.db.kysely.transaction().execute((trx) => remindOnce(ctx, trx, d, options));
    } catch (err) {
      // One participant who cannot be reminded (tried again on the next run) must not hold back
      // everyone after them.
      ctx.log.error({ err, cohortId: d.cohort_id, personId: d.person_id }, 'journal reminder failed');
    }
  }
  return queued;
}
