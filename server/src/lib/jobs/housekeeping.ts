import { addMs, DAY, HOUR } from '../clock.js';
import type { AppContext } from '../context.js';
import type { JobHandler } from './runner.js';

export const HOUSEKEEPING_JOB = 'housekeeping';

/** How long finished rows are kept before the hourly housekeeping removes them. */
const KEEP = {
  counters: HOUR,
  loginFailures: DAY,
  resetLinks: DAY,
  finishedJobs: 30 * DAY,
  mails: 30 * DAY,
  importPreviews: 2 * DAY,
} as const;

/**
 * Removes what has served its purpose: expired sessions, unfinished logins, old login counters, used or expired
 * reset links, finished jobs, and sent mails (they hold addresses). Returns the counts.
 */
export async function housekeeping(ctx: AppContext): Promise<Record<string, number>> {
  const now = ctx.clock.now();
  const before = (ms: number) => addMs(now, -ms).toISOString();
  const db = ctx.db.kysely;
  const count = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
  return {
    sessions: count(
      await db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).executeTakeFirst(),
    ),
    ssoLoginStates: count(
      await db.deleteFrom('sso_login_states').where('expires_at', '<', now.toISOString()).executeTakeFirst(),
    ),
    loginChallenges: count(
      await db.deleteFrom('login_challenges').where('expires_at', '<', now.toISOString()).executeTakeFirst(),
    ),
    counters: count(
      await db
        .deleteFrom('rate_limit_counters')
        .where('window_start', '<', before(KEEP.counters))
        .executeTakeFirst(),
    ),
    loginFailures: count(
      await db
        .deleteFrom('login_failures')
        .where('last_failure_at', '<', before(KEEP.loginFailures))
        .executeTakeFirst(),
    ),
    resetLinks: count(
      await db
        .deleteFrom('password_resets')
        .where('expires_at', '<', before(KEEP.resetLinks))
        .executeTakeFirst(),
    ),
    jobs: count(
      await db
        .deleteFrom('jobs')
        .where('status', 'in', ['done', 'failed'])
        .where('updated_at', '<', before(KEEP.finishedJobs))
        .executeTakeFirst(),
    ),
    importPreviews: count(
      await db
        .deleteFrom('import_batches')
        .where('status', '=', 'previewed')
        .where('created_at', '<', before(KEEP.importPreviews))
        .executeTakeFirst(),
    ),
    mails: count(
      await db
        .deleteFrom('mail_outbox')
        .where('status', 'in', ['sent', 'held', 'failed'])
        .where('created_at', '<', before(KEEP.mails))
        .executeTakeFirst(),
    ),
  };
}

export function createHousekeepingHandler(ctx: AppContext): JobHandler {
  return async () => {
    const removed = await housekeeping(ctx);
    ctx.log.info({ removed }, 'housekeeping done');
  };
}
