import { stringify } from 'csv-stringify/sync';

/**
 * CSV the way Danish Excel opens it without questions: UTF-8 with BOM, `;` between fields,
 * CRLF line ends. Numbers with decimals use a comma; dates are written dd-mm-åååå by the caller
 * (see danishDate).
 */
export function danishCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  const cells = rows.map((row) =>
    row.map((v) => (v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : defuse(v))),
  );
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
