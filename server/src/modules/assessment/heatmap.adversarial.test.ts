/**
 * The curious manager, through the API: for small generated organisations, fetch every breakdown
 * within the whole round and each of its filters, then try the plain subtraction a spreadsheet
 * allows — a parent group minus its shown parts (units under a unit, levels and fields under the
 * total, a unit's levels, a group inside a filter) — with exact integer arithmetic. No hidden
 * group may come out, no remainder may be 1 … k − 1 people, and every shown count is at least k.
 * The full linear-algebra proof over every released number is core's
 * (core/assessment/release.adversarial.test.ts); this checks that the API serves what core
 * released and nothing more. The same checker, run on a release without the differencing rule,
 * finds what it looks for, so it is no empty check.
 */
import { beforeAll, expect, it } from 'vitest';
import {
  BREAKDOWNS,
  buildCells,
  type CellTable,
  type ReleaseRespondent,
} from '../../../../core/assessment/cells.js';
import { releaseRound } from '../../../../core/assessment/release.js';
import { LEADER_LEVELS, type Level } from '../../../../core/organisation.js';
import { mulberry32 } from '../../../../core/random.js';
import type { RoundFilter } from '../../../../core/schemas/assessment.js';
import {
  allAnswered,
  closedRound,
  fetchHeatmap,
  invitees,
  type Standing,
  valued,
} from '../../test/assessment-heatmap.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';

interface Generated {
  k: number;
  standings: Standing[];
  filters: RoundFilter[];
}

