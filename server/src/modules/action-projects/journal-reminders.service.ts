import {
  JOURNAL_REMINDER_DAYS,
  type JournalReminderReq,
  type JournalReminderRes,
} from '../../../../core/schemas/action-learning-overview.js';
import { notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import * as repo from './journal-reminders.repository.js';

/** The signed-in participant's reminder interval in the cohort; 404 for anyone not enrolled. */
export async function getJournalReminder(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
): Promise<JournalReminderRes> {
  const own = await repo.findOwnParticipation(ctx.db.kysely, actor.organisationId, actor.userId, cohortId);
  if (!own) throw notFound();
  return { days: presentDays(own.journal_reminder_days) };
}

/** Changes (or turns off, with null) the signed-in participant's reminder, audited. */
export async function setJournalReminder(
  ctx: AppContext,
  actor: OrgActor,
  cohortId: string,
  input: JournalReminderReq,
): Promise<JournalReminderRes> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const own = await repo.findOwnParticipation(trx, actor.organisationId, actor.userId, cohortId);
    if (!own) throw notFound();
    await repo.setReminderDays(trx, actor.organisationId, cohortId, own.person_id, input.days);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'journal_reminder.changed',
      entityType: 'cohort',
      entityId: cohortId,
      changes: { days: { from: own.journal_reminder_days, to: input.days } },
    });
    return { days: input.days };
  });
}

/** A stored value outside today's choices (set before they changed) is shown as the nearest longer one. */
function presentDays(days: number | null): JournalReminderRes['days'] {
  if (days === null) return null;
  return JOURNAL_REMINDER_DAYS.find((c) => c >= days) ?? 30;
}
