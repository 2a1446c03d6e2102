import { describe, expect, it } from 'vitest';
import { isStopWord, queryWords, searchTerms, stem, words } from './search-terms.js';

describe('Danish search terms', () => {
  it('meets inflected forms both ways', () => {
    expect(searchTerms('automatiseringerne')).toEqual(searchTerms('automatisering'));
    expect(searchTerms('digitale løsninger')).toEqual(searchTerms('digital løsning'));
    expect(searchTerms('Medarbejderne')).toEqual(searchTerms('medarbejdere'));
    expect(searchTerms('borgerens')).toEqual(searchTerms('borgere'));
  });

  it('gives the Snowball stems PostgreSQL’s danish_stem gives', () => {
    // Checked against ts_lexize('danish_stem', …) on PostgreSQL 15.
    const expected: Record<string, string> = {
      automatiseringerne: 'automatisering',
      løsninger: 'løsning',
      digitale: 'digital',
      ledelsen: 'led',
      forandringer: 'forandring',
      medarbejderne: 'medarbejd',
      data: 'data',
      hjemmeplejen: 'hjemmeplej',
    };
    for (const [word, stemmed] of Object.entries(expected)) expect(stem(word), word).toBe(stemmed);
  });

  it('lower-cases the Danish way and splits on everything but letters and digits', () => {
    expect(words('ÆBLER, Østers & Åer: 5G-nettet "OR" (x*)')).toEqual([
      'æbler',
      'østers',
      'åer',
      '5g',
      'nettet',
      'or',
      'x',
    ]);
    expect(words('"*()-')).toEqual([]);
  });

  it('leaves out stop words and repeats', () => {
    expect(isStopWord('og')).toBe(true);
    expect(isStopWord('borger')).toBe(false);
    expect(searchTerms('data og data i data')).toEqual(['data']);
    expect(searchTerms('og i at')).toEqual([]);
    expect(queryWords('Digitale og digitale LØSNINGER')).toEqual(['digitale', 'løsninger']);
  });
});
