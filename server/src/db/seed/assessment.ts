import { INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import { type Answers, scoreRespondent } from '../../../../core/assessment/scoring.js';
import { areaOf, LEADER_LEVELS, type Level } from '../../../../core/organisation.js';
import { mulberry32 } from '../../../../core/random.js';
import type { RoundFilter, RoundKind, RoundPopulation } from '../../../../core/schemas/assessment.js';
import { addDays, copenhagenDate, copenhagenInstant } from '../../../../core/time.js';
import type { Executor, Trx } from '../../lib/context.js';
import type {
  AssessmentInvitationsTable,
  AssessmentProfilesTable,
  AssessmentResponsesTable,
} from '../../modules/assessment/assessment.tables.js';
import { computeStoredRelease } from '../../modules/assessment/stored-release.js';
import { answersFor, latentModel, moved, shuffled } from './assessment-answers.js';
import { stableId } from './municipality.js';

const SEED = 2026;
const K = 5;
const CHUNK = 200;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The demo's rounds, by stable id. */
export const DEMO_ROUNDS = {
  baseline: stableId('assessment-round:baseline'),
  followUp: stableId('assessment-round:follow-up'),
  midway: stableId('assessment-round:midway:topledelse-1'),
} as const;

interface Leader extends LeaderPlacement {
  filterKeys: string[];
  latent: Record<string, number>;
}

interface RoundPlan {
  key: string;
  id: string;
  name: string;
  kind: RoundKind;
  cohortId: string | null;
  population: RoundPopulation | null;
  compareRoundId: string | null;
  opensAt: Date;
  closesAt: Date;
  createdBy: string;
  filters: RoundFilter[];
  invited: Leader[];
  /** The share of the invited who submit, drawn at random; `always` submits, `never` does not begin. */
  rate: number;
  always?: string;
  never?: string;
  /** How many more have saved a draft (open rounds only: the close deletes drafts). */
  drafts?: number;
  /** The latent levels the leader answers from in this round. */
  latent(l: Leader, rand: () => number): Record<string, number>;
  /** How many of the first submitters shared their profile with the facilitators. */
  shared?: number;
}

const inChunks = async <T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
};

/** "forår 2026": the Danish season and year of a date, for a round's name. */
function season(date: string): string {
  const month = Number(date.slice(5, 7));
  const name =
    month >= 3 && month <= 5
      ? 'forår'
      : month <= 8 && month > 5
        ? 'sommer'
        : month <= 11 && month > 8
          ? 'efterår'
          : 'vinter';
  return `${name} ${date.slice(0, 4)}`;
}

export interface LeaderPlacement {
  personId: string;
  /** Unit ids from the top of the organisation down to the leader's unit. */
  unitPath: string[];
  level: Level;
  fieldId: string | null;
  /** Name of the area (the unit below the top, or the top itself). */
  area: string;
}

/** Every leader of the organisation (not left) and where they stand, by external id. */
export async function leaderPlacements(exec: Executor, organisationId: string): Promise<LeaderPlacement[]> {
  const units = await exec
    .selectFrom('units')
    .select(['id', 'name', 'parent_id'])
    .where('organisation_id', '=', organisationId)
    .execute();
  const parents = new Map(units.map((u) => [u.id, u.parent_id]));
  const names = new Map(units.map((u) => [u.id, u.name]));
  const path = (unitId: string): string[] => {
    const out: string[] = [];
    for (let u: string | null = unitId; u !== null && out.length <= units.length; u = parents.get(u) ?? null)
      out.unshift(u);
    return out;
  };
  const persons = await exec
    .selectFrom('persons')
    .select(['id', 'unit_id', 'level', 'field_id'])
    .where('organisation_id', '=', organisationId)
    .where('level', 'in', [...LEADER_LEVELS])
    .where('left_at', 'is', null)
    .where('unit_id', 'is not', null)
    .orderBy('external_id')
    .execute();
  return persons.map((p) => ({
    personId: p.id,
    unitPath: path(p.unit_id as string),
    level: p.level as Level,
    fieldId: p.field_id,
    area: names.get(areaOf(p.unit_id as string, parents)) ?? '',
  }));
}

/** The leaders with the filters they are invited with and their latent levels. */
async function readLeaders(trx: Trx, organisationId: string, cohorts: Map<string, Set<string>>) {
  const model = latentModel(mulberry32(SEED));
  return (await leaderPlacements(trx, organisationId)).map(
    (p): Leader => ({
      ...p,
      filterKeys: [...cohorts].filter(([, members]) => members.has(p.personId)).map(([id]) => `cohort:${id}`),
      latent: model.latent({ area: p.area, level: p.level, field: p.fieldId }),
    }),
  );
}

