import type { Breakdown } from '../../../../core/assessment/cells.js';
import type { Level } from '../../../../core/organisation.js';
import type { Heatmap, HeatmapRow, HeatmapValue } from '../../../../core/schemas/assessment.js';
import type { Cell, Column } from '../../lib/table.js';

/**
 * The columns of the heatmap export: one list, written as CSV or XLSX. The rows are the heatmap's
 * own (the same rules, the same rounding); a number that is not released is a marker text saying
 * why, never a number and never an empty cell that could be read as zero. Shares are written as
 * percentages of the released share (0.417 → 41.7).
 */

const LEVEL_DA: Record<Level, string> = {
  direktør: 'Direktør',
  chef: 'Chef',
  leder: 'Leder',
  teamleder: 'Teamleder',
  medarbejder: 'Medarbejder',
};

const GROUP_HEADER: Record<Breakdown, string> = {
  total: 'Gruppe',
  unit: 'Enhed',
  level: 'Ledelsesniveau',
  field: 'Fagområde',
  unitLevel: 'Enhed',
};

const FILE_PART: Record<Breakdown, string> = {
  total: 'i-alt',
  unit: 'enheder',
  level: 'niveauer',
  field: 'fagomraader',
  unitLevel: 'enheder-og-niveauer',
};

/**
 * Why a number is hidden, in plain Danish: the same words as the results page
 * (web/src/i18n/rounds.da.ts `rounds.hiddenText`; heatmap.exports.test.ts holds them together).
 */
export function hiddenMarker(reason: 'too_few' | 'would_reveal', k: number): string {
  switch (reason) {
    case 'too_few':
      return `Skjult: færre end ${k} svar`;
    case 'would_reveal':
      return 'Skjult, så en mindre gruppe ikke kan regnes ud';
  }
}

/** Why a change is hidden: the same words as the results page (`rounds.changeHiddenText`). */
export function changeMarker(reason: 'too_few' | 'would_reveal' | 'membership_changed', k: number): string {
  switch (reason) {
    case 'too_few':
      return `Ændring skjult: færre end ${k} svar i en af målingerne`;
    case 'would_reveal':
      return 'Ændring skjult, så en mindre gruppe ikke kan regnes ud';
    case 'membership_changed':
      return 'Ændring skjult: nogle få personer er kommet til eller gået fra gruppen, og ændringen kunne afsløre deres svar';
  }
}

/** A file name part made of plain letters: "Baseline 2027 (Ældre)" → "baseline-2027-aeldre". */
export function fileSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'maaling';
}

export const heatmapFileName = (slug: string, breakdown: Breakdown) =>
  `resultater-${slug}-${FILE_PART[breakdown]}`;

function groupName(heatmap: Heatmap, row: HeatmapRow): string {
  if (heatmap.breakdown === 'total') return 'Alle';
  if (heatmap.breakdown === 'level') return row.level ? LEVEL_DA[row.level] : row.key;
  return row.label ?? row.key;
}

export function heatmapColumns(heatmap: Heatmap): ReadonlyArray<Column<HeatmapRow>> {
  const k = heatmap.round.k;
  const hidden = (row: HeatmapRow): string | null => (row.released ? null : hiddenMarker(row.reason, k));
  /** A released value's number, or the marker of the row or the dimension. */
  const numberOf =
    (dimension: string, pick: (v: Extract<HeatmapValue, { released: true }>) => Cell) =>
    (row: HeatmapRow): Cell => {
      if (!row.released) return hiddenMarker(row.reason, k);
      const v = row.values.find((x) => x.dimension === dimension);
      if (!v) return hiddenMarker('too_few', k);
      return v.released ? pick(v) : hiddenMarker(v.reason, k);
    };
  const percent = (share: number) => Math.round(share * 1000) / 10;
  const columns: Array<Column<HeatmapRow>> = [
    { header: GROUP_HEADER[heatmap.breakdown], value: (row) => groupName(heatmap, row) },
  ];
  if (heatmap.breakdown === 'unitLevel') {
    columns.push({ header: 'Ledelsesniveau', value: (row) => (row.level ? LEVEL_DA[row.level] : null) });
  }
  columns.push({ header: 'Svar', value: (row) => hidden(row) ?? (row.released ? row.count : null) });
  for (const d of heatmap.dimensions) {
    const name = d.name.da;
    columns.push(
      {
        header: `${name}: gennemsnit (0-100)`,
        value: numberOf(d.key, (v) => v.mean ?? 'Ingen med nok svar'),
      },
      { header: `${name}: positive svar (%)`, value: numberOf(d.key, (v) => percent(v.favourable)) },
      { header: `${name}: neutrale svar (%)`, value: numberOf(d.key, (v) => percent(v.neutral)) },
      { header: `${name}: negative svar (%)`, value: numberOf(d.key, (v) => percent(v.unfavourable)) },
    );
    if (heatmap.compare) {
      columns.push({
        header: `${name}: ændring siden ${heatmap.compare.name}`,
        value: numberOf(d.key, (v) =>
          v.change !== null ? v.change : changeMarker(v.changeSuppressed ?? 'too_few', k),
        ),
      });
    }
  }
  return columns;
}
