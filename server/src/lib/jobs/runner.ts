import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/dialect.js';
import type { Clock } from '../clock.js';
import { addMs } from '../clock.js';
import { nextRunAt } from './jobs.js';
import type { JobRow } from './jobs.tables.js';

/** How long the runner works before it lets waiting requests in (see runDue). */
const SLICE_MS = 10;

export type JobHandler = (payload: Record<string, unknown>, job: JobRow) => Promise<void>;

export interface RunnerOptions {
  pollMs: number;
  /** How long a claimed job stays locked; a crashed instance's job is taken again after this. */
  lockMs?: number;
  instanceId: string;
  /**
   * Claim without a lock. Exists only for the control test that shows why the lock is needed.
   * @internal
   */
  unsafeClaim?: boolean;
}

/**
 * The one background runner. Jobs live in the database, so any number of app instances can run
 * it side by side: a job is claimed under a row lock (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite:
 * BEGIN IMMEDIATE), runs once, and is retried with back-off when its handler throws. A job whose
 * instance died is taken again once its lock expires.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly recurring = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private wakePending = false;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
    private readonly options: RunnerOptions,
  ) {}

  register(name: string, handler: JobHandler): void {
    this.handlers.set(name, handler);
  }

  /**
   * Runs a job every `intervalMs`. Each instance proposes the job for the current interval under
   * the same id, so however many instances run, the job is queued once per interval.
   */
  every(name: string, intervalMs: number): void {
    this.recurring.set(name, intervalMs);
  }

  async scheduleRecurring(): Promise<void> {
    const now = this.clock.now();
    for (const [name, intervalMs] of this.recurring) {
      const slot = Math.floor(now.getTime() / intervalMs);
      await this.db.kysely
        .insertInto('jobs')
        .values({
          id: `${name}:${slot}`,
          name,
          payload: '{}',
          status: 'pending',
          max_attempts: 3,
          run_at: now.toISOString(),
          locked_by: null,
          locked_until: null,
          last_error: null,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for the job in hand to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Asks for a run soon (after a request enqueued something), without waiting for the poll. */
  wake(): void {
    // A wake already pending stays: re-arming it on every request would put it off for as long
    // as requests keep coming (a registration rush held mail back for minutes).
    if (!this.stopped && !this.running && !this.wakePending) {
      this.wakePending = true;
      this.schedule(0);
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wakePending = false;
      this.running = this.scheduleRecurring()
        .then(() => this.runDue())
        .then(() => undefined)
        .catch((err) => this.log.error({ err }, 'job runner failed'))
        .finally(() => {
          this.running = null;
          this.schedule(this.options.pollMs);
        });
    }, ms);
  }

  /** Runs every job that is due now, one at a time; returns how many ran. Tests call it directly. */
  async runDue(limit = 100): Promise<number> {
    let count = 0;
    let sliceStart = performance.now();
    while (count < limit) {
      const job = await this.claim();
      if (!job) break;
      await this.execute(job);
      count++;
      // A job's queries are synchronous on SQLite, so jobs run back to back would hold requests
      // up: after each slice of work, the requests that arrived meanwhile go first.
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    return count;
  }

  async claim(): Promise<JobRow | null> {
    const now = this.clock.now();
    const nowIso = now.toISOString();
    const lockedUntil = addMs(now, this.options.lockMs ?? 5 * 60_000).toISOString();
    const claimById = (exec: Db['kysely'], id: string) =>
      exec
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          attempts: eb('attempts', '+', 1),
          locked_by: this.options.instanceId,
          locked_until: lockedUntil,
          updated_at: nowIso,
        }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
    // Two index range scans rather than one OR, which read and sorted every pending job on each
    // claim: with thousands of mails waiting after a registration rush, claiming cost milliseconds.
    const findDue = async (exec: Db['kysely']) => {
      const locked = this.db.dialect === 'postgres';
      const pending = await exec
        .selectFrom('jobs')
        .select(['id', 'run_at'])
        .where('status', '=', 'pending')
        .where('run_at', '<=', nowIso)
        .orderBy('run_at')
        .limit(1)
        .$if(locked, (q) => q.forUpdate().skipLocked())
        .executeTakeFirst();
      const orphaned = await exec
        .selectFrom('jobs')
        .select(['id', 'run_at'])
        .where('status', '=', 'running')
        .where('locked_until', '<', nowIso)
        .where((eb) => eb('attempts', '<', eb.ref('max_attempts')))
        .orderBy('run_at')
        .limit(1)
        .$if(locked, (q) => q.forUpdate().skipLocked())
        .executeTakeFirst();
      if (!pending || !orphaned) return pending ?? orphaned;
      return orphaned.run_at < pending.run_at ? orphaned : pending;
    };

    if (this.options.unsafeClaim) {
      const due = await this.db.kysely
        .selectFrom('jobs')
        .select('id')
        .where('status', '=', 'pending')
        .where('run_at', '<=', nowIso)
        .orderBy('run_at')
        .limit(1)
        .executeTakeFirst();
      await new Promise((r) => setTimeout(r, 5)); // widen the window, as a busy server would
      return due ? ((await claimById(this.db.kysely, due.id)) ?? null) : null;
    }
    return this.db.kysely.transaction().execute(async (trx) => {
      // A job whose instance died on its last attempt is not taken again: it has failed.
      await trx
        .updateTable('jobs')
        .set({
          status: 'failed',
          last_error: 'the instance running it stopped',
          locked_by: null,
          locked_until: null,
        })
        .where('status', '=', 'running')
        .where('locked_until', '<', nowIso)
        .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
        .execute();
      const due = await findDue(trx);
      return due ? ((await claimById(trx, due.id)) ?? null) : null;
    });
  }

  private async execute(job: JobRow): Promise<void> {
    const handler = this.handlers.get(job.name);
    const log = this.log.child({ job: job.name, jobId: job.id, attempt: job.attempts });
    try {
      if (!handler) throw new Error(`no handler registered for job "${job.name}"`);
      await handler(JSON.parse(job.payload) as Record<string, unknown>, job);
      await this.finish(job.id, { status: 'done', last_error: null });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const failed = job.attempts >= job.max_attempts;
      log.warn({ err: message, failed }, failed ? 'job failed for good' : 'job failed, will retry');
      await this.finish(job.id, {
        status: failed ? 'failed' : 'pending',
        last_error: message.slice(0, 1000),
        ...(failed ? {} : { run_at: nextRunAt(this.clock, job.attempts).toISOString() }),
      });
    }
  }

  private async finish(
    id: string,
    set: { status: 'done' | 'failed' | 'pending'; last_error: string | null; run_at?: string },
  ): Promise<void> {
    await this.db.kysely
      .updateTable('jobs')
      .set({ ...set, locked_by: null, locked_until: null, updated_at: this.clock.now().toISOString() })
      .where('id', '=', id)
      .where('locked_by', '=', this.options.instanceId)
      .execute();
  }
}
