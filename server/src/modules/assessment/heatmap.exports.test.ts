import { expect, it } from 'vitest';
import { INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import type { Heatmap } from '../../../../core/schemas/assessment.js';
import { roundsDa } from '../../../../web/src/i18n/rounds.da.js';
import { XLSX_CONTENT_TYPE } from '../../lib/xlsx.js';
import { allAnswered, closedRound, fetchHeatmap, invitees, valued } from '../../test/assessment-heatmap.js';
import { describeEachDialect } from '../../test/databases.js';
import { createUnit, signedInUser } from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';
import { firstSheet, rowValues } from '../../test/xlsx.js';
import { changeMarker, hiddenMarker } from './heatmap.columns.js';

const TOO_FEW = 'Skjult: færre end 5 svar';
const WOULD_REVEAL = 'Skjult, så en mindre gruppe ikke kan regnes ud';
const CHANGED =
  'Ændring skjult: nogle få personer er kommet til eller gået fra gruppen, og ændringen kunne afsløre deres svar';

it('writes the same words for a hidden number as the results page does', () => {
  const page = (text: string, k: number) => text.replace('{{k}}', String(k));
  const { hiddenText, changeHiddenText } = roundsDa.rounds;
  for (const k of [3, 5, 12]) {
    for (const reason of ['too_few', 'would_reveal'] as const)
      expect(hiddenMarker(reason, k), reason).toBe(page(hiddenText[reason], k));
    for (const reason of ['too_few', 'would_reveal', 'membership_changed'] as const)
      expect(changeMarker(reason, k), reason).toBe(page(changeHiddenText[reason], k));
  }
  expect(hiddenMarker('too_few', 5)).toBe(TOO_FEW);
  expect(hiddenMarker('would_reveal', 5)).toBe(WOULD_REVEAL);
  expect(changeMarker('membership_changed', 5)).toBe(CHANGED);
});
const DIMENSIONS = INSTRUMENT_V1.dimensions.length;

describeEachDialect('assessment heatmap: CSV and XLSX', (dialect) => {
  const get = useTestApp(dialect);

  /** Direktionen → Lillebo (2 leaders), Vestervang (7 chefs), Åparken (5 leaders): one hidden, one withheld. */
  async function organisation() {
    const db = get().ctx.db;
    const admin = await signedInUser(get().app, db, ['admin']);
    const org = admin.organisationId;
    const top = await createUnit(db, org, { name: 'Direktionen' });
    const unit = async (name: string) => (await createUnit(db, org, { name, parentId: top.id })).id;
    const [l, v, a] = [await unit('Lillebo'), await unit('Vestervang'), await unit('Åparken')];
    const at = (id: string, level: 'chef' | 'leder') => ({ unitPath: [top.id, id], level, fieldId: null });
    const people = await invitees(db, org, [
      ...Array(2).fill(at(l, 'leder')),
      ...Array(7).fill(at(v, 'chef')),
      ...Array(5).fill(at(a, 'leder')),
    ]);
    // Lillebo 50; Vestervang 100 ×4 and 50 ×3; Åparken 0 ×2 and 75 ×3.
    const values = [3, 3, 5, 5, 5, 5, 3, 3, 3, 1, 1, 4, 4, 4] as const;
    const round = await closedRound(db, org, {
      name: 'Baseline 2027 (Ældre)',
      invited: people,
      responses: allAnswered(people, (_, i) => valued(values[i] ?? 3)),
    });
    return { admin, db, org, round, people, newcomer: at(v, 'chef') };
  }

  const download = async (session: Parameters<typeof send>[1], url: string) => {
    const res = await send(get().app, session, { method: 'GET', url });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res;
  };
  const csvRows = (body: string) =>
    body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n')
      .map((line) => {
        expect(line).not.toContain('"');
        return line.split(';');
      });
  const csvNumber = (n: number) => String(n).replace('.', ',');

  /** The file's rows hold exactly the heatmap's released numbers, and markers where it hides them. */
  function expectSameAsHeatmap(
    heatmap: Heatmap,
    rows: Array<Array<unknown>>,
    asCell: (n: number) => unknown,
  ) {
    expect(rows).toHaveLength(heatmap.rows.length);
    heatmap.rows.forEach((row, i) => {
      const cells = rows[i] as unknown[];
      expect(cells).toHaveLength(2 + 4 * DIMENSIONS);
      if (!row.released) {
        const marker = row.reason === 'too_few' ? TOO_FEW : WOULD_REVEAL;
        expect(cells.slice(1)).toEqual(Array(1 + 4 * DIMENSIONS).fill(marker));
        return;
      }
      expect(cells[1]).toEqual(asCell(row.count));
      row.values.forEach((v, d) => {
        if (!v.released) throw new Error('every dimension is released here');
        const shares = [v.favourable, v.neutral, v.unfavourable].map((s) =>
          asCell(Math.round(s * 1000) / 10),
        );
        expect(cells.slice(2 + 4 * d, 6 + 4 * d)).toEqual([asCell(v.mean as number), ...shares]);
      });
    });
  }

  it('writes the released numbers and the markers, the same in CSV (Danish Excel) and XLSX (numbers as numbers)', async () => {
    const t = await organisation();
    const base = `/api/assessment/rounds/${t.round.id}/heatmap`;
    const heatmap = await fetchHeatmap(get().app, t.admin.session, t.round.id);
    expect(heatmap.rows.map((r) => (r.released ? r.count : r.reason))).toEqual([
      14,
      'too_few',
      7,
      'would_reveal',
    ]);

    const csv = await download(t.admin.session, `${base}.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="resultater-baseline-2027-aeldre-enheder.csv"',
    );
    expect(csv.body.startsWith('\ufeff')).toBe(true);
    const [header, ...lines] = csvRows(csv.body);
    expect(header?.slice(0, 6)).toEqual([
      'Enhed',
      'Svar',
      'Automatisering: gennemsnit (0-100)',
      'Automatisering: positive svar (%)',
      'Automatisering: neutrale svar (%)',
      'Automatisering: negative svar (%)',
    ]);
    expect(lines.map((l) => l[0])).toEqual(['Direktionen', 'Lillebo', 'Vestervang', 'Åparken']);
    // Vestervang by hand: 550 / 7 = 78,6; 4 of 7 answers favourable, 3 neutral.
    expect(lines[2]?.slice(1, 6)).toEqual(['7', '78,6', '57,1', '42,9', '0']);
    expectSameAsHeatmap(heatmap, lines, csvNumber);
    expect(csv.body).not.toMatch(/;(2|5);/);

    const xlsx = await download(t.admin.session, `${base}.xlsx`);
    expect(xlsx.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(xlsx.headers['content-disposition']).toContain('resultater-baseline-2027-aeldre-enheder.xlsx');
    const sheet = await firstSheet(xlsx.rawPayload);
    expect(rowValues(sheet, 1)).toEqual(header);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => rowValues(sheet, i + 2));
    expect(rows[2]?.slice(1, 6)).toEqual([7, 78.6, 57.1, 42.9, 0]);
    expectSameAsHeatmap(heatmap, rows, (n) => n);
  });

  it('adds the change since the compared round, or why it is hidden, under the same rules', async () => {
    const t = await organisation();
    const [newcomer] = await invitees(t.db, t.org, [t.newcomer]);
    const invited = [...t.people, ...(newcomer ? [newcomer] : [])];
    const later = await closedRound(t.db, t.org, {
      name: 'Opfølgning',
      invited,
      responses: allAnswered(invited, () => valued(4)),
    });
    const query = `?breakdown=level&compare=${t.round.id}`;
    const heatmap = await fetchHeatmap(get().app, t.admin.session, later.id, {
      breakdown: 'level',
      compare: t.round.id,
    });
    // chef: one joined → hidden; leder: the same 7 people, 75 − 325 / 7 = 28,6.
    const change = 'Automatisering: ændring siden Baseline 2027 (Ældre)';
    const csv = csvRows(
      (await download(t.admin.session, `/api/assessment/rounds/${later.id}/heatmap.csv${query}`)).body,
    );
    const at = csv[0]?.indexOf(change) ?? -1;
    expect(at).toBe(6);
    expect(csv.slice(1).map((l) => [l[0], l[at]])).toEqual([
      ['Chef', CHANGED],
      ['Leder', '28,6'],
    ]);
    const value = heatmap.rows[1]?.released ? heatmap.rows[1].values[0] : undefined;
    expect(value?.released && value.change).toBe(28.6);

    const sheet = await firstSheet(
      (await download(t.admin.session, `/api/assessment/rounds/${later.id}/heatmap.xlsx${query}`)).rawPayload,
    );
    expect(rowValues(sheet, 1)[at]).toBe(change);
    expect([rowValues(sheet, 2)[at], rowValues(sheet, 3)[at]]).toEqual([CHANGED, 28.6]);
  });
});
