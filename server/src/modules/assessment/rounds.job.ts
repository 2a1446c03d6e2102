/**
 * The rounds' recurring job (every AKTION_REMINDER_SCAN_MS, like the other reminders): closes the
 * rounds past their close date, sends the invitations of rounds that have opened, and sends one
 * automatic reminder in the last days before a round closes. Every step claims its round with a
 * conditional UPDATE in the transaction that does the work (close.ts, rounds.mail.ts), so any
 * number of app instances may run it at once and each thing happens once.
 */
import { AssessmentLimits } from '../../../../core/schemas/assessment.js';
import { recordAudit } from '../../lib/audit.js';
import { DAY, HOUR } from '../../lib/clock.js';
import type { AppContext } from '../../lib/context.js';
import { closeRound } from './close.js';
import { sendInvitations, sendReminders } from './rounds.mail.js';

export const ASSESSMENT_ROUNDS_JOB = 'assessment.rounds';

/** The automatic reminder goes this many days before a round closes. */
export const AUTO_REMINDER_DAYS = 3;

const rounds = (ctx: AppContext) =>
  ctx.db.kysely
    .selectFrom('assessment_rounds')
    .select(['id', 'organisation_id', 'name', 'closes_at', 'k', 'invitations_sent_at', 'reminder_sent_at'])
    .where('closed_at', 'is', null);

/** Runs one step per round; one round that fails (tried again next run) holds back no other. */
async function each<T extends { id: string }>(
  ctx: AppContext,
  step: string,
  list: T[],
  run: (r: T) => Promise<boolean>,
) {
  let done = 0;
  for (const r of list) {
    try {
      if (await run(r)) done++;
    } catch (err) {
      ctx.log.error({ err, roundId: r.id, step }, 'assessment round step failed');
    }
  }
  return done;
}

export async function runAssessmentRounds(
  ctx: AppContext,
): Promise<{ closed: number; invited: number; reminded: number }> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const gapAgo = now.getTime() - AssessmentLimits.reminderGapHours * HOUR;

  const due = await rounds(ctx).where('closes_at', '<=', nowIso).orderBy('closes_at').execute();
  const closed = await each(ctx, 'close', due, (r) => closeRound(ctx, r.organisation_id, r.id, null));

  const opened = await rounds(ctx)
    .where('invitations_sent_at', 'is', null)
    .where('opens_at', '<=', nowIso)
    .where('closes_at', '>', nowIso)
    .orderBy('opens_at')
    .execute();
  const invited = await each(ctx, 'invite', opened, (r) =>
    ctx.db.kysely.transaction().execute(async (trx) => {
      const sent = await sendInvitations(ctx, trx, r);
      if (sent === null) return false;
      await recordAudit(trx, ctx.clock, {
        organisationId: r.organisation_id,
        actorUserId: null,
        action: 'assessment_round.invitations_sent',
        entityType: 'assessment_round',
        entityId: r.id,
        changes: { sent },
      });
      return true;
    }),
  );

  // In the last days before closing; not the day the invitations went, and not when someone
  // reminded within those days already (or within the gap between reminders).
  const closing = await rounds(ctx)
    .where('invitations_sent_at', 'is not', null)
    .where('opens_at', '<=', nowIso)
    .where('closes_at', '>', nowIso)
    .where('closes_at', '<=', new Date(now.getTime() + AUTO_REMINDER_DAYS * DAY).toISOString())
    .orderBy('closes_at')
    .execute();
  const remindable = closing.flatMap((r) => {
    const windowStart = Date.parse(r.closes_at) - AUTO_REMINDER_DAYS * DAY;
    const sentBefore = new Date(Math.min(windowStart, gapAgo)).toISOString();
    const invitedLongEnough = Date.parse(r.invitations_sent_at as string) <= gapAgo;
    const remindedRecently =
      r.reminder_sent_at !== null && Date.parse(r.reminder_sent_at) >= Date.parse(sentBefore);
    return invitedLongEnough && !remindedRecently ? [{ ...r, sentBefore }] : [];
  });
  const reminded = await each(ctx, 'remind', remindable, (r) =>
    ctx.db.kysely.transaction().execute(async (trx) => {
      const sent = await sendReminders(ctx, trx, r, r.sentBefore);
      if (sent === null) return false;
      await recordAudit(trx, ctx.clock, {
        organisationId: r.organisation_id,
        actorUserId: null,
        action: 'assessment_round.reminded',
        entityType: 'assessment_round',
        entityId: r.id,
        changes: { sent, automatic: true },
      });
      return true;
    }),
  );
  return { closed, invited, reminded };
}
