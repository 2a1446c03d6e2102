/**
 * A row's presence must not tell whether anybody in the group answered: the rows are the groups of
 * the round's invitations, and a group nobody answered in is hidden (`too_few`) exactly like a
 * group where one person did. Two rounds with the same invitations — the lone chef answers in one,
 * not in the other — give the same rows in every breakdown and filter, and the same export lines.
 */
import { expect, it } from 'vitest';
import { BREAKDOWNS } from '../../../../core/assessment/cells.js';
import type { Heatmap, HeatmapRow } from '../../../../core/schemas/assessment.js';
import { allAnswered, closedRound, fetchHeatmap, invitees, valued } from '../../test/assessment-heatmap.js';
import { describeEachDialect } from '../../test/databases.js';
import { createField, createUnit, signedInUser } from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';
import { firstSheet } from '../../test/xlsx.js';
import { hiddenMarker } from './heatmap.columns.js';

const FILTERS = [{ key: 'cohort:a', label: 'Hold A' }];
const identity = (r: HeatmapRow) => [r.key, r.label, r.level, r.depth];

describeEachDialect('assessment heatmap: rows from the invitations', (dialect) => {
  const get = useTestApp(dialect);

  /**
   * Direktionen → Vestervang (6 leaders, Dagtilbud) and Lillebo (1 chef, Ældre og sundhed), all
   * in the filter. Round `answered`: everyone answered; round `silent`: all but the chef.
   */
  async function twoRounds() {
    const db = get().ctx.db;
    const observer = await signedInUser(get().app, db, ['observer']);
    const org = observer.organisationId;
    const top = await createUnit(db, org, { name: 'Direktionen' });
    const vester = await createUnit(db, org, { name: 'Vestervang', parentId: top.id });
    const lillebo = await createUnit(db, org, { name: 'Lillebo', parentId: top.id });
    const dagtilbud = await createField(db, org, 'Dagtilbud');
    const aeldre = await createField(db, org, 'Ældre og sundhed');
    const filterKeys = ['cohort:a'];
    const leaders = await invitees(
      db,
      org,
      Array(6).fill({ unitPath: [top.id, vester.id], level: 'leder', fieldId: dagtilbud.id, filterKeys }),
    );
    const [chef] = await invitees(db, org, [
      { unitPath: [top.id, lillebo.id], level: 'chef', fieldId: aeldre.id, filterKeys },
    ]);
    if (!chef) throw new Error('no chef');
    const invited = [...leaders, chef];
    const answered = await closedRound(db, org, {
      name: 'Alle svarede',
      filters: FILTERS,
      invited,
      responses: allAnswered(invited, () => valued(4)),
    });
    const silent = await closedRound(db, org, {
      name: 'Chefen svarede ikke',
      filters: FILTERS,
      invited,
      responses: allAnswered(leaders, () => valued(4)),
    });
    // The chef's groups: the only ones whose rows depend on the chef alone.
    const lone = new Set([
      lillebo.id,
      JSON.stringify([lillebo.id, 'chef']),
      JSON.stringify([top.id, 'chef']),
      'chef',
      aeldre.id,
    ]);
    return { observer, answered, silent, lone, lillebo };
  }

  it('lists a group nobody answered in as too_few, the same rows as when its one person answered', async () => {
    const t = await twoRounds();
    const lonePerBreakdown: Record<string, number> = {};
    for (const filter of [null, 'cohort:a']) {
      for (const breakdown of BREAKDOWNS) {
        const query = { breakdown, ...(filter ? { filter } : {}) };
        const seen: Heatmap[] = [];
        for (const round of [t.answered, t.silent])
          seen.push(await fetchHeatmap(get().app, t.observer.session, round.id, query));
        const [answered, silent] = seen as [Heatmap, Heatmap];
        const where = `${filter} ${breakdown}`;
        expect(silent.rows.map(identity), where).toEqual(answered.rows.map(identity));
        const loneRows = silent.rows.filter((r) => t.lone.has(r.key));
        for (const row of loneRows) {
          expect(row, where).toEqual({ ...row, released: false, reason: 'too_few' });
          expect(row).not.toHaveProperty('count');
          expect(
            answered.rows.find((r) => r.key === row.key),
            where,
          ).toEqual(row);
        }
        lonePerBreakdown[where] = loneRows.length;
      }
    }
    // The chef's unit, level and field, and both chef × unit rows, in the round and in the filter.
    for (const filter of ['null', 'cohort:a']) {
      expect([
        lonePerBreakdown[`${filter} total`],
        lonePerBreakdown[`${filter} unit`],
        lonePerBreakdown[`${filter} level`],
        lonePerBreakdown[`${filter} field`],
        lonePerBreakdown[`${filter} unitLevel`],
      ]).toEqual([0, 1, 1, 1, 2]);
    }
    // Lillebo's depth and place in the tree come from the invitations, not from who answered.
    const units = await fetchHeatmap(get().app, t.observer.session, t.silent.id, { breakdown: 'unit' });
    expect(units.rows.map((r) => [r.label, r.depth])).toEqual([
      ['Direktionen', 0],
      ['Lillebo', 1],
      ['Vestervang', 1],
    ]);
  });

  it('writes the same lines in CSV and XLSX for the group whether or not its one person answered', async () => {
    const t = await twoRounds();
    const download = async (id: string, ext: 'csv' | 'xlsx') => {
      const res = await send(get().app, t.observer.session, {
        method: 'GET',
        url: `/api/assessment/rounds/${id}/heatmap.${ext}?breakdown=unitLevel`,
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      return res;
    };
    const lines = async (id: string) =>
      (await download(id, 'csv')).body
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n')
        .map((l) => l.split(';'));
    const [answered, silent] = [await lines(t.answered.id), await lines(t.silent.id)];
    expect(silent.map((l) => l.slice(0, 2))).toEqual(answered.map((l) => l.slice(0, 2)));
    const lillebo = silent.find((l) => l[0] === 'Lillebo');
    expect(lillebo?.[1]).toBe('Chef');
    expect(new Set(lillebo?.slice(2))).toEqual(new Set([hiddenMarker('too_few', 5)]));
    expect(answered.find((l) => l[0] === 'Lillebo')).toEqual(lillebo);
    for (const id of [t.answered.id, t.silent.id]) {
      const sheet = await firstSheet((await download(id, 'xlsx')).rawPayload);
      expect(sheet.rowCount).toBe(answered.length);
    }
  });
});
