/**
 * Scenario `learning-sets`: composing learning sets of 6 for a cohort of 350 leaders (issue 7), in
 * process, no server. The people are the leaders of a generated mid-size municipality (six areas,
 * the default fields, four leader levels, every unit with a manager), with their line managers
 * from core/learning-sets.ts lineManagers, so the manager constraint binds as in a real cohort.
 *   time      composeSets, median of TIMED_RUNS runs after one unrecorded warm-up run
 *   quality   its overall diversity score against the mean of RANDOM_SPLITS random splits that
 *             respect the same constraints and sizes (randomSets): the baseline
 * A split with a manager and a report together fails the check.
 */
import {
  composeSets,
  type DiversityScore,
  lineManagers,
  managerPairsTogether,
  randomSets,
  type SetCandidate,
} from '../core/learning-sets.js';
import { areaOf } from '../core/organisation.js';
import { generateMunicipality } from '../server/src/db/seed/municipality.js';
import { num } from './load.js';
import type { Row } from './report.js';

const MUNICIPALITY_SEED = 2026; // Demo Kommune's
const SET_SIZE = 6;
const COMPOSE_SEED = 1;
const TIMED_RUNS = 11;
const RANDOM_SPLITS = 50;

export interface LearningSetsContext {
  fail: (message: string) => void;
}

/** The 350 leaders of the generated municipality as composition sees them. */
export function municipalityCohort(seed = MUNICIPALITY_SEED): SetCandidate[] {
  const m = generateMunicipality(seed);
  const parents = new Map(m.units.map((u) => [u.key, u.parentKey]));
  const managerOf = new Map<string, string>();
  for (const p of m.persons) if (p.manages) managerOf.set(p.manages, p.externalId);
  const units = new Map(
    m.units.map((u) => [u.key, { parentId: u.parentKey, managerPersonId: managerOf.get(u.key) ?? null }]),
  );
  const leaders = m.persons.filter((p) => p.level !== 'medarbejder');
  const managers = lineManagers(
    leaders.map((p) => ({ personId: p.externalId, unitId: p.unitKey })),
    units,
  );
  return leaders.map((p) => ({
    personId: p.externalId,
    areaId: areaOf(p.unitKey, parents),
    fieldId: p.field,
    level: p.level,
    managerIds: managers.get(p.externalId) ?? [],
  }));
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const f3 = (x: number): string => x.toFixed(3);
const parts = (s: DiversityScore): string =>
  `areas ${f3(s.areas)}, fields ${f3(s.fields)}, levels ${f3(s.levels)}`;

export function learningSetRows(ctx: LearningSetsContext): Row[] {
  const people = municipalityCohort();
  const options = { size: SET_SIZE, seed: COMPOSE_SEED };
  const ids = new Set(people.map((p) => p.personId));
  const pairs = people.reduce((s, p) => s + p.managerIds.filter((m) => ids.has(m)).length, 0);
  console.log(`  ${people.length} leaders, ${pairs} manager–report pairs among them, sets of ${SET_SIZE}`);

  composeSets(people, options); // warm-up: JIT, not recorded
  const times: number[] = [];
  let composed = composeSets(people, options);
  for (let i = 0; i < TIMED_RUNS; i++) {
    const t0 = performance.now();
    composed = composeSets(people, options);
    times.push(performance.now() - t0);
  }
  if (!composed.ok) {
    ctx.fail(`learning-sets: composeSets found no split: ${JSON.stringify(composed.problem)}`);
    return [];
  }
  const random: DiversityScore[] = [];
  const randomTogether: number[] = [];
  for (let i = 0; i < RANDOM_SPLITS; i++) {
    const r = randomSets(people, { size: SET_SIZE, seed: 1000 + i });
    if (!r.ok) {
      ctx.fail(`learning-sets: randomSets found no split: ${JSON.stringify(r.problem)}`);
      return [];
    }
    random.push(r.overall);
    randomTogether.push(managerPairsTogether(r.sets, people).length);
  }
  const together = managerPairsTogether(composed.sets, people).length;
  const problems = together + randomTogether.reduce((s, x) => s + x, 0);
  const check =
    problems === 0
      ? 'check passed: no manager and report share a set, in the composition or any random split'
      : `CHECK FAILED: ${together} manager–report pairs together in the composition, ${problems - together} in the random splits`;
  if (problems) ctx.fail(`learning-sets: ${check}`);

  const score = composed.overall.total;
  const totals = random.map((r) => r.total);
  const randomMean = mean(totals);
  const sd = Math.sqrt(totals.reduce((s, x) => s + (x - randomMean) ** 2, 0) / (totals.length - 1));
  const meanOf = (k: keyof DiversityScore): number => mean(random.map((r) => r[k]));
  const sizes = composed.sets.map((s) => s.length);
  const sizeNote = `${sizes.length} sets of ${Math.min(...sizes)}–${Math.max(...sizes)}`;
  const minSet = Math.min(...composed.scores.map((s) => s.total));
  return [
    {
      scenario: `composeSets: learning sets of ${SET_SIZE} for ${people.length} participants, vs the mean of ${RANDOM_SPLITS} random splits under the same constraints`,
      aktion: `${num(median(times))} ms · score ${f3(score)}`,
      baseline: `score ${f3(randomMean)} (random)`,
      ratio: `score ${(score / randomMean).toFixed(3)}×`,
      notes: [
        `time: median of ${TIMED_RUNS} runs after a warm-up (min ${num(Math.min(...times))} ms, max ${num(Math.max(...times))} ms), in process`,
        `cohort: the ${people.length} leaders of generateMunicipality(${MUNICIPALITY_SEED}) (six areas, fields by unit, four leader levels), ${pairs} manager–report pairs from lineManagers`,
        `composed (seed ${COMPOSE_SEED}): ${sizeNote}, ${parts(composed.overall)}, weakest set ${f3(minSet)}`,
        `random (randomSets, seeds 1000–${999 + RANDOM_SPLITS}): ${parts({ areas: meanOf('areas'), fields: meanOf('fields'), levels: meanOf('levels'), total: randomMean })}, total sd ${f3(sd)}, best ${f3(Math.max(...totals))}`,
        'score = DiversityScore.total of the whole (areas 0.5, fields 0.3, levels 0.2; mean over sets weighted by size), higher is better',
        check,
      ].join('; '),
    },
  ];
}
