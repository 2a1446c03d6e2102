import { type CsvKind, TEMPLATE_COLUMNS } from '../../../../core/csv/templates.js';
import type { ImportKind } from '../../../../core/schemas/imports.js';
import unitsExample from '../../../../docs/import/enheder-eksempel.csv?raw';
import os2moExample from '../../../../docs/import/os2mo-eksempel.json?raw';
import peopleExample from '../../../../docs/import/personer-eksempel.csv?raw';

const BOM = '\uFEFF';

export interface Download {
  href: string;
  fileName: string;
}

/** Excel's "CSV UTF-8": a BOM, so Excel reads æøå right. */
function csvHref(text: string): string {
  const withBom = text.startsWith(BOM) ? text : `${BOM}${text}`;
  return `data:text/csv;charset=utf-8,${encodeURIComponent(withBom)}`;
}

const FILE_WORD: Record<CsvKind, string> = { units: 'enheder', people: 'personer' };

/** The empty template: the header line of core/csv/templates.ts, `;`-separated, CRLF. */
export function templateDownload(kind: CsvKind): Download {
  const header = Object.values(TEMPLATE_COLUMNS[kind]).join(';');
  return { href: csvHref(`${header}\r\n`), fileName: `${FILE_WORD[kind]}-skabelon.csv` };
}

/** The examples of docs/import/, bundled with the app. */
export function exampleDownload(kind: ImportKind): Download {
  if (kind === 'os2mo') {
    return {
      href: `data:application/json;charset=utf-8,${encodeURIComponent(os2moExample)}`,
      fileName: 'os2mo-eksempel.json',
    };
  }
  const text = kind === 'units' ? unitsExample : peopleExample;
  return { href: csvHref(text), fileName: `${FILE_WORD[kind]}-eksempel.csv` };
}
