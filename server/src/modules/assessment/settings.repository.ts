import { resolveK } from '../../../../core/assessment/release.js';
import type { Executor, Trx } from '../../lib/context.js';

/** The organisation's chosen k, or null when it has chosen none (the default applies). */
export async function storedK(exec: Executor, organisationId: string): Promise<number | null> {
  const row = await exec
    .selectFrom('assessment_settings')
    .select('k')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.k ?? null;
}

/** The k that applies to the organisation now (core resolveK: its own, else the default). */
export async function organisationK(exec: Executor, organisationId: string): Promise<number> {
  return resolveK(await storedK(exec, organisationId));
}

/**
 * The k a round is released with when it closes now: the larger of the round's own k (the
 * organisation's k when the round was made, which its invitations promised) and the organisation's
 * k now. Lowering the organisation's k never lowers a round's; raising it raises it.
 */
export const releaseK = (roundK: number | null, organisationKNow: number): number =>
  Math.max(roundK ?? organisationKNow, organisationKNow);

export async function saveK(trx: Trx, organisationId: string, k: number, now: string): Promise<void> {
  await trx
    .insertInto('assessment_settings')
    .values({ organisation_id: organisationId, k, updated_at: now })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ k, updated_at: now }))
    .execute();
}
