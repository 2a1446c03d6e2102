import { describe, expect, it } from 'vitest';
import { contentMatches } from './file-content.js';

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))));

describe('checking a file by its first bytes', () => {
  it('knows PDF, OOXML (zip), PNG and JPEG by their signatures', () => {
    expect(contentMatches('pdf', bytes('%PDF-1.7\n'))).toBe(true);
    expect(contentMatches('ooxml', bytes('PK\x03\x04', 0x14))).toBe(true);
    expect(contentMatches('png', bytes(0x89, 'PNG\r\n\x1a\n', 0))).toBe(true);
    expect(contentMatches('jpeg', bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
  });

  it('refuses contents of another kind, or too short to tell', () => {
    expect(contentMatches('pdf', bytes(0x89, 'PNG\r\n\x1a\n'))).toBe(false);
    expect(contentMatches('ooxml', bytes('%PDF-1.7'))).toBe(false);
    expect(contentMatches('png', bytes(0x89, 'PN'))).toBe(false);
    expect(contentMatches('jpeg', bytes('MZ', 0x90, 0))).toBe(false);
    expect(contentMatches('pdf', bytes())).toBe(false);
  });

  it('takes text only as UTF-8 without NUL bytes', () => {
    expect(contentMatches('text', Buffer.from('Læs kapitel 3 før mødet 🙂\r\n', 'utf8'))).toBe(true);
    expect(contentMatches('text', Buffer.from('\ufeff# Overskrift', 'utf8'))).toBe(true);
    expect(contentMatches('text', Buffer.from('Læs', 'latin1'))).toBe(false);
    expect(contentMatches('text', bytes('abc', 0, 'def'))).toBe(false);
    expect(contentMatches('text', bytes(0x89, 'PNG\r\n\x1a\n'))).toBe(false);
  });
});
