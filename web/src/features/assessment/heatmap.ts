import type { Breakdown } from '../../../../core/assessment/cells.js';
import { BANDS, type Band } from '../../../../core/assessment/instrument.js';
import { bandOf } from '../../../../core/assessment/scoring.js';
import type { HeatmapRow } from '../../../../core/schemas/assessment.js';

const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'da-DK');

/** A score with one decimal in the language's way: "62,5". */
export function formatScore(score: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    score,
  );
}

/** A change with its sign always shown and a true minus: "+3,2", "−1,0", "±0,0". */
export function formatChange(change: number, lang: string): string {
  const rounded = Math.round(change * 10) / 10;
  const size = formatScore(Math.abs(rounded), lang);
  if (rounded > 0) return `+${size}`;
  if (rounded < 0) return `\u2212${size}`;
  return `±${size}`;
}

/** A share 0–1 as a whole percentage: "62 %". */
export function formatShare(share: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The band a mean falls in, for its colour and its name. */
export const bandOfScore = (score: number): Band => bandOf(score);

/** Each band with the scores it covers, for the legend: 0–39, 40–59, 60–79, 80–100. */
export function bandRanges(): Array<{ band: Band; from: number; to: number }> {
  return BANDS.map((band, i) => ({ band, from: band.from, to: (BANDS[i + 1]?.from ?? 101) - 1 }));
}

/** Units are indented by their depth in the tree, up to this many steps. */
export const MAX_INDENT = 6;

/** How deep to indent a row (0 for none). */
export function indentOf(row: Pick<HeatmapRow, 'depth'>): number {
  return row.depth === null ? 0 : Math.min(Math.max(row.depth, 0), MAX_INDENT);
}

/**
 * What a row is called, before translation: the total, a unit or field by its name, a level by
 * its key (the web translates it), or a unit and a level together.
 */
export type RowName =
  | { kind: 'total' }
  | { kind: 'name'; name: string }
  | { kind: 'level'; level: NonNullable<HeatmapRow['level']> }
  | { kind: 'unitLevel'; unit: string | null; level: NonNullable<HeatmapRow['level']> }
  | { kind: 'noUnit' }
  | { kind: 'noField' };

export function rowName(breakdown: Breakdown, row: Pick<HeatmapRow, 'label' | 'level'>): RowName {
  switch (breakdown) {
    case 'total':
      return { kind: 'total' };
    case 'level':
      return row.level ? { kind: 'level', level: row.level } : { kind: 'total' };
    case 'unitLevel':
      if (row.level) return { kind: 'unitLevel', unit: row.label, level: row.level };
      return row.label ? { kind: 'name', name: row.label } : { kind: 'noUnit' };
    case 'field':
      return row.label ? { kind: 'name', name: row.label } : { kind: 'noField' };
    case 'unit':
      return row.label ? { kind: 'name', name: row.label } : { kind: 'noUnit' };
  }
}
