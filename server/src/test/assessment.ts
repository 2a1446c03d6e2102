import { INSTRUMENT_V1, type Instrument } from '../../../core/assessment/instrument.js';
import type { Answers } from '../../../core/assessment/scoring.js';
import type { Level } from '../../../core/organisation.js';
import type { RoundFilter } from '../../../core/schemas/assessment.js';
import type { Db } from '../db/dialect.js';
import { computeStoredRelease } from '../modules/assessment/stored-release.js';

const DAY = 24 * 3600 * 1000;

/** Where an invited person stands; the same shape is written on their anonymous response. */
export interface Placement {
  personId: string;
  unitPath: string[];
  level: Level;
  fieldId: string | null;
  filterKeys?: string[];
}

/**
 * A round written straight to the database, for tests that need one to exist rather than test
 * how it is made. Open by default (opened yesterday, closes in a week).
 */
export async function insertRound(
  db: Db,
  organisationId: string,
  options: {
    name?: string;
    kind?: 'baseline' | 'follow_up' | 'other';
    cohortId?: string | null;
    opensAt?: string;
    closesAt?: string;
    closedAt?: string | null;
    compareRoundId?: string | null;
    filters?: RoundFilter[];
    instrument?: Instrument;
    invited?: Placement[];
    /** The round's k (fixed when a round is made); 5 unless given. */
    k?: number;
  } = {},
) {
  const id = crypto.randomUUID();
  const now = Date.now();
  const iso = (t: number) => new Date(t).toISOString();
  await db.kysely
    .insertInto('assessment_rounds')
    .values({
      id,
      organisation_id: organisationId,
      name: options.name ?? `Måling ${id.slice(0, 6)}`,
      kind: options.kind ?? 'baseline',
      cohort_id: options.cohortId ?? null,
      population: options.cohortId
        ? null
        : JSON.stringify({ unitId: null, levels: ['leder'], fieldId: null }),
      instrument_id: null,
      instrument: JSON.stringify(options.instrument ?? INSTRUMENT_V1),
      compare_round_id: options.compareRoundId ?? null,
      opens_at: options.opensAt ?? iso(now - DAY),
      closes_at: options.closesAt ?? iso(now + 7 * DAY),
      k: options.k ?? 5,
      invitations_sent_at: iso(now - DAY),
      reminder_sent_at: null,
      closed_at: options.closedAt ?? null,
      filters: JSON.stringify(options.filters ?? []),
      release: null,
      created_by_user_id: null,
      created_at: iso(now - 2 * DAY),
      updated_at: iso(now - 2 * DAY),
    })
    .execute();
  if (options.invited?.length) {
    await db.kysely
      .insertInto('assessment_invitations')
      .values(
        options.invited.map((p) => ({
          round_id: id,
          organisation_id: organisationId,
          person_id: p.personId,
          unit_path: JSON.stringify(p.unitPath),
          level: p.level,
          field_id: p.fieldId,
          filter_keys: JSON.stringify(p.filterKeys ?? []),
        })),
      )
      .execute();
  }
  return { id };
}

/** The same answer to every item of the instrument (reverse items included, as given). */
export function uniformAnswers(value: 1 | 2 | 3 | 4 | 5 | 'dont_know', instrument = INSTRUMENT_V1): Answers {
  return Object.fromEntries(instrument.dimensions.flatMap((d) => d.items.map((i) => [i.key, value])));
}

/** A person's profile in a round: a draft, or submitted when `submitted` (scores left to the service). */
export async function insertProfile(
  db: Db,
  organisationId: string,
  roundId: string,
  personId: string,
  answers: Answers,
  options: { submittedAt?: string | null; scores?: unknown; sharedAt?: string | null } = {},
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db.kysely
    .insertInto('assessment_profiles')
    .values({
      id,
      organisation_id: organisationId,
      round_id: roundId,
      person_id: personId,
      answers: JSON.stringify(answers),
      scores: options.scores === undefined ? null : JSON.stringify(options.scores),
      submitted_at: options.submittedAt ?? null,
      shared_with_facilitators_at: options.sharedAt ?? null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id };
}

/**
 * Closes a round straight in the database: anonymous responses for the given placements and
 * answers, and the release computed by the same function the service uses.
 */
export async function closeRoundWith(
  db: Db,
  organisationId: string,
  roundId: string,
  responses: Array<Omit<Placement, 'personId'> & { answers: Answers }>,
  options: { k?: number; filters?: RoundFilter[]; instrument?: Instrument; closedAt?: string } = {},
) {
  const rows = responses.map((r) => ({
    id: crypto.randomUUID(),
    organisation_id: organisationId,
    round_id: roundId,
    unit_path: JSON.stringify(r.unitPath),
    level: r.level,
    field_id: r.fieldId,
    filter_keys: JSON.stringify(r.filterKeys ?? []),
    answers: JSON.stringify(r.answers),
  }));
  if (rows.length) await db.kysely.insertInto('assessment_responses').values(rows).execute();
  const k = options.k ?? 5;
  const release = computeStoredRelease(
    options.instrument ?? INSTRUMENT_V1,
    responses.map((r, i) => ({
      id: rows[i]?.id as string,
      unitPath: r.unitPath,
      level: r.level,
      fieldId: r.fieldId,
      filterKeys: r.filterKeys ?? [],
      answers: r.answers,
    })),
    options.filters ?? [],
    k,
  );
  const closedAt = options.closedAt ?? new Date().toISOString();
  await db.kysely
    .updateTable('assessment_rounds')
    .set({
      closed_at: closedAt,
      k,
      release: JSON.stringify(release),
      filters: JSON.stringify(options.filters ?? []),
    })
    .where('id', '=', roundId)
    .execute();
  return release;
}
