import { stringify } from 'csv-stringify/sync';

/**
 * CSV the way Danish Excel opens it without questions: UTF-8 with BOM, `;` between fields,
 * CRLF line ends. Numbers with decimals use a comma; dates are written dd-mm-åååå by the caller
 * (see danishDate).
 */
/** A cell Excel must keep as text, such as an EAN number (else it shows 5,79801E+12). */
export interface TextCell {
  text: string;
}
export const asText = (text: string | null): TextCell | null => (text === null ? null : { text });

function cell(v: string | number | TextCell | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v).replace('.', ',');
  // ="…" makes Excel keep the value as text; only for plain values, never for formula-like text.
  if (typeof v === 'object') return /^[\w .\-/]*$/.test(v.text) ? `="${v.text}"` : defuse(v.text);
  return defuse(v);
}

export function danishCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | TextCell | null>>,
): string {
  const cells = rows.map((row) => row.map(cell));
  return `\ufeff${stringify([header as string[], ...cells], { delimiter: ';', record_delimiter: '\r\n' })}`;
}

/** An ISO timestamp as a Danish date (dd-mm-åååå) in Europe/Copenhagen. */
export function danishDate(iso: string | null): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}-${get('month')}-${get('year')}`;
}

/**
 * Excel runs a cell that starts with = + - @ (or a tab or carriage return) as a formula. A name
 * typed as "=HYPERLINK(…)" must stay text, so such cells get a leading apostrophe.
 */
export function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
