import type { FileFamily } from '../../../../core/files.js';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The first bytes each kind of file begins with. OOXML (docx, xlsx, pptx) is a zip archive. */
const SIGNATURES: Record<Exclude<FileFamily, 'text'>, readonly number[]> = {
  pdf: ascii('%PDF-'),
  ooxml: ascii('PK\x03\x04'),
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
};

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a file's contents are what its declared type says: the declared type alone is the
 * sender's word, and a browser opens a download by what it finds inside.
 */
export function contentMatches(family: FileFamily, bytes: Uint8Array): boolean {
  return family === 'text' ? isUtf8Text(bytes) : startsWith(bytes, SIGNATURES[family]);
}
