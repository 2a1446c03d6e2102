/**
 * Closing a round: the one moment individual answers become anonymous responses.
 *
 * Why the anonymous responses are written here, at close, and not as each leader submits:
 * a row written at submission would carry its moment — in a timestamp, in its place in the
 * table's insertion order, in a sequence — and the submission times are known from the leaders'
 * own profiles (and from who was seen filling in the form when). Matching the two would name the
 * respondent. Written all at once at close, in a crypto-random order, with fresh random ids and
 * only where the respondent stood when invited (unit path, level, field, filter keys) beside the
 * answers, the rows hold no person, no account, no time and no order that leads back to anyone.
 * That holds inside a row too: the profile's answers JSON lists its keys in the order the leader
 * answered, which a database reader could match with the profile, so each response's answers are
 * written afresh with the instrument's item keys in the instrument's order (and no other key).
 *
 * Everything happens in ONE transaction that first claims the round with a conditional UPDATE
 * (`closed_at IS NULL`): two closes at once (two instances of the job, two clicks, the job and a
 * click) close it once; the second finds the claim taken and writes nothing. The release is
 * computed from the new responses with the larger of the round's k (fixed when it was made, and
 * promised in its invitations) and the organisation's k at this moment, and stored with that k;
 * it holds aggregates and suppression reasons only, never a response's or a person's id. Drafts
 * that were never submitted are deleted: they would never count, and need not be kept.
 */
import { randomInt } from 'node:crypto';
import type { Answer, Instrument } from '../../../../core/assessment/instrument.js';
import type { Answers } from '../../../../core/assessment/scoring.js';
import type { Level } from '../../../../core/organisation.js';
import type { RoundFilter } from '../../../../core/schemas/assessment.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Trx } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import { findRound } from './rounds.repository.js';
import { organisationK, releaseK } from './settings.repository.js';
import { type AnonymousResponse, computeStoredRelease } from './stored-release.js';

export interface CloseOptions {
  /**
   * Check that the round is open before the transaction, wait, then write without the claim.
   * Exists only for the control test that shows two closes writing every response twice.
   * @internal
   */
  unsafeWithoutClaim?: { between: () => Promise<void> };
}

/** A uniformly random order (Fisher–Yates with a cryptographic source). */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Takes the round for closing; false when it is closed already (or not the organisation's). */
async function claim(trx: Trx, organisationId: string, roundId: string, now: string): Promise<boolean> {
  const done = await trx
    .updateTable('assessment_rounds')
    .set({ closed_at: now, updated_at: now })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', roundId)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/**
 * The answers with the instrument's item keys in the instrument's order, and no other key: the
 * order of a profile's keys is the order its leader answered in, and must not reach the response.
 */
export function inItemOrder(instrument: Instrument, answers: Answers): Answers {
  const out: Record<string, Answer> = {};
  for (const d of instrument.dimensions)
    for (const item of d.items) {
      const answer = answers[item.key];
      if (answer !== undefined) out[item.key] = answer;
    }
  return out;
}

/** The submitted answers with where each respondent stood when invited; no person is selected. */
async function submittedAnswers(trx: Trx, roundId: string, instrument: Instrument) {
  const rows = await trx
    .selectFrom('assessment_profiles as ap')
    .innerJoin('assessment_invitations as i', (j) =>
      j.onRef('i.round_id', '=', 'ap.round_id').onRef('i.person_id', '=', 'ap.person_id'),
    )
    .select(['i.unit_path', 'i.level', 'i.field_id', 'i.filter_keys', 'ap.answers'])
    .where('ap.round_id', '=', roundId)
    .where('ap.submitted_at', 'is not', null)
    .execute();
  return rows.map(
    (r): AnonymousResponse => ({
      id: newId(),
      unitPath: JSON.parse(r.unit_path) as string[],
      level: r.level as Level,
      fieldId: r.field_id,
      filterKeys: JSON.parse(r.filter_keys) as string[],
      answers: inItemOrder(instrument, JSON.parse(r.answers) as Answers),
    }),
  );
}

const CHUNK = 500;

async function writeResponses(
  trx: Trx,
  organisationId: string,
  roundId: string,
  responses: AnonymousResponse[],
) {
  for (let i = 0; i < responses.length; i += CHUNK) {
    await trx
      .insertInto('assessment_responses')
      .values(
        responses.slice(i, i + CHUNK).map((r) => ({
          id: r.id,
          organisation_id: organisationId,
          round_id: roundId,
          unit_path: JSON.stringify(r.unitPath),
          level: r.level,
          field_id: r.fieldId,
          filter_keys: JSON.stringify(r.filterKeys),
          answers: JSON.stringify(r.answers),
        })),
      )
      .execute();
  }
}

/**
 * Closes the round now (also before its close date) and stores its release. `actorUserId` is
 * null when the job closes it at its date. True when this call closed it; false when it was
 * closed already (by another call, at the same time or before).
 */
export async function closeRound(
  ctx: AppContext,
  organisationId: string,
  roundId: string,
  actorUserId: string | null,
  options: CloseOptions = {},
): Promise<boolean> {
  const unsafe = process.env.VITEST !== undefined ? options.unsafeWithoutClaim : undefined;
  if (unsafe) {
    const before = await findRound(ctx.db.kysely, organisationId, roundId);
    if (!before || before.closed_at !== null) return false;
    await unsafe.between();
  }
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    if (unsafe) {
      await trx.updateTable('assessment_rounds').set({ closed_at: now }).where('id', '=', roundId).execute();
    } else if (!(await claim(trx, organisationId, roundId, now))) {
      return false;
    }
    const round = await findRound(trx, organisationId, roundId);
    if (!round) return false;
    const instrument = JSON.parse(round.instrument) as Instrument;
    const responses = shuffled(await submittedAnswers(trx, roundId, instrument));
    await writeResponses(trx, organisationId, roundId, responses);
    await trx
      .deleteFrom('assessment_profiles')
      .where('round_id', '=', roundId)
      .where('submitted_at', 'is', null)
      .execute();
    const k = releaseK(round.k, await organisationK(trx, organisationId));
    const release = computeStoredRelease(
      instrument,
      responses,
      JSON.parse(round.filters) as RoundFilter[],
      k,
    );
    await trx
      .updateTable('assessment_rounds')
      .set({ k, release: JSON.stringify(release), updated_at: now })
      .where('id', '=', roundId)
      .execute();
    await recordAudit(trx, ctx.clock, {
      organisationId,
      actorUserId,
      action: 'assessment_round.closed',
      entityType: 'assessment_round',
      entityId: roundId,
      changes: { respondents: responses.length, k, closedBy: actorUserId === null ? 'schedule' : 'hand' },
    });
    return true;
  });
}
