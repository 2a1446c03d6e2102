import { describe, expect, it } from 'vitest';
import {
  ALLOWED_FILE_TYPES,
  type AllowedFileType,
  allowedFileType,
  contentTypeOfFile,
  FILE_ACCEPT,
  FileLimits,
  fileNameForType,
  sanitiseFileName,
} from './files.js';

const typeOf = (contentType: string): AllowedFileType => {
  const type = ALLOWED_FILE_TYPES.find((t) => t.contentType === contentType);
  if (!type) throw new Error(contentType);
  return type;
};

describe('file names', () => {
  it('keeps only the last part of a path, without control or direction characters', () => {
    expect(sanitiseFileName('C:\\Users\\mette\\Læseliste.pdf')).toBe('Læseliste.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('Plan\u0000\u0007\r\n for mødet.docx')).toBe('Plan for mødet.docx');
    expect(sanitiseFileName('rapport\u202efdp.exe')).toBe('rapportfdp.exe');
    expect(sanitiseFileName('  .skjult.txt ')).toBe('skjult.txt');
  });

  it('cuts a long name but keeps its extension, and never splits a character', () => {
    const cut = sanitiseFileName(`${'ø'.repeat(300)}.pptx`);
    expect(Array.from(cut)).toHaveLength(FileLimits.nameMax);
    expect(cut.endsWith('ø.pptx')).toBe(true);
    const emoji = sanitiseFileName('🙂'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(FileLimits.nameMax);
    expect(emoji).toBe('🙂'.repeat(FileLimits.nameMax));
  });

  it('names a file "fil" when nothing is left', () => {
    expect(sanitiseFileName('')).toBe('fil');
    expect(sanitiseFileName('/\u0001/')).toBe('fil');
  });
});

describe('file names by type', () => {
  const text = typeOf('text/plain');
  const jpeg = typeOf('image/jpeg');
  const docx = typeOf('application/vnd.openxmlformats-officedocument.wordprocessingml.document');

  it('keeps an extension of the type, whatever its case', () => {
    expect(fileNameForType('noter.txt', text)).toBe('noter.txt');
    expect(fileNameForType('Foto.JPEG', jpeg)).toBe('Foto.JPEG');
    expect(fileNameForType('foto.jpg', jpeg)).toBe('foto.jpg');
    expect(fileNameForType('evil.html.txt', text)).toBe('evil.html.txt');
  });

  it('replaces any other extension with the type’s first', () => {
    expect(fileNameForType('evil.html', text)).toBe('evil.txt');
    expect(fileNameForType('værktøj.jar', docx)).toBe('værktøj.docx');
    expect(fileNameForType('regneark.xlsx', docx)).toBe('regneark.docx');
    expect(fileNameForType('billede.png', jpeg)).toBe('billede.jpg');
    expect(fileNameForType('noter.md', text)).toBe('noter.txt');
  });

  it('adds the type’s extension when the name has none', () => {
    expect(fileNameForType('Læseplan', text)).toBe('Læseplan.txt');
    expect(fileNameForType('Referat v1.2', text)).toBe('Referat v1.2.txt');
    expect(fileNameForType('', jpeg)).toBe('fil.jpg');
    expect(fileNameForType('../x/', docx)).toBe('fil.docx');
  });

  it('cleans the name and keeps it within the limit with the new extension', () => {
    expect(fileNameForType('C:\\tmp\\rapport\u202efdp.exe', text)).toBe('rapportfdp.txt');
    const long = fileNameForType(`${'ø'.repeat(FileLimits.nameMax)}`, docx);
    expect(Array.from(long)).toHaveLength(FileLimits.nameMax);
    expect(long.endsWith('ø.docx')).toBe(true);
    const swapped = fileNameForType(`${'a'.repeat(FileLimits.nameMax - 3)}.md`, docx);
    expect(swapped).toHaveLength(FileLimits.nameMax);
    expect(swapped.endsWith('a.docx')).toBe(true);
  });
});

describe('file types', () => {
  it('knows an allowed type whatever its case and parameters', () => {
    expect(allowedFileType('Application/PDF')?.family).toBe('pdf');
    expect(allowedFileType('text/plain; charset=UTF-8')?.contentType).toBe('text/plain');
    expect(allowedFileType('application/zip')).toBeNull();
    expect(allowedFileType(undefined)).toBeNull();
  });

  it('finds the type of a chosen file by its extension when the browser gives none', () => {
    expect(contentTypeOfFile('Noter.MD', '')).toBe('text/markdown');
    expect(contentTypeOfFile('plan.pdf', 'application/pdf')).toBe('application/pdf');
    expect(contentTypeOfFile('program.exe', '')).toBe('');
  });

  it('falls back to the extension when the browser gives a type that is not allowed', () => {
    expect(contentTypeOfFile('Noter.md', 'text/x-markdown')).toBe('text/markdown');
    expect(contentTypeOfFile('plan.pdf', 'application/x-pdf')).toBe('application/pdf');
    expect(contentTypeOfFile('film.mp4', 'video/mp4')).toBe('video/mp4');
    expect(allowedFileType(contentTypeOfFile('film.mp4', 'video/mp4'))).toBeNull();
    expect(FILE_ACCEPT).toContain('.docx');
  });
});
