import { expect, it } from 'vitest';
import type { Answers } from '../../../../core/assessment/scoring.js';
import type { Heatmap } from '../../../../core/schemas/assessment.js';
import type { Placement } from '../../test/assessment.js';
import { allAnswered, closedRound, fetchHeatmap, invitees, valued } from '../../test/assessment-heatmap.js';
import { describeEachDialect } from '../../test/databases.js';
import { createUnit, signedInUser } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';

/** Per row label: the change of every dimension if all agree, else the reason they are hidden. */
function changes(heatmap: Heatmap): Array<[string | null, number | string | null]> {
  return heatmap.rows.map((row) => {
    if (!row.released) return [row.label, `row ${row.reason}`];
    const seen = new Set(row.values.map((v) => (v.released ? (v.change ?? v.changeSuppressed) : v.reason)));
    if (seen.size !== 1) throw new Error(`dimensions differ: ${[...seen]}`);
    return [row.label, [...seen][0] ?? null];
  });
}

describeEachDialect('assessment heatmap: change between rounds', (dialect) => {
  const get = useTestApp(dialect);

  /** Direktionen → Vestervang (7 leaders) and Åparken (5), and a baseline where everyone scores 50. */
  async function baseline() {
    const db = get().ctx.db;
    const observer = await signedInUser(get().app, db, ['observer']);
    const org = observer.organisationId;
    const top = await createUnit(db, org, { name: 'Direktionen' });
    const a = await createUnit(db, org, { name: 'Vestervang', parentId: top.id });
    const b = await createUnit(db, org, { name: 'Åparken', parentId: top.id });
    const inA = { unitPath: [top.id, a.id], level: 'leder' as const, fieldId: null };
    const inB = { unitPath: [top.id, b.id], level: 'leder' as const, fieldId: null };
    const people = await invitees(db, org, [...Array(7).fill(inA), ...Array(5).fill(inB)]);
    const first = await closedRound(db, org, {
      name: 'Start',
      invited: people,
      responses: allAnswered(people, () => valued(3)),
    });
    /** A later round: Vestervang's people (and any newcomers) score 75, Åparken's 25. */
    const later = async (invited: Placement[], filters: Array<{ key: string; label: string }> = []) => {
      const answers = (p: Placement): Answers => valued(p.unitPath[1] === a.id ? 4 : 2);
      return closedRound(db, org, {
        name: 'Opfølgning',
        invited: invited.map((p) => ({ ...p, filterKeys: filters.map((f) => f.key) })),
        responses: allAnswered(invited, answers).map((r) => ({
          ...r,
          filterKeys: filters.map((f) => f.key),
        })),
        filters,
      });
    };
    const newcomers = (n: number) => invitees(db, org, Array(n).fill(inA));
    return { observer, first, later, people, newcomers };
  }

  it('shows the change of each group when the same people were invited to both rounds', async () => {
    const t = await baseline();
    const second = await t.later(t.people);
    const heatmap = await fetchHeatmap(get().app, t.observer.session, second.id, { compare: t.first.id });
    expect(heatmap.compare).toEqual({ id: t.first.id, name: 'Start' });
    // (7 · 75 + 5 · 25) / 12 − 50 = 4.17
    expect(changes(heatmap)).toEqual([
      ['Direktionen', 4.2],
      ['Vestervang', 25],
      ['Åparken', -25],
    ]);
    const back = await fetchHeatmap(get().app, t.observer.session, t.first.id, {
      compare: second.id,
      breakdown: 'total',
    });
    expect(changes(back)).toEqual([[null, -4.2]]);
    const plain = await fetchHeatmap(get().app, t.observer.session, second.id);
    expect(plain.compare).toBeNull();
    expect(changes(plain).every(([, c]) => c === null)).toBe(true);
  });

  it('hides change (membership_changed) where 1 … k − 1 people joined, and shows it where k joined', async () => {
    const t = await baseline();
    const two = await t.later([...t.people, ...(await t.newcomers(2))]);
    expect(
      changes(await fetchHeatmap(get().app, t.observer.session, two.id, { compare: t.first.id })),
    ).toEqual([
      ['Direktionen', 'membership_changed'],
      ['Vestervang', 'membership_changed'],
      ['Åparken', -25],
    ]);
    const levels = await fetchHeatmap(get().app, t.observer.session, two.id, {
      compare: t.first.id,
      breakdown: 'level',
    });
    expect(changes(levels)).toEqual([[null, 'membership_changed']]);

    // One of Vestervang's was not invited again: those who left count as those who joined do.
    const left = await t.later(t.people.slice(1));
    const leftMap = await fetchHeatmap(get().app, t.observer.session, left.id, { compare: t.first.id });
    expect(changes(leftMap).map(([, c]) => c)).toEqual(['membership_changed', 'membership_changed', -25]);

    const five = await t.later([...t.people, ...(await t.newcomers(5))]);
    // Vestervang: (7 · 75 + 5 · 75) / 12 = 75 → +25; Direktionen: (12 · 75 + 5 · 25) / 17 − 50 = 10.29
    expect(
      changes(await fetchHeatmap(get().app, t.observer.session, five.id, { compare: t.first.id })),
    ).toEqual([
      ['Direktionen', 10.3],
      ['Vestervang', 25],
      ['Åparken', -25],
    ]);
  });

  it('hides change within a filter the compared round does not have (too_few)', async () => {
    const t = await baseline();
    const second = await t.later(t.people, [{ key: 'cohort:hold-1', label: 'Hold 1' }]);
    const heatmap = await fetchHeatmap(get().app, t.observer.session, second.id, {
      compare: t.first.id,
      filter: 'cohort:hold-1',
    });
    expect(heatmap.filter).toBe('cohort:hold-1');
    expect(heatmap.filters).toEqual([{ key: 'cohort:hold-1', label: 'Hold 1' }]);
    expect(changes(heatmap).map(([, c]) => c)).toEqual(['too_few', 'too_few', 'too_few']);
  });
});