/** Writes one round: the round, invitations, profiles, and for a closed round its anonymous responses and release. */
async function writeRound(trx: Trx, organisationId: string, plan: RoundPlan, now: Date, seed: number) {
  const rand = mulberry32(seed);
  const closed = plan.closesAt <= now;
  const opens = plan.opensAt.getTime();
  const lastAnswer = Math.min(plan.closesAt.getTime(), now.getTime() - 60 * MINUTE);
  const reminderAt = closed ? new Date(opens + 7 * DAY + 60 * MINUTE) : null;
  const iso = (t: number) => new Date(Math.floor(t / MINUTE) * MINUTE).toISOString();
  const invitations: AssessmentInvitationsTable[] = [];
  const profiles: AssessmentProfilesTable[] = [];
  const submitted: Array<{ leader: Leader; answers: Answers }> = [];
  // Exactly the rate answers: the `always` first, then the others in a random order.
  const order = shuffled(plan.invited, rand)
    .filter((l) => l.personId !== plan.always && l.personId !== plan.never)
    .map((l) => l.personId);
  if (plan.always && plan.invited.some((l) => l.personId === plan.always)) order.unshift(plan.always);
  const submitters = Math.round(plan.rate * plan.invited.length);
  const submitting = new Set(order.slice(0, submitters));
  const drafts = new Set(order.slice(submitters, submitters + (closed ? 0 : (plan.drafts ?? 0))));
  for (const leader of plan.invited) {
    const submit = submitting.has(leader.personId);
    const latent = plan.latent(leader, rand);
    const at = opens + rand() * (lastAnswer - opens);
    const started = Math.max(opens, at - (5 + rand() * 40) * MINUTE);
    const answers = submit || drafts.has(leader.personId) ? answersFor(rand, latent, submit ? 1 : 0.4) : null;
    invitations.push({
      round_id: plan.id,
      organisation_id: organisationId,
      person_id: leader.personId,
      unit_path: JSON.stringify(leader.unitPath),
      level: leader.level,
      field_id: leader.fieldId,
      filter_keys: JSON.stringify(leader.filterKeys.filter((f) => plan.filters.some((pf) => pf.key === f))),
    });
    if (!answers) continue;
    if (submit) submitted.push({ leader, answers });
    const shared = submit && submitted.length <= (plan.shared ?? 0);
    profiles.push({
      id: stableId(`assessment-profile:${plan.key}:${leader.personId}`),
      organisation_id: organisationId,
      round_id: plan.id,
      person_id: leader.personId,
      answers: JSON.stringify(answers),
      scores: submit ? JSON.stringify(scoreRespondent(INSTRUMENT_V1, answers)) : null,
      submitted_at: submit ? iso(at) : null,
      shared_with_facilitators_at: shared ? iso(Math.min(at + 10 * MINUTE, lastAnswer)) : null,
      created_at: iso(started),
      updated_at: iso(at),
    });
  }

  // The anonymous copies, as the close writes them: shuffled, random-looking ids, no person, no time.
  const responses: AssessmentResponsesTable[] = closed
    ? shuffled(submitted, rand).map(({ leader, answers }, i) => ({
        id: stableId(`assessment-response:${plan.key}:${i}`),
        organisation_id: organisationId,
        round_id: plan.id,
        unit_path: JSON.stringify(leader.unitPath),
        level: leader.level,
        field_id: leader.fieldId,
        filter_keys: invitations.find((v) => v.person_id === leader.personId)?.filter_keys ?? '[]',
        answers: JSON.stringify(answers),
      }))
    : [];
  const release = closed
    ? computeStoredRelease(
        INSTRUMENT_V1,
        responses.map((r) => ({
          id: r.id,
          unitPath: JSON.parse(r.unit_path),
          level: r.level as Level,
          fieldId: r.field_id,
          filterKeys: JSON.parse(r.filter_keys),
          answers: JSON.parse(r.answers),
        })),
        plan.filters,
        K,
      )
    : null;
  const createdAt = iso(opens - 7 * DAY);
  await trx
    .insertInto('assessment_rounds')
    .values({
      id: plan.id,
      organisation_id: organisationId,
      name: plan.name,
      kind: plan.kind,
      cohort_id: plan.cohortId,
      population: plan.population ? JSON.stringify(plan.population) : null,
      instrument_id: null,
      instrument: JSON.stringify(INSTRUMENT_V1),
      compare_round_id: plan.compareRoundId,
      opens_at: plan.opensAt.toISOString(),
      closes_at: plan.closesAt.toISOString(),
      k: K,
      invitations_sent_at: plan.opensAt.toISOString(),
      reminder_sent_at: reminderAt?.toISOString() ?? null,
      closed_at: closed ? iso(plan.closesAt.getTime() + 5 * MINUTE) : null,
      filters: JSON.stringify(plan.filters),
      release: release ? JSON.stringify(release) : null,
      created_by_user_id: plan.createdBy,
      created_at: createdAt,
      updated_at: closed ? iso(plan.closesAt.getTime() + 5 * MINUTE) : createdAt,
    })
    .execute();
  await inChunks(invitations, (c) => trx.insertInto('assessment_invitations').values(c).execute());
  await inChunks(profiles, (c) => trx.insertInto('assessment_profiles').values(c).execute());
  await inChunks(responses, (c) => trx.insertInto('assessment_responses').values(c).execute());
}

