import { CohortLimits } from '../../../../core/schemas/cohorts.js';
import { addMs, HOUR } from '../../lib/clock.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { queueMails } from '../../lib/mail/outbox.js';
import { t } from '../../lib/messages.js';
import { danishWhen } from '../events/registration.service.js';
import { activityPageUrl } from './my-programme.presenter.js';

export const REMINDERS_JOB = 'cohort.reminders';

/** Activities not yet reminded of that begin within the longest reminder time any cohort may set. */
function candidates(exec: Executor, now: Date) {
  return exec
    .selectFrom('cohort_activities as a')
    .innerJoin('cohorts as c', 'c.id', 'a.cohort_id')
    .select(['a.id', 'a.starts_at', 'c.reminder_hours'])
    .where('a.reminder_sent_at', 'is', null)
    .where('a.starts_at', '>', now.toISOString())
    .where('a.starts_at', '<=', addMs(now, CohortLimits.reminderHoursMax * HOUR).toISOString())
    .where('c.reminder_hours', 'is not', null)
    .orderBy('a.starts_at')
    .execute();
}

/** Current participants who can be written to; for a sign-up activity only those with a seat. */
function recipients(exec: Executor, activity: { cohort_id: string; signup_event_id: string | null }) {
  return exec
    .selectFrom('cohort_participants as cp')
    .innerJoin('persons as p', 'p.id', 'cp.person_id')
    .select(['p.name', 'p.email'])
    .where('cp.cohort_id', '=', activity.cohort_id)
    .where('cp.removed_at', 'is', null)
    .where('p.left_at', 'is', null)
    .where('p.email', 'is not', null)
    .$if(activity.signup_event_id !== null, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('registrations as r')
            .select('r.id')
            .where('r.event_id', '=', activity.signup_event_id as string)
            .where('r.status', '=', 'confirmed')
            .whereRef('r.email', '=', 'p.email'),
        ),
      ),
    )
    .orderBy('p.name')
    .execute();
}

function details(exec: Executor, id: string) {
  return exec
    .selectFrom('cohort_activities as a')
    .innerJoin('cohorts as c', 'c.id', 'a.cohort_id')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .innerJoin('programme_modules as m', 'm.id', 'a.module_id')
    .select([
      'a.id',
      'a.organisation_id',
      'a.cohort_id',
      'a.title',
      'a.starts_at',
      'a.location',
      'a.online_url',
      'a.signup_event_id',
      'c.name as cohort_name',
      'o.name as organisation_name',
      'm.objectives',
    ])
    .where('a.id', '=', id)
    .executeTakeFirstOrThrow();
}

export interface ReminderOptions {
  /**
   * Read, wait, then mark without checking that nobody marked meanwhile. Exists only for the
   * control test that shows two instances sending the same reminder twice without the guard.
   * @internal
   */
  unsafeWithoutGuard?: { between: () => Promise<void> };
}

/**
 * Marks the activity as reminded of, only if nobody has (the row lock makes a second instance
 * wait and then see the mark), and queues the mails in the same transaction: a crash before the
 * commit leaves neither, so the next run sends them; after it, both.
 */
async function remindOnce(ctx: AppContext, trx: Trx, id: string, startsAt: string, options: ReminderOptions) {
  const now = ctx.clock.now().toISOString();
  if (options.unsafeWithoutGuard && process.env.VITEST !== undefined) {
    await options.unsafeWithoutGuard.between();
    await trx.updateTable('cohort_activities').set({ reminder_sent_at: now }).where('id', '=', id).execute();
  } else {
    const marked = await trx
      .updateTable('cohort_activities')
      .set({ reminder_sent_at: now })
      .where('id', '=', id)
      .where('reminder_sent_at', 'is', null)
      // Moved since it was read: the next run decides again.
      .where('starts_at', '=', startsAt)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) === 0) return 0;
  }
  const a = await details(trx, id);
  const people = await recipients(trx, a);
  const prepare = (JSON.parse(a.objectives) as string[]).map((o) => `• ${o}`).join('\n');
  const mails = people.map((p) => {
    const params = {
      name: p.name,
      activity: a.title,
      cohort: a.cohort_name,
      when: danishWhen(a.starts_at),
      place:
        [a.location, a.online_url].filter(Boolean).join(', ') || t('da', 'mail.activity.reminder.no_place'),
      prepare: prepare || t('da', 'mail.activity.reminder.nothing_to_prepare'),
      link: activityPageUrl(ctx.config.publicUrl, a.id),
      organisation: a.organisation_name,
    };
    return {
      organisationId: a.organisation_id,
      to: p.email as string,
      subject: t('da', 'mail.activity.reminder.subject', params),
      text: t('da', 'mail.activity.reminder.body', params),
    };
  });
  await queueMails(trx, ctx.clock, mails);
  return mails.length;
}

/**
 * Queues reminder mails for every activity whose cohort's reminder time has come and that has not
 * begun. Runs as a recurring job; any number of app instances may run it at once. Returns how many
 * mails were queued.
 */
export async function sendDueReminders(ctx: AppContext, options: ReminderOptions = {}): Promise<number> {
  const now = ctx.clock.now();
  const due = (await candidates(ctx.db.kysely, now)).filter(
    (a) => Date.parse(a.starts_at) - now.getTime() <= (a.reminder_hours ?? 0) * HOUR,
  );
  let queued = 0;
  for (const a of due) {
    try {
      queued += await ctx.db.kysely
        .transaction()
        .execute((trx) => remindOnce(ctx, trx, a.id, a.starts_at, options));
    } catch (err) {
      // One activity that cannot be reminded of (it stays unmarked, and is tried on the next run)
      // must not hold back the reminders of every activity after it.
      ctx.log.error({ err, activityId: a.id }, 'activity reminder failed');
    }
  }
  return queued;
}
