import { describe, expect, it } from 'vitest';
import {
  bandOfScore,
  bandRanges,
  formatChange,
  formatScore,
  formatShare,
  indentOf,
  rowName,
} from './heatmap.js';

describe('heatmap helpers', () => {
  it('prints scores, changes and shares the Danish way, a change always with its sign', () => {
    expect(formatScore(62.45, 'da')).toBe('62,5');
    expect(formatScore(62.45, 'en')).toBe('62.5');
    expect(formatChange(3.16, 'da')).toBe('+3,2');
    expect(formatChange(-1, 'da')).toBe('\u22121,0');
    expect(formatChange(0.04, 'da')).toBe('±0,0');
    expect(formatShare(0.417, 'da')).toMatch(/^42\s%$/);
  });

  it('names the bands with the scores they cover, and finds the band of a mean', () => {
    expect(bandRanges().map(({ band, from, to }) => `${band.key} ${from}–${to}`)).toEqual([
      'starting 0–39',
      'exploring 40–59',
      'under-way 60–79',
      'leading 80–100',
    ]);
    expect(bandOfScore(59.9).key).toBe('exploring');
    expect(bandOfScore(60).key).toBe('under-way');
  });

  it('names rows by breakdown: levels by key (translated on the web), missing unit or field said so', () => {
    expect(rowName('total', { label: null, level: null })).toEqual({ kind: 'total' });
    expect(rowName('level', { label: null, level: 'chef' })).toEqual({ kind: 'level', level: 'chef' });
    expect(rowName('unitLevel', { label: 'Skole', level: 'leder' })).toEqual({
      kind: 'unitLevel',
      unit: 'Skole',
      level: 'leder',
    });
    expect(rowName('field', { label: null, level: null })).toEqual({ kind: 'noField' });
    expect(rowName('unit', { label: 'Dagtilbud', level: null })).toEqual({ kind: 'name', name: 'Dagtilbud' });
  });

  it('indents units by depth, within bounds', () => {
    expect(indentOf({ depth: null })).toBe(0);
    expect(indentOf({ depth: 2 })).toBe(2);
    expect(indentOf({ depth: 40 })).toBe(6);
  });
});
