import { describe, expect, it } from 'vitest';
import { fileProblem, formatFileSize } from './materialFile.js';

describe('a chosen file', () => {
  const pdf = { name: 'Læseplan.pdf', size: 812, type: 'application/pdf' };

  it('is sent when it has content, is at most 20 MB and of an allowed type', () => {
    expect(fileProblem(pdf)).toBeNull();
    expect(fileProblem({ name: 'noter.md', size: 10, type: '' })).toBeNull();
    expect(fileProblem({ name: 'noter.md', size: 10, type: 'text/x-markdown' })).toBeNull();
    expect(fileProblem({ ...pdf, size: 20 * 1024 * 1024 })).toBeNull();
  });

  it('is stopped before sending when empty, too large or of another type', () => {
    expect(fileProblem({ ...pdf, size: 0 })).toBe('empty');
    expect(fileProblem({ ...pdf, size: 20 * 1024 * 1024 + 1 })).toBe('tooLarge');
    expect(fileProblem({ name: 'film.mp4', size: 10, type: 'video/mp4' })).toBe('type');
    expect(fileProblem({ name: 'program.exe', size: 10, type: '' })).toBe('type');
  });
});

describe('file sizes', () => {
  it('reads as bytes, kilobytes or megabytes in the language', () => {
    expect(formatFileSize(812, 'da')).toBe('812 B');
    expect(formatFileSize(24_600, 'da')).toBe('24 KB');
    expect(formatFileSize(1_258_291, 'da')).toBe('1,2 MB');
    expect(formatFileSize(1_258_291, 'en')).toBe('1.2 MB');
    expect(formatFileSize(20 * 1024 * 1024, 'da')).toBe('20 MB');
  });
});