/**
 * Demo Kommune's digital mindset assessment, from `now` back (names follow the dates' seasons):
 * - "Baseline forår …": every leader invited, closed, about 70 % answered;
 * - "Opfølgning efterår …": the same, closed some days ago, about 65 % answered, compared with the
 *   baseline; scores a little up, more for the participants of "Topledelse hold 1";
 * - "Midtvejsmåling – Topledelse hold 1": open for the cohort's participants; some have answered,
 *   two shared their profile with the facilitators, Lene Leder has not begun.
 * Lene Leder answered both closed rounds (her profile shows change) and shared neither: they are
 * rounds of the whole organisation, which no facilitator reads. Closed rounds have one filter per
 * cohort of at least k invited participants and the release computed as the close computes it.
 * Run after insertDemoCohorts.
 */
export async function insertDemoAssessment(trx: Trx, organisationId: string, now: Date): Promise<void> {
  const cohortRows = await trx
    .selectFrom('cohort_participants as cp')
    .innerJoin('cohorts as c', 'c.id', 'cp.cohort_id')
    .select(['c.id', 'c.name', 'cp.person_id'])
    .where('c.organisation_id', '=', organisationId)
    .where('cp.removed_at', 'is', null)
    .orderBy('c.id')
    .execute();
  const cohorts = new Map<string, Set<string>>();
  for (const r of cohortRows) cohorts.set(r.id, (cohorts.get(r.id) ?? new Set()).add(r.person_id));
  const leaders = await readLeaders(trx, organisationId, cohorts);
  const filters: RoundFilter[] = [...cohorts]
    .filter(([, members]) => leaders.filter((l) => members.has(l.personId)).length >= K)
    .map(([id]) => ({ key: `cohort:${id}`, label: cohortRows.find((r) => r.id === id)?.name ?? id }));
  const lene = (
    await trx
      .selectFrom('persons')
      .select('id')
      .where('user_id', '=', stableId('user:leder@demo.aktion.dk'))
      .executeTakeFirstOrThrow()
  ).id;
  const cohortId = stableId('cohort:topledelse-1');
  const participants = cohorts.get(cohortId) ?? new Set<string>();
  const admin = stableId('user:admin@demo.aktion.dk');
  const today = copenhagenDate(now);
  const at = (days: number, time: string) => copenhagenInstant(addDays(today, days), time);
  const population: RoundPopulation = { unitId: null, levels: [...LEADER_LEVELS], fieldId: null };

  // The latent levels after the programme started: up a little for everyone, more for participants.
  const followUp = new Map<string, Record<string, number>>();
  const gainRand = mulberry32(SEED + 10);
  for (const l of leaders)
    followUp.set(l.personId, moved(gainRand, l.latent, participants.has(l.personId) ? 0.5 : 0.12));

  const baselineOpens = addDays(today, -238);
  await writeRound(
    trx,
    organisationId,
    {
      key: 'baseline',
      id: DEMO_ROUNDS.baseline,
      name: `Baseline ${season(baselineOpens)}`,
      kind: 'baseline',
      cohortId: null,
      population,
      compareRoundId: null,
      opensAt: at(-238, '08:00'),
      closesAt: at(-217, '16:00'),
      createdBy: admin,
      filters,
      invited: leaders,
      rate: 0.7,
      always: lene,
      latent: (l) => l.latent,
    },
    now,
    SEED + 1,
  );
  const followUpOpens = addDays(today, -30);
  await writeRound(
    trx,
    organisationId,
    {
      key: 'follow-up',
      id: DEMO_ROUNDS.followUp,
      name: `Opfølgning ${season(followUpOpens)}`,
      kind: 'follow_up',
      cohortId: null,
      population,
      compareRoundId: DEMO_ROUNDS.baseline,
      opensAt: at(-30, '08:00'),
      closesAt: at(-9, '16:00'),
      createdBy: admin,
      filters,
      invited: leaders,
      rate: 0.65,
      always: lene,
      latent: (l) => followUp.get(l.personId) ?? l.latent,
    },
    now,
    SEED + 2,
  );
  const cohortName = cohortRows.find((r) => r.id === cohortId)?.name ?? '';
  await writeRound(
    trx,
    organisationId,
    {
      key: 'midway:topledelse-1',
      id: DEMO_ROUNDS.midway,
      name: `Midtvejsmåling – ${cohortName}`,
      kind: 'other',
      cohortId,
      population: null,
      compareRoundId: null,
      opensAt: at(-4, '08:00'),
      closesAt: at(10, '16:00'),
      createdBy: stableId('user:facilitator@demo.aktion.dk'),
      filters: [],
      invited: leaders.filter((l) => participants.has(l.personId)),
      rate: 0.5,
      never: lene,
      drafts: 2,
      latent: (l, rand) => moved(rand, followUp.get(l.personId) ?? l.latent, 0.15),
      shared: 2,
    },
    now,
    SEED + 3,
  );
}
