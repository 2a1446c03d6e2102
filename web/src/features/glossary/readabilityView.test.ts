import { describe, expect, it } from 'vitest';
import { isOverTarget, parseTarget, sentenceStart, shownItems } from './readabilityView.js';

describe('readability view', () => {
  it('names a long sentence by its first six words', () => {
    const text = 'Kort. Når vi indfører et nyt fagsystem i forvaltningen, skal alle kunne bruge det.';
    const sentence = { start: 6, end: text.length };
    expect(sentenceStart(text, sentence)).toBe('Når vi indfører et nyt fagsystem …');
    expect(sentenceStart(text, { start: 0, end: 5 })).toBe('Kort.');
    expect(sentenceStart('Et to tre fire fem seks.', { start: 0, end: 24 })).toBe('Et to tre fire fem seks.');
  });

  it('counts a text at its target as within it', () => {
    expect(isOverTarget(40, 40)).toBe(false);
    expect(isOverTarget(41, 40)).toBe(true);
  });

  it('accepts a target only as a whole number within the limits', () => {
    expect(parseTarget(' 40 ', 20, 70)).toBe(40);
    expect(parseTarget('20', 20, 70)).toBe(20);
    expect(parseTarget('70', 20, 70)).toBe(70);
    for (const bad of ['19', '71', '40,5', '4O', '', '-30']) expect(parseTarget(bad, 20, 70)).toBeNull();
  });

  it('shows all texts, or only those over their target', () => {
    const items = [{ overTarget: true }, { overTarget: false }];
    expect(shownItems(items, false)).toHaveLength(2);
    expect(shownItems(items, true)).toEqual([{ overTarget: true }]);
  });
});
