/**
 * Profiles leaders chose to share with their facilitators. The readers are facilitators only:
 * of the round's cohort, or — for a round without a cohort — of a cohort the person takes part in
 * now. Administrators, observers and other facilitators are no readers by office: for them the
 * round exists (they see its counts and aggregates), and the list is empty. Nobody who did not
 * share, or did not answer, is listed.
 * The change since an earlier round is left out: that round's profile is shared (or not) on its own.
 *
 * Bands, not scores. The facilitators who read shared profiles also see the round's released group
 * means. With exact scores, a group of k of whom k−1 shared would give away the last leader's
 * score by subtraction: k × mean − the shared scores. So what the facilitators receive holds only
 * the band of each dimension (SharedProfileDimensionSchema cannot carry a number); a band is a
 * wide range, and no sum of bands pins down anyone's score. The leader keeps the exact scores on
 * their own profile.
 */
import type { Instrument } from '../../../../core/assessment/instrument.js';
import { bandOf, type DimensionScore } from '../../../../core/assessment/scoring.js';
import type { SharedProfileDimension, SharedProfiles } from '../../../../core/schemas/assessment.js';
import { notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import { parseInstrument } from './my-assessments.presenter.js';
import { parseScores } from './profile.js';
import { findRound, roundFacilitatorUserIds } from './rounds.repository.js';
import * as repo from './shared-profiles.repository.js';

/** Each dimension of the instrument with the band of the leader's score: no number leaves here. */
export function sharedDimensions(
  instrument: Instrument,
  scores: readonly DimensionScore[],
): SharedProfileDimension[] {
  const now = new Map(scores.map((s) => [s.dimension, s.score]));
  return instrument.dimensions.map((d) => {
    const score = now.get(d.key) ?? null;
    return { key: d.key, kind: d.kind, name: d.name, band: score === null ? null : bandOf(score).key };
  });
}

/** Whose shared profiles the actor reads in the round: everyone's, some persons' or nobody's ([]). */
async function readableOf(
  ctx: AppContext,
  actor: OrgActor,
  round: NonNullable<Awaited<ReturnType<typeof findRound>>>,
): Promise<'all' | string[]> {
  const exec = ctx.db.kysely;
  if (round.cohort_id !== null)
    return (await roundFacilitatorUserIds(exec, round)).includes(actor.userId) ? 'all' : [];
  return repo.facilitatedInvitees(exec, actor.organisationId, round.id, actor.userId);
}

export async function sharedProfilesOfRound(
  ctx: AppContext,
  actor: OrgActor,
  roundId: string,
): Promise<SharedProfiles> {
  const round = await findRound(ctx.db.kysely, actor.organisationId, roundId);
  if (!round) throw notFound();
  const readable = await readableOf(ctx, actor, round);
  const rows = await repo.sharedProfiles(ctx.db.kysely, actor.organisationId, round.id, readable);
  const instrument = parseInstrument(round.instrument);
  return {
    profiles: rows.map((row) => ({
      person: { id: row.person_id, name: row.name },
      sharedAt: row.shared_with_facilitators_at as string,
      dimensions: sharedDimensions(instrument, parseScores(row.scores)),
    })),
  };
}
