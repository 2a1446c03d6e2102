import { expect, it } from 'vitest';
import { INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import type { HeatmapRow } from '../../../../core/schemas/assessment.js';
import {
  allAnswered,
  closedRound,
  fetchHeatmap,
  invitees,
  type Standing,
  valued,
} from '../../test/assessment-heatmap.js';
import { describeEachDialect } from '../../test/databases.js';
import { createField, createUnit, signedInUser } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';

/** Every dimension of a released row, checked against one expected value (the answers are alike). */
function expectValues(
  row: HeatmapRow | undefined,
  count: number,
  v: { mean: number; fav: number; neu: number; unf: number },
) {
  if (!row?.released) throw new Error(`expected a released row, got ${JSON.stringify(row)}`);
  expect(row.count).toBe(count);
  expect(row.values.map((x) => x.dimension)).toEqual(INSTRUMENT_V1.dimensions.map((d) => d.key));
  for (const value of row.values) {
    expect(value).toEqual({
      dimension: value.dimension,
      released: true,
      respondents: count,
      mean: v.mean,
      favourable: v.fav,
      neutral: v.neu,
      unfavourable: v.unf,
      change: null,
      changeSuppressed: null,
    });
  }
}

describeEachDialect('assessment heatmap: released numbers', (dialect) => {
  const get = useTestApp(dialect);

  /** Top unit T; under it Vestervang (7 chefs, field Ældre og sundhed) and Åparken (5 leaders, Dagtilbud). */
  async function tinyOrganisation(extra: Standing[] = []) {
    const admin = await signedInUser(get().app, get().ctx.db, ['observer']);
    const org = admin.organisationId;
    const db = get().ctx.db;
    const top = await createUnit(db, org, { name: 'Direktionen' });
    const a = await createUnit(db, org, { name: 'Vestervang', parentId: top.id });
    const b = await createUnit(db, org, { name: 'Åparken', parentId: top.id });
    const c = await createUnit(db, org, { name: 'Lillebo', parentId: top.id });
    const aeldre = await createField(db, org, 'Ældre og sundhed');
    const dagtilbud = await createField(db, org, 'Dagtilbud');
    const inA: Standing = { unitPath: [top.id, a.id], level: 'chef', fieldId: aeldre.id };
    const inB: Standing = { unitPath: [top.id, b.id], level: 'leder', fieldId: dagtilbud.id };
    const standings = [
      ...Array(7).fill(inA),
      ...Array(5).fill(inB),
      ...extra.map((e) => ({ ...e, unitPath: [top.id, c.id] })),
    ];
    const people = await invitees(db, org, standings);
    // Vestervang: four answer 5 (score 100), three answer 3 (50). Åparken: two answer 1 (0), three answer 4 (75).
    const values = [5, 5, 5, 5, 3, 3, 3, 1, 1, 4, 4, 4] as const;
    const round = await closedRound(db, org, {
      invited: people,
      responses: allAnswered(people, (_, i) => valued(values[i] ?? 3)),
    });
    return { admin, round, top, a, b, c, aeldre, dagtilbud };
  }

  it('computes means and shares of a tiny organisation as by hand, in tree order with names and depths', async () => {
    const t = await tinyOrganisation();
    // An ended unit keeps its name in the results of the rounds it was part of.
    await get()
      .ctx.db.kysely.updateTable('units')
      .set({ ended_at: new Date().toISOString() })
      .where('id', '=', t.b.id)
      .execute();
    const all = { mean: 64.6, fav: 0.583, neu: 0.25, unf: 0.167 }; // 775 / 12; 7, 3 and 2 of 12
    const vester = { mean: 78.6, fav: 0.571, neu: 0.429, unf: 0 }; // 550 / 7; 4 and 3 of 7
    const aparken = { mean: 45, fav: 0.6, neu: 0, unf: 0.4 }; // 225 / 5; 3 and 2 of 5

    const total = await fetchHeatmap(get().app, t.admin.session, t.round.id, { breakdown: 'total' });
    expect(total.round).toMatchObject({ id: t.round.id, name: t.round.name, k: 5 });
    expect(total.dimensions.map((d) => d.key)).toEqual(INSTRUMENT_V1.dimensions.map((d) => d.key));
    expect(total.rows.map((r) => [r.key, r.label, r.level, r.depth])).toEqual([['total', null, null, null]]);
    expectValues(total.rows[0], 12, all);

    const units = await fetchHeatmap(get().app, t.admin.session, t.round.id);
    expect(units.breakdown).toBe('unit');
    expect(units.rows.map((r) => [r.label, r.depth])).toEqual([
      ['Direktionen', 0],
      ['Vestervang', 1],
      ['Åparken', 1],
    ]);
    expectValues(units.rows[0], 12, all);
    expectValues(units.rows[1], 7, vester);
    expectValues(units.rows[2], 5, aparken);

    const levels = await fetchHeatmap(get().app, t.admin.session, t.round.id, { breakdown: 'level' });
    expect(levels.rows.map((r) => [r.key, r.label, r.level])).toEqual([
      ['chef', null, 'chef'],
      ['leder', null, 'leder'],
    ]);
    expectValues(levels.rows[0], 7, vester);

    const fields = await fetchHeatmap(get().app, t.admin.session, t.round.id, { breakdown: 'field' });
    expect(fields.rows.map((r) => [r.key, r.label])).toEqual([
      [t.dagtilbud.id, 'Dagtilbud'],
      [t.aeldre.id, 'Ældre og sundhed'],
    ]);
    expectValues(fields.rows[0], 5, aparken);

    const cross = await fetchHeatmap(get().app, t.admin.session, t.round.id, { breakdown: 'unitLevel' });
    expect(cross.rows.map((r) => [r.label, r.level, r.depth])).toEqual([
      ['Direktionen', 'chef', 0],
      ['Direktionen', 'leder', 0],
      ['Vestervang', 'chef', 1],
      ['Åparken', 'leder', 1],
    ]);
    expectValues(cross.rows[3], 5, aparken);
  });

  it('marks a unit under k as too_few and its smallest sibling as would_reveal, with no count or value', async () => {
    // Lillebo: two leaders. Direktionen (14) − Vestervang (7) − Åparken (5) would give Lillebo's 2.
    const t = await tinyOrganisation([
      { unitPath: [], level: 'leder', fieldId: null },
      { unitPath: [], level: 'leder', fieldId: null },
    ]);
    const units = await fetchHeatmap(get().app, t.admin.session, t.round.id);
    expect(units.rows.map((r) => [r.label, r.released ? r.count : r.reason])).toEqual([
      ['Direktionen', 14],
      ['Lillebo', 'too_few'],
      ['Vestervang', 7],
      ['Åparken', 'would_reveal'],
    ]);
    for (const row of units.rows.filter((r) => !r.released)) {
      expect(Object.keys(row).sort()).toEqual(['depth', 'key', 'label', 'level', 'reason', 'released']);
    }
    // Nothing the API gives lets the hidden ones be computed: the parent minus what is shown is 7.
    const shown = units.rows.flatMap((r) => (r.released && r.depth === 1 ? [r.count] : []));
    expect(14 - shown.reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(units)).not.toMatch(/"count":(2|5),/);
  });
});
