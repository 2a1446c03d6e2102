import { ImportFileError } from './decode.js';

export type Separator = ';' | ',' | '\t';

/** One record of the file and the line it starts on (1-based, counting physical lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * The separator of the first record: whichever of `;`, `,` and tab occurs most often outside
 * quotes. Danish Excel writes `;`, so a tie (or a one-column file) counts as `;`.
 */
export function detectSeparator(text: string): Separator {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts[','] > counts[';'] && counts[','] >= counts['\t']) return ',';
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return ';';
}

/**
 * Parses CSV with Excel's quoting rules: a field in double quotes may hold the separator and line
 * breaks, and `""` inside it is one quote. A quote inside an unquoted field is kept as it is.
 * Accepts CRLF, LF and CR line ends. Records whose cells are all blank are skipped.
 */
export function parseCsv(text: string, separator: Separator): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let fieldStart = true;

  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    fieldStart = true;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      quoteLine = line;
      fieldStart = false;
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
      fieldStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
      fieldStart = false;
    }
  }
  if (quoted) throw new ImportFileError('unclosed_quote', quoteLine);
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
