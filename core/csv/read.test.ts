import { describe, expect, it } from 'vitest';
import { decodeText, ImportFileError } from './decode.js';
import { detectSeparator, parseCsv } from './parse.js';
import { readCsv } from './read.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
/** Windows-1252 for the Latin-1 range (æøåÆØÅ are one byte each). */
const cp1252 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const utf16le = (s: string) => {
  const out = [0xff, 0xfe];
  for (const c of s) out.push(c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8);
  return new Uint8Array(out);
};
const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof ImportFileError ? { reason: e.reason, line: e.line } : String(e);
  }
  return null;
};

const danish = 'Navn;By\r\nSørens Ærø-Åge;Ålborg Øst\r\næøå;ÆØÅ\r\n';

describe('decodeText', () => {
  it('reads UTF-8 without and with BOM, and Windows-1252, keeping æøåÆØÅ', () => {
    expect(decodeText(utf8(danish))).toEqual({ text: danish, encoding: 'utf-8' });
    expect(decodeText(bom(danish))).toEqual({ text: danish, encoding: 'utf-8-bom' });
    expect(decodeText(cp1252(danish))).toEqual({ text: danish, encoding: 'windows-1252' });
  });

  it('reads Windows-1252 characters outside Latin-1 (€, curly quotes)', () => {
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x93, 0x61, 0x94])).text).toBe('€ “a”');
  });

  it('refuses an empty file, UTF-16 and binary data', () => {
    expect(reason(() => decodeText(new Uint8Array()))).toEqual({ reason: 'empty_file', line: null });
    expect(reason(() => decodeText(utf8(' \r\n\r\n')))).toMatchObject({ reason: 'empty_file' });
    expect(reason(() => decodeText(utf16le(danish)))).toMatchObject({ reason: 'unknown_encoding' });
    const noBom = utf16le(danish).slice(2);
    expect(reason(() => decodeText(noBom))).toMatchObject({ reason: 'unknown_encoding' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01, 0x02]);
    expect(reason(() => decodeText(png))).toMatchObject({ reason: 'unknown_encoding' });
  });
});

describe('detectSeparator', () => {
  it('finds ; , and tab in the header, ignoring quoted ones', () => {
    expect(detectSeparator('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectSeparator('a,b,c\n')).toBe(',');
    expect(detectSeparator('"a;b",c\n')).toBe(',');
    expect(detectSeparator('a\tb\n')).toBe('\t');
    expect(detectSeparator('enkelt\n')).toBe(';');
  });
});

describe('parseCsv', () => {
  it('parses ; and , files with CRLF and LF line ends', () => {
    const expected = [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ];
    expect(parseCsv('a;b\r\n1;2\r\n', ';')).toEqual(expected);
    expect(parseCsv('a,b\n1,2', ',')).toEqual(expected);
    expect(parseCsv('a;b\r1;2\r', ';')).toEqual(expected);
  });

  it('keeps separators, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'Navn;Note\r\n"Hansen; Jens";"Sagde ""hej"""\r\n"To\r\nlinjer";x\r\nsidst;"a,b"\r\n';
    expect(parseCsv(text, ';')).toEqual([
      { line: 1, cells: ['Navn', 'Note'] },
      { line: 2, cells: ['Hansen; Jens', 'Sagde "hej"'] },
      { line: 3, cells: ['To\r\nlinjer', 'x'] },
      { line: 5, cells: ['sidst', 'a,b'] },
    ]);
  });

  it('keeps a quote inside an unquoted field, skips blank records and keeps empty cells', () => {
    expect(parseCsv('5" skærm;;x\n;;\n\nb;c;', ';')).toEqual([
      { line: 1, cells: ['5" skærm', '', 'x'] },
      { line: 4, cells: ['b', 'c', ''] },
    ]);
  });

  it('reports an unclosed quote with its line', () => {
    expect(reason(() => parseCsv('a;b\n1;"åben\n2;3\n', ';'))).toEqual({ reason: 'unclosed_quote', line: 2 });
  });
});

describe('readCsv', () => {
  it('gives encoding, separator, columns and numbered rows', () => {
    const file = readCsv(cp1252('Medarbejder-id;Navn;;Navn\r\n1;Søren;x;y\r\n'));
    expect(file).toEqual({
      encoding: 'windows-1252',
      separator: ';',
      columns: ['Medarbejder-id', 'Navn', 'Kolonne 3', 'Navn (2)'],
      rows: [{ line: 2, cells: ['1', 'Søren', 'x', 'y'] }],
    });
  });

  it('reads a BOM file with commas', () => {
    const file = readCsv(bom('Enheds-id,Navn\n"A1","Ældreplejen, Nord"\n'));
    expect(file.encoding).toBe('utf-8-bom');
    expect(file.separator).toBe(',');
    expect(file.columns).toEqual(['Enheds-id', 'Navn']);
    expect(file.rows[0]?.cells).toEqual(['A1', 'Ældreplejen, Nord']);
  });
});
