import { describe, expect, it } from 'vitest';
import { foldName, parseUnitKind, suggestMapping } from './templates.js';

describe('suggestMapping', () => {
  it('maps template headers exactly, ignoring case, and ignoring accents and punctuation', () => {
    expect(
      suggestMapping('people', ['MEDARBEJDER-ID', 'Navn', 'Email', 'Fagomraade', 'Løn', 'stilling']),
    ).toEqual({
      'MEDARBEJDER-ID': 'externalId',
      Navn: 'name',
      Email: 'email',
      Fagomraade: 'field',
      Løn: null,
      stilling: 'jobTitle',
    });
  });

  it('suggests a field for one column only', () => {
    expect(suggestMapping('units', ['Navn', 'navn'])).toEqual({ Navn: 'name', navn: null });
  });
});

describe('parseUnitKind', () => {
  it('reads Danish singulars, plurals and capitals', () => {
    expect(parseUnitKind('Afdelinger')).toBe('afdeling');
    expect(parseUnitKind(' TEAM ')).toBe('team');
    expect(parseUnitKind('Institutioner')).toBe('institution');
    expect(parseUnitKind('stabe')).toBe('stab');
    expect(parseUnitKind('kontor')).toBeNull();
  });

  it('folds Danish letters', () => {
    expect(foldName('Ældre- og Sundhed')).toBe('aeldreogsundhed');
  });
});
