import {
  type MatrixDocument,
  RACI_LETTERS,
  type RaciLetter,
} from '../../../../core/schemas/responsibilities.js';
import type { AppContext } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import type { Table } from '../../lib/table.js';
import { xlsxSheets } from '../../lib/xlsx.js';
import { readableVersion } from './responsibilities.service.js';

/** The letters in plain Danish, for the workbook's second sheet (the same words as the page's legend). */
const LETTERS: Record<RaciLetter, { word: string; explain: string }> = {
  R: { word: 'Udfører', explain: 'Udfører opgaven. Hver opgave har mindst én R.' },
  A: {
    word: 'Ansvarlig',
    explain: 'Står til ansvar for opgaven og træffer beslutningen. Hver opgave har præcis én A.',
  },
  C: { word: 'Spørges til råds', explain: 'Bliver spurgt til råds, før der bliver besluttet eller handlet.' },
  I: { word: 'Orienteres', explain: 'Får besked bagefter, når der er besluttet eller handlet.' },
};

/** One row per task: its group, title, description, and each column's letter (empty: no role). */
export function matrixTable(document: MatrixDocument): Table {
  const groupNames = new Map(document.taskGroups.map((g) => [g.key, g.name]));
  return {
    header: ['Opgavegruppe', 'Opgave', 'Beskrivelse', ...document.actors.map((a) => a.name)],
    rows: document.tasks.map((task) => [
      groupNames.get(task.group) ?? '',
      task.title,
      task.description,
      ...document.actors.map((a) => (Object.hasOwn(task.cells, a.key) ? (task.cells[a.key] ?? null) : null)),
    ]),
  };
}

export const LEGEND_TABLE: Table = {
  header: ['Bogstav', 'Betyder', 'Forklaring'],
  rows: [
    ...RACI_LETTERS.map((l) => [l, LETTERS[l].word, LETTERS[l].explain]),
    ['(tomt)', 'Ingen rolle', 'Kolonnen har ingen rolle i opgaven.'],
  ],
};

/**
 * A version as an XLSX workbook: the matrix on the first sheet, what the letters mean on the
 * second. Published versions for everybody; drafts only for managers (404 for others).
 */
export async function matrixWorkbook(ctx: AppContext, actor: OrgActor, id: string) {
  const v = await readableVersion(ctx, actor, id);
  const draft = v.status === 'draft' ? 'udkast-' : '';
  return {
    fileName: `roller-og-ansvar-${draft}version-${v.version}.xlsx`,
    body: await xlsxSheets([
      { sheetName: 'Roller og ansvar', table: matrixTable(v.document) },
      { sheetName: 'Sådan læser du tabellen', table: LEGEND_TABLE },
    ]),
  };
}
