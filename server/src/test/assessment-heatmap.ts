import type { FastifyInstance } from 'fastify';
import { INSTRUMENT_V1, type Instrument } from '../../../core/assessment/instrument.js';
import type { Answers } from '../../../core/assessment/scoring.js';
import type { Heatmap, RoundFilter } from '../../../core/schemas/assessment.js';
import type { Db } from '../db/dialect.js';
import { closeRoundWith, insertRound, type Placement } from './assessment.js';
import { createPerson, createUnit } from './factories.js';
import { type Session, send } from './test-app.js';

/** Where someone stands, before they are a person of the organisation. */
export type Standing = Omit<Placement, 'personId'>;

/**
 * Answers whose value after mirroring is `v` on every item: the raw answer for a plain item, and
 * 6 − v for a reverse-worded one. Every dimension then scores 25 · (v − 1), and all its answers
 * are favourable (4–5), neutral (3) or unfavourable (1–2) alike.
 */
export function valued(v: 1 | 2 | 3 | 4 | 5, instrument: Instrument = INSTRUMENT_V1): Answers {
  return Object.fromEntries(
    instrument.dimensions.flatMap((d) => d.items.map((i) => [i.key, i.reverse ? 6 - v : v])),
  ) as Answers;
}

/** Persons of the organisation for the standings (no unit of their own: the path says where). */
export async function invitees(db: Db, organisationId: string, standings: readonly Standing[]) {
  const people: Placement[] = [];
  for (const s of standings) {
    const { id } = await createPerson(db, organisationId, { level: s.level });
    people.push({ ...s, personId: id });
  }
  return people;
}

/**
 * A closed round with its invitations and release: `invited` are the persons invited, and
 * `responses` the anonymous answers written at close (usually the invited, each with answers).
 */
export async function closedRound(
  db: Db,
  organisationId: string,
  options: {
    invited: readonly Placement[];
    responses: ReadonlyArray<Standing & { answers: Answers }>;
    k?: number;
    filters?: RoundFilter[];
    name?: string;
    cohortId?: string | null;
  },
) {
  const round = await insertRound(db, organisationId, {
    name: options.name,
    cohortId: options.cohortId ?? null,
    opensAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
    closesAt: new Date(Date.now() - 86_400_000).toISOString(),
    filters: options.filters ?? [],
    invited: [...options.invited],
  });
  const release = await closeRoundWith(db, organisationId, round.id, [...options.responses], {
    k: options.k ?? 5,
    filters: options.filters ?? [],
  });
  const row = await db.kysely
    .selectFrom('assessment_rounds')
    .select('name')
    .where('id', '=', round.id)
    .executeTakeFirstOrThrow();
  return { id: round.id, name: row.name, release };
}

/** Everyone invited answered, each with the answers given for them. */
export const allAnswered = (
  people: readonly Placement[],
  answersOf: (p: Placement, i: number) => Answers,
): Array<Standing & { answers: Answers }> =>
  people.map((p, i) => ({
    unitPath: p.unitPath,
    level: p.level,
    fieldId: p.fieldId,
    filterKeys: p.filterKeys ?? [],
    answers: answersOf(p, i),
  }));

/** A closed round of five leaders of one unit who all answered: released, for route checks. */
export async function smallClosedRound(db: Db, organisationId: string, name?: string) {
  const unit = await createUnit(db, organisationId);
  const standing: Standing = { unitPath: [unit.id], level: 'leder', fieldId: null };
  const people = await invitees(db, organisationId, Array(5).fill(standing));
  return closedRound(db, organisationId, {
    name: name ?? `Måling ${crypto.randomUUID()}`,
    invited: people,
    responses: allAnswered(people, () => valued(4)),
  });
}

/** GET the heatmap and expect 200. */
export async function fetchHeatmap(
  app: FastifyInstance,
  session: Session,
  roundId: string,
  query: Record<string, string> = {},
): Promise<Heatmap> {
  const qs = new URLSearchParams(query).toString();
  const res = await send(app, session, {
    method: 'GET',
    url: `/api/assessment/rounds/${roundId}/heatmap${qs ? `?${qs}` : ''}`,
  });
  if (res.statusCode !== 200) throw new Error(`heatmap: ${res.statusCode} ${res.body}`);
  return res.json<Heatmap>();
}
