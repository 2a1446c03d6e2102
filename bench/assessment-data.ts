/**
 * Loads the `assessment` scenario's national scale straight into Aktion's database beside the
 * running server: Demo Kommune (from the demo seed) and 97 more municipalities ("Målingskommune
 * <n>": the default fields and the unit tree and 350 leaders of the project's own generator,
 * `generateMunicipality(seed, { employees: 0, leaders: 350 })`, without the 6,000 employees a round
 * of leaders never invites), each with three closed rounds of the whole instrument for all its
 * leaders, as the close leaves them: invitations, anonymous responses in random order with random
 * ids, and the release computed by computeStoredRelease (k = 5) with two cohort filters ("Hold 1":
 * 20 directors and heads, "Hold 2": 24 leaders and team leaders). Answers come from the demo seed's
 * answer model (server/src/db/seed/assessment-answers.ts), scores moving up between the rounds.
 * One transaction per municipality, chunks of 200 rows.
 */
import { randomUUID } from 'node:crypto';
import { INSTRUMENT_V1 } from '../core/assessment/instrument.js';
import type { Answers } from '../core/assessment/scoring.js';
import { LEADER_LEVELS } from '../core/organisation.js';
import { mulberry32 } from '../core/random.js';
import type { RoundFilter } from '../core/schemas/assessment.js';
import type { Db } from '../server/src/db/dialect.js';
import { type LeaderPlacement, leaderPlacements } from '../server/src/db/seed/assessment.js';
import { answersFor, latentModel, moved, shuffled } from '../server/src/db/seed/assessment-answers.js';
import { insertMunicipality } from '../server/src/db/seed/insert-municipality.js';
import { generateMunicipality } from '../server/src/db/seed/municipality.js';
import type { Trx } from '../server/src/lib/context.js';
import type {
  AssessmentInvitationsTable,
  AssessmentResponsesTable,
} from '../server/src/modules/assessment/assessment.tables.js';
import { computeStoredRelease } from '../server/src/modules/assessment/stored-release.js';
import { addDefaultFields } from '../server/src/modules/people/fields.service.js';

export const MUNICIPALITIES = 98;
export const LEADERS = 350;
export const K = 5;
/** Generator seeds of the added municipalities: far from Demo Kommune's (2026) and other benches'. */
const FIRST_SEED = 300_000;
const CHUNK = 200;
const DAY = 86_400_000;
const INSTRUMENT_JSON = JSON.stringify(INSTRUMENT_V1);

/** The three rounds: share answering, the general gain since the last round and the cohorts' extra. */
export const ROUNDS = [
  { name: 'Baseline', kind: 'baseline', rate: 0.7, gain: 0, cohortGain: 0, closedDaysAgo: 400 },
  { name: 'Opfølgning 1', kind: 'follow_up', rate: 0.65, gain: 0.12, cohortGain: 0.4, closedDaysAgo: 200 },
  { name: 'Opfølgning 2', kind: 'follow_up', rate: 0.6, gain: 0.1, cohortGain: 0.3, closedDaysAgo: 20 },
] as const;

export interface LoadedAssessments {
  /** Demo Kommune's three rounds, in order. */
  demoRounds: string[];
  /** Every round written (98 × 3). */
  rounds: string[];
  responses: number;
  invitations: number;
  rows: number;
  seconds: number;
  /** Of `seconds`, computing the releases. */
  releaseSeconds: number;
}

