/**
 * The check of the `assessment` scenario's heatmap, once before the load: Aktion and the bare
 * grouping query must tell the same story where Aktion shows something. Every unit row Aktion
 * released has the baseline's count, and every released value its mean (to the one decimal
 * shown), shares (to the three shown) and, when compared, change; Aktion lists every unit the
 * baseline has (and hides the invited units nobody answered in); and Aktion hides some rows, so
 * the rules did work.
 */
import type { Heatmap } from '../core/schemas/assessment.js';
import type { GroupedRow } from './assessment-grouping.js';

type BaselineBody = { rows: Array<GroupedRow & { values: Array<{ change?: number | null }> }> };

const near = (a: number | null | undefined, b: number | null | undefined, decimals: number): boolean =>
  a == null || b == null ? a == null && b == null : Math.abs(a - b) <= 0.5 * 10 ** -decimals + 1e-9;

export function checkHeatmap(
  a: { status: number; body: Heatmap },
  b: { status: number; body: BaselineBody },
  compare: boolean,
): { text: string; failed: boolean } {
  const problems: string[] = [];
  if (a.status !== 200) problems.push(`Aktion answered ${a.status}`);
  if (b.status !== 200) problems.push(`the baseline answered ${b.status}`);
  if (problems.length) return { text: `CHECK FAILED: ${problems.join('; ')}`, failed: true };
  const bare = new Map(b.body.rows.map((r) => [r.unit, r]));
  // Aktion lists every unit someone was invited in (a unit where nobody answered is hidden as
  // too_few, so a row's presence never says that someone answered); the baseline only units
  // with responses. So: every baseline unit is listed, and every extra one is hidden.
  const listed = new Set(a.body.rows.map((r) => r.key));
  const missing = [...bare.keys()].filter((u) => !listed.has(u));
  if (missing.length) problems.push(`Aktion leaves out ${missing.length} units the baseline has`);
  const shownExtra = a.body.rows.filter((r) => !bare.has(r.key) && r.released);
  if (shownExtra.length) problems.push(`Aktion shows ${shownExtra.length} units without responses`);
  let values = 0;
  let changes = 0;
  const reasons = { too_few: 0, would_reveal: 0 };
  for (const row of a.body.rows) {
    if (!row.released) {
      reasons[row.reason]++;
      continue;
    }
    const other = bare.get(row.key);
    if (!other) continue;
    if (row.count !== other.count) problems.push(`unit ${row.key}: count ${row.count} ≠ ${other.count}`);
    row.values.forEach((v, i) => {
      const o = other.values[i];
      if (!v.released || !o) return;
      values++;
      const same =
        near(v.mean, o.mean, 1) &&
        near(v.favourable, o.favourable, 3) &&
        near(v.neutral, o.neutral, 3) &&
        near(v.unfavourable, o.unfavourable, 3);
      if (!same) problems.push(`unit ${row.key} ${v.dimension}: values differ`);
      if (compare && v.change !== null) {
        changes++;
        if (!near(v.change, o.change, 1)) problems.push(`unit ${row.key} ${v.dimension}: change differs`);
      }
    });
  }
  const released = a.body.rows.length - reasons.too_few - reasons.would_reveal;
  if (reasons.too_few + reasons.would_reveal === 0) problems.push('Aktion hid no row');
  if (compare && changes === 0) problems.push('Aktion showed no change');
  const summary = `${a.body.rows.length} unit rows: ${released} released (${values} values${compare ? `, ${changes} changes` : ''} equal to the baseline's), ${reasons.too_few} too_few, ${reasons.would_reveal} would_reveal`;
  return problems.length
    ? { text: `CHECK FAILED: ${problems.slice(0, 5).join('; ')} (${summary})`, failed: true }
    : { text: `check passed: ${summary}`, failed: false };
}
