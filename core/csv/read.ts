import { decodeText, ImportFileError, type TextEncoding } from './decode.js';
import { type CsvRecord, detectSeparator, parseCsv, type Separator } from './parse.js';

export interface CsvFile {
  encoding: TextEncoding;
  separator: Separator;
  /** The header's column names, trimmed; blank ones become `Kolonne N`, repeats get ` (2)`. */
  columns: string[];
  /** The records after the header, each with its line number in the file. */
  rows: CsvRecord[];
}

/** Reads an uploaded CSV file: encoding, separator, header and rows. Throws ImportFileError. */
export function readCsv(bytes: Uint8Array): CsvFile {
  const { text, encoding } = decodeText(bytes);
  const separator = detectSeparator(text);
  const [header, ...rows] = parseCsv(text, separator);
  if (!header) throw new ImportFileError('empty_file');
  const seen = new Map<string, number>();
  const columns = header.cells.map((raw, i) => {
    const name = raw.trim() || `Kolonne ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
  return { encoding, separator, columns, rows };
}