/** 8–20 leaders in a unit tree up to three deep, 2–3 fields (and none), and three filters. */
function generate(seed: number, k: number): Generated {
  const rand = mulberry32(seed);
  const int = (max: number) => Math.floor(rand() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const top = crypto.randomUUID();
  const paths: string[][] = [[top]];
  for (let u = 0; u < 2 + int(4); u++)
    paths.push([...pick(paths.filter((p) => p.length < 3)), crypto.randomUUID()]);
  const fields = [...Array.from({ length: 2 + int(2) }, () => crypto.randomUUID()), null];
  const area = paths.find((p) => p.length === 2)?.[1] ?? top;
  const standings = Array.from({ length: 8 + int(13) }, (): Standing => {
    const unitPath = pick(paths);
    const inA = rand() < 0.6;
    const filterKeys = [
      ...(inA ? ['cohort:a'] : []),
      ...(inA && rand() < 0.6 ? ['cohort:a-inner'] : []),
      ...(unitPath.includes(area) ? [`area:${area}`] : []),
    ];
    return { unitPath, level: pick(LEADER_LEVELS) as Level, fieldId: pick(fields), filterKeys };
  });
  const filters = ['cohort:a', 'cohort:a-inner', `area:${area}`].map((key) => ({ key, label: key }));
  return { k, standings, filters };
}

/** A cell's status as the adversary sees it: shown with its count, or hidden. */
type Seen = Map<string, { released: boolean; count?: number }>;
const idOf = (population: number, breakdown: string, key: string) => `${population}|${breakdown}|${key}`;

function tableOf(g: Generated): {
  table: CellTable;
  respondents: ReleaseRespondent[];
  populations: number[][];
} {
  const respondents = g.standings.map((s, i) => ({
    id: `r${i}`,
    unitPath: s.unitPath,
    level: s.level,
    fieldId: s.fieldId,
  }));
  const populations = [
    respondents.map((_, i) => i),
    ...g.filters.map((f) => g.standings.flatMap((s, i) => (s.filterKeys?.includes(f.key) ? [i] : []))),
  ];
  return { table: buildCells(respondents, populations), respondents, populations };
}

/** Everything plain subtraction reveals, and every shown count under k. */
function violations(g: Generated, table: CellTable, seen: Seen): string[] {
  const found: string[] = [];
  const statusOf = (i: number) => {
    const c = table.cells[i];
    return c ? seen.get(idOf(c.population, c.breakdown, c.key)) : undefined;
  };
  const hiddenSets = new Set(
    table.cells.flatMap((c, i) => (statusOf(i)?.released ? [] : [c.members.join(',')])),
  );
  table.cells.forEach((c, i) => {
    const s = statusOf(i);
    if (!s) found.push(`cell ${idOf(c.population, c.breakdown, c.key)} is missing from the API`);
    else if (s.released && (s.count !== c.members.length || c.members.length < g.k)) {
      found.push(`cell ${c.key} shows ${s.count} of ${c.members.length} (k = ${g.k})`);
    } else if (!s.released && s.count !== undefined) found.push(`hidden cell ${c.key} has a count`);
  });
  for (const { parent, parts } of table.relations) {
    const p = statusOf(parent);
    if (!p?.released || p.count === undefined) continue;
    const shown = parts.filter((i) => statusOf(i)?.released);
    const remainder = p.count - shown.reduce((sum, i) => sum + (statusOf(i)?.count ?? 0), 0);
    const covered = new Set(shown.flatMap((i) => table.cells[i]?.members ?? []));
    const left = (table.cells[parent]?.members ?? []).filter((m) => !covered.has(m));
    if (remainder !== left.length) found.push(`parent ${parent}: arithmetic ${remainder} ≠ ${left.length}`);
    if (remainder > 0 && remainder < g.k)
      found.push(`parent ${parent} minus its shown parts leaves ${remainder}`);
    if (remainder > 0 && hiddenSets.has(left.join(','))) found.push(`parent ${parent} reveals a hidden cell`);
  }
  return found;
}

const SEEDS = [11, 12, 13, 14, 15, 16, 17, 18];

describeEachDialect('assessment heatmap: the API against plain subtraction', (dialect) => {
  const get = useTestApp(dialect);
  const organisations: Array<Generated & { seen: Seen }> = [];

  beforeAll(async () => {
    for (const [n, seed] of SEEDS.entries()) {
      const g = generate(seed, n % 2 ? 5 : 3);
      const observer = await signedInUser(get().app, get().ctx.db, ['observer']);
      const org = observer.organisationId;
      const people = await invitees(get().ctx.db, org, g.standings);
      const round = await closedRound(get().ctx.db, org, {
        k: g.k,
        filters: g.filters,
        invited: people,
        responses: allAnswered(people, (_, i) => valued(((i % 5) + 1) as 1 | 2 | 3 | 4 | 5)),
      });
      const seen: Seen = new Map();
      for (const [population, filter] of [null, ...g.filters.map((f) => f.key)].entries()) {
        for (const breakdown of BREAKDOWNS) {
          const query: Record<string, string> = { breakdown, ...(filter ? { filter } : {}) };
          const heatmap = await fetchHeatmap(get().app, observer.session, round.id, query);
          for (const row of heatmap.rows) {
            const id = idOf(population, breakdown, row.key);
            if (seen.has(id)) throw new Error(`row ${id} given twice`);
            seen.set(id, row.released ? { released: true, count: row.count } : { released: false });
            if (!row.released) expect(row).not.toHaveProperty('count');
          }
        }
      }
      organisations.push({ ...g, seen });
    }
  }, 120_000);

  it('gives nothing away by subtraction, and shows no group under k, in any breakdown or filter', () => {
    expect(organisations).toHaveLength(SEEDS.length);
    let hidden = 0;
    for (const o of organisations) {
      const { table } = tableOf(o);
      expect(o.seen.size, 'the API shows exactly the cells core knows').toBe(table.cells.length);
      expect(violations(o, table, o.seen)).toEqual([]);
      hidden += [...o.seen.values()].filter((s) => !s.released).length;
    }
    // The generated organisations are small enough that the rules have work to do.
    expect(hidden).toBeGreaterThan(20);
  });

  it('would catch a release without the differencing rule', () => {
    const found = organisations.flatMap((o) => {
      const { table, respondents } = tableOf(o);
      const release = releaseRound(respondents, {
        k: o.k,
        differencing: false,
        filters: o.filters.map((f) => ({
          key: f.key,
          respondentIds: respondents
            .filter((_, i) => o.standings[i]?.filterKeys?.includes(f.key))
            .map((r) => r.id),
        })),
      });
      const seen: Seen = new Map();
      release.populations.forEach((p, population) => {
        for (const b of BREAKDOWNS) {
          for (const c of p.breakdowns[b])
            seen.set(
              idOf(population, b, c.key),
              c.released ? { released: true, count: c.count } : { released: false },
            );
        }
      });
      return violations(o, table, seen);
    });
    expect(found.length).toBeGreaterThan(0);
  });
});