async function chunked<T>(rows: T[], write: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** A new organisation with the default fields and a leaders-only municipality; rows written. */
async function addMunicipality(trx: Trx, n: number, nowIso: string): Promise<{ id: string; rows: number }> {
  const id = randomUUID();
  await trx
    .insertInto('organisations')
    .values({ id, name: `Målingskommune ${n}`, slug: `maalingskommune-${n}`, created_at: nowIso })
    .execute();
  await addDefaultFields(trx, id, nowIso);
  const fields = await trx
    .selectFrom('professional_fields')
    .select(['id', 'key'])
    .where('organisation_id', '=', id)
    .execute();
  const m = generateMunicipality(FIRST_SEED + n, { employees: 0, leaders: LEADERS });
  await insertMunicipality(trx, id, m, {
    nowIso,
    fieldIds: new Map(fields.map((f) => [f.key, f.id])),
    idOf: () => randomUUID(),
  });
  return { id, rows: 1 + fields.length + m.units.length + m.persons.length };
}

/** Two cohorts of the municipality's leaders, as filters of every round. */
function cohortFilters(leaders: readonly LeaderPlacement[], rand: () => number) {
  const heads = leaders.filter((l) => l.level === 'direktør' || l.level === 'chef').slice(0, 20);
  const others = shuffled(
    leaders.filter((l) => l.level === 'leder' || l.level === 'teamleder'),
    rand,
  ).slice(0, 24);
  return [
    { key: `cohort:${randomUUID()}`, label: 'Hold 1', members: new Set(heads.map((l) => l.personId)) },
    { key: `cohort:${randomUUID()}`, label: 'Hold 2', members: new Set(others.map((l) => l.personId)) },
  ];
}

/** The three closed rounds of one municipality; returns what it wrote and the release time. */
async function addRounds(trx: Trx, organisationId: string, seed: number, now: number) {
  const leaders = await leaderPlacements(trx, organisationId);
  const rand = mulberry32(seed);
  const model = latentModel(rand);
  const cohorts = cohortFilters(leaders, rand);
  const filters: RoundFilter[] = cohorts.map((c) => ({ key: c.key, label: c.label }));
  const filterKeys = new Map(
    leaders.map((l) => [
      l.personId,
      JSON.stringify(cohorts.filter((c) => c.members.has(l.personId)).map((c) => c.key)),
    ]),
  );
  let latent = new Map(leaders.map((l) => [l.personId, model.latent({ ...l, field: l.fieldId })]));
  const ids: string[] = [];
  let responses = 0;
  let releaseMs = 0;
  let previous: string | null = null;
  for (const plan of ROUNDS) {
    const id = randomUUID();
    const closes = now - plan.closedDaysAgo * DAY;
    const iso = (t: number) => new Date(t).toISOString();
    if (plan.gain || plan.cohortGain) {
      latent = new Map(
        leaders.map((l) => {
          const inCohort = cohorts.some((c) => c.members.has(l.personId));
          return [
            l.personId,
            moved(rand, latent.get(l.personId) ?? {}, plan.gain + (inCohort ? plan.cohortGain : 0)),
          ];
        }),
      );
    }
    const invitations: AssessmentInvitationsTable[] = leaders.map((l) => ({
      round_id: id,
      organisation_id: organisationId,
      person_id: l.personId,
      unit_path: JSON.stringify(l.unitPath),
      level: l.level,
      field_id: l.fieldId,
      filter_keys: filterKeys.get(l.personId) ?? '[]',
    }));
    const answering = shuffled(leaders, rand).slice(0, Math.round(plan.rate * leaders.length));
    const answers: Answers[] = answering.map((l) => answersFor(rand, latent.get(l.personId) ?? {}));
    const rows: AssessmentResponsesTable[] = answering.map((l, i) => ({
      id: randomUUID(),
      organisation_id: organisationId,
      round_id: id,
      unit_path: JSON.stringify(l.unitPath),
      level: l.level,
      field_id: l.fieldId,
      filter_keys: filterKeys.get(l.personId) ?? '[]',
      answers: JSON.stringify(answers[i]),
    }));
    const t = performance.now();
    const release = computeStoredRelease(
      INSTRUMENT_V1,
      rows.map((r, i) => ({
        id: r.id,
        unitPath: answering[i]?.unitPath ?? [],
        level: answering[i]?.level ?? 'leder',
        fieldId: r.field_id,
        filterKeys: JSON.parse(r.filter_keys) as string[],
        answers: answers[i] ?? {},
      })),
      filters,
      K,
    );
    releaseMs += performance.now() - t;
    await trx
      .insertInto('assessment_rounds')
      .values({
        id,
        organisation_id: organisationId,
        name: `${plan.name} (bench)`,
        kind: plan.kind,
        cohort_id: null,
        population: JSON.stringify({ unitId: null, levels: LEADER_LEVELS, fieldId: null }),
        instrument_id: null,
        instrument: INSTRUMENT_JSON,
        compare_round_id: previous,
        opens_at: iso(closes - 21 * DAY),
        closes_at: iso(closes),
        k: K,
        invitations_sent_at: iso(closes - 21 * DAY),
        reminder_sent_at: iso(closes - 3 * DAY),
        closed_at: iso(closes),
        filters: JSON.stringify(filters),
        release: JSON.stringify(release),
        created_by_user_id: null,
        created_at: iso(closes - 28 * DAY),
        updated_at: iso(closes),
      })
      .execute();
    await chunked(invitations, (part) => trx.insertInto('assessment_invitations').values(part).execute());
    // Written in a random order, as the close writes them.
    await chunked(shuffled(rows, Math.random), (part) =>
      trx.insertInto('assessment_responses').values(part).execute(),
    );
    ids.push(id);
    responses += rows.length;
    previous = id;
  }
  return { ids, responses, invitations: leaders.length * ROUNDS.length, releaseMs };
}

/** Demo Kommune's rounds first, then 97 new municipalities with theirs; progress every 10. */
export async function loadAssessments(db: Db, demoOrganisationId: string): Promise<LoadedAssessments> {
  const start = performance.now();
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  const out: LoadedAssessments = {
    demoRounds: [],
    rounds: [],
    responses: 0,
    invitations: 0,
    rows: 0,
    seconds: 0,
    releaseSeconds: 0,
  };
  for (let n = 0; n < MUNICIPALITIES; n++) {
    await db.kysely.transaction().execute(async (trx) => {
      const org = n === 0 ? { id: demoOrganisationId, rows: 0 } : await addMunicipality(trx, n, nowIso);
      const added = await addRounds(trx, org.id, FIRST_SEED + n, now);
      if (n === 0) out.demoRounds = added.ids;
      out.rounds.push(...added.ids);
      out.responses += added.responses;
      out.invitations += added.invitations;
      out.rows += org.rows + added.ids.length + added.responses + added.invitations;
      out.releaseSeconds += added.releaseMs / 1000;
    });
    if ((n + 1) % 10 === 0 || n === MUNICIPALITIES - 1) {
      const s = (performance.now() - start) / 1000;
      console.log(
        `    ${n + 1}/${MUNICIPALITIES} municipalities, ${out.rounds.length} rounds, ${out.responses.toLocaleString('en')} responses, ${s.toFixed(1)} s (releases ${out.releaseSeconds.toFixed(1)} s)`,
      );
    }
  }
  out.seconds = (performance.now() - start) / 1000;
  return out;
}
