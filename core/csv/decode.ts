/** Why a file could not be read at all (before any line is looked at). */
export type FileProblem = 'empty_file' | 'unknown_encoding' | 'unclosed_quote' | 'invalid_json';

/** A file that cannot be read; `line` says where, when it is known. */
export class ImportFileError extends Error {
  constructor(
    readonly reason: FileProblem,
    readonly line: number | null = null,
  ) {
    super(reason);
    this.name = 'ImportFileError';
  }
}

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

// Control characters other than tab and line ends (and the C1 range, which Windows-1252 text never
// contains after decoding except for its five unassigned bytes): a sign of a binary file.
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/**
 * Reads a file as Danish Excel writes it: UTF-8 with or without BOM, else Windows-1252.
 * A file that is valid UTF-8 is read as UTF-8; anything else as Windows-1252. UTF-16 (a BOM or
 * NUL bytes) and binary files are refused with `unknown_encoding`; an empty one with `empty_file`.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes.length === 0) throw new ImportFileError('empty_file');
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
    throw new ImportFileError('unknown_encoding');
  if (bytes.includes(0)) throw new ImportFileError('unknown_encoding');
  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let encoding: TextEncoding;
  try {
    // ignoreBOM: false strips a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    encoding = bom ? 'utf-8-bom' : 'utf-8';
  } catch {
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
  }
  if (looksBinary(text)) throw new ImportFileError('unknown_encoding');
  if (text.trim() === '') throw new ImportFileError('empty_file');
  return { text, encoding };
}

// 0x80–0x9F of Windows-1252 (0 = unassigned). Written out because Node's TextDecoder treats
// 'windows-1252' as ISO-8859-1 and would turn € and curly quotes into control characters.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/** Windows-1252 to text; unassigned bytes become C1 controls, which the caller refuses as binary. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b,
    );
    out += String.fromCharCode(...chunk);
  }
  return out;
}
