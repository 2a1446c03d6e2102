import { addMs, type Clock } from '../clock.js';
import type { Executor } from '../context.js';
import { newId } from '../ids.js';

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
}

/**
 * Adds a job. Pass the caller's transaction: the job exists exactly when the change that wanted
 * it was committed (a mail for an invitation that was rolled back is never sent).
 */
export async function enqueueJob(
  exec: Executor,
  clock: Clock,
  name: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<string> {
  const [id = ''] = await enqueueJobs(exec, clock, name, [payload], options);
  return id;
}

/** Several jobs of one kind in one statement; their ids in the order of the payloads. */
export async function enqueueJobs(
  exec: Executor,
  clock: Clock,
  name: string,
  payloads: Record<string, unknown>[],
  options: EnqueueOptions = {},
): Promise<string[]> {
  if (payloads.length === 0) return [];
  const now = clock.now().toISOString();
  const rows = payloads.map((payload) => ({
    id: newId(),
    name,
    payload: JSON.stringify(payload),
    status: 'pending' as const,
    max_attempts: options.maxAttempts ?? 8,
    run_at: (options.runAt ?? clock.now()).toISOString(),
    locked_by: null,
    locked_until: null,
    last_error: null,
    created_at: now,
    updated_at: now,
  }));
  await exec.insertInto('jobs').values(rows).execute();
  return rows.map((r) => r.id);
}

/** Back-off before attempt n+1: 10 s, 20 s, 40 s … capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export const nextRunAt = (clock: Clock, attempts: number) => addMs(clock.now(), backoffMs(attempts));
