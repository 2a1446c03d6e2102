/**
 * The bare grouping query of the `assessment` scenario: one SQL statement over a round's anonymous
 * responses, grouped by unit (a unit counts everyone in its subtree, as the heatmap's unit
 * breakdown does) and dimension, with the mean score and the shares of favourable, neutral and
 * unfavourable answers computed in the database — and none of the anonymity rules. It scores as
 * core/assessment/scoring.ts does: "ved ikke" left out, reverse items mirrored, a dimension scored
 * only with at least half of its items answered, shares over the members with a score.
 * Used by assessment-baseline.ts (the bare server) and by the batch figure in assessment.ts.
 */
import { INSTRUMENT_V1, type Instrument } from '../core/assessment/instrument.js';

export type GroupingDialect = 'sqlite' | 'postgres';

export interface GroupedValue {
  dimension: string;
  mean: number | null;
  favourable: number | null;
  neutral: number | null;
  unfavourable: number | null;
}
export interface GroupedRow {
  unit: string;
  label: string;
  count: number;
  values: GroupedValue[];
}

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * The statement; its one parameter is the round id (`?` on SQLite, `$1` on PostgreSQL). One row per
 * unit: unit, label, count, and per dimension i `mean<i>`, `fav<i>`, `neu<i>`, `unf<i>`. Each step is
 * materialised where that saves work: each answer is read from the JSON once (PostgreSQL parses
 * each row's JSON once), then only columns are added up.
 */
export function groupingSql(dialect: GroupingDialect, instrument: Instrument = INSTRUMENT_V1): string {
  const pg = dialect === 'postgres';
  const items = instrument.dimensions.flatMap((d) => d.items.map((item) => ({ d: d.key, item })));
  const raw = items
    .map(
      ({ item }, i) =>
        `${pg ? `j ->> ${quote(item.key)}` : `json_extract(answers, ${quote(`$."${item.key}"`)})`} as r${i}`,
    )
    .join(', ');
  const value = (i: number, reverse: boolean): string => {
    const valid = pg ? `r${i} in ('1', '2', '3', '4', '5')` : `typeof(r${i}) = 'integer'`;
    const int = pg ? `r${i}::int` : `r${i}`;
    return `case when ${valid} then ${reverse ? `6 - ${int}` : int} end`;
  };
  const count = (cond: string): string => `(case when ${cond} then 1 else 0 end)`;
  const perDimension = instrument.dimensions
    .map((d, di) => {
      const vs = items.flatMap((x, i) => (x.d === d.key ? [`x${i}`] : []));
      const sum = (f: (v: string) => string, as: string) => `${vs.map(f).join(' + ')} as ${as}${di}`;
      return [
        sum((v) => count(`${v} is not null`), 'n'),
        sum((v) => `coalesce(${v}, 0)`, 't'),
        sum((v) => count(`${v} >= 4`), 'f'),
        sum((v) => count(`${v} = 3`), 'm'),
        sum((v) => count(`${v} <= 2`), 'u'),
      ].join(', ');
    })
    .join(',\n      ');
  const num = (x: string): string => (pg ? `(${x})::float8` : `1.0 * ${x}`);
  const aggregates = instrument.dimensions
    .map((d, di) => {
      const scored = `n${di} > 0 and 2 * n${di} >= ${d.items.length}`;
      const share = (c: string, as: string) =>
        `${num(`sum(case when ${scored} then ${c}${di} end)`)} / nullif(sum(case when ${scored} then n${di} end), 0) as ${as}${di}`;
      return [
        `avg(case when ${scored} then ${num(`25 * (t${di} - n${di})`)} / n${di} end) as mean${di}`,
        share('f', 'fav'),
        share('m', 'neu'),
        share('u', 'unf'),
      ].join(', ');
    })
    .join(',\n    ');
  const expand = pg
    ? 'lateral jsonb_array_elements_text(s.unit_path::jsonb) as u(value)'
    : 'json_each(s.unit_path) as u';
  return `
    with a as ${pg ? 'materialized' : 'not materialized'} (
      select unit_path, ${pg ? 'answers::jsonb as j' : 'answers'} from assessment_responses
      where round_id = ${pg ? '$1' : '?'}
    ), r as materialized (
      select unit_path, ${raw} from a
    ), x as (
      select unit_path, ${items.map(({ item }, i) => `${value(i, item.reverse)} as x${i}`).join(', ')}
      from r
    ), s as materialized (
      select unit_path,
      ${perDimension}
      from x
    )
    select u.value as unit, units.name as label, count(*)${pg ? '::int' : ''} as count,
    ${aggregates}
    from s cross join ${expand}
    join units on units.id = u.value
    group by u.value, units.name`;
}

/** The statement's rows as the baseline answers them. */
export function groupedRows(
  rows: ReadonlyArray<Record<string, unknown>>,
  instrument: Instrument = INSTRUMENT_V1,
): GroupedRow[] {
  const n = (x: unknown): number | null => (x === null || x === undefined ? null : Number(x));
  return rows.map((r) => ({
    unit: String(r.unit),
    label: String(r.label),
    count: Number(r.count),
    values: instrument.dimensions.map((d, di) => ({
      dimension: d.key,
      mean: n(r[`mean${di}`]),
      favourable: n(r[`fav${di}`]),
      neutral: n(r[`neu${di}`]),
      unfavourable: n(r[`unf${di}`]),
    })),
  }));
}
