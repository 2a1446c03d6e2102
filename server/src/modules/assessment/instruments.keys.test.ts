import { describe, expect, it } from 'vitest';
import { AssessmentKeySchema, INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import { keysOf, makeOwnKey, slugOf } from './instruments.keys.js';

describe('keys of own statements', () => {
  it('spells Danish letters out and keeps whole words only', () => {
    expect(slugOf('Vi får øje på årsagen – før vi køber!')).toBe('vi-faar-oeje-paa-aarsagen-foer-vi-koeber');
    expect(slugOf('Én café, naïve idéer')).toBe('en-cafe-naive-ideer');
    expect(slugOf('Kort', 3)).toBe('kor');
    expect(slugOf('🙂 ?!')).toBe('udsagn');
  });

  it('makes valid keys that are never taken, however long the text', () => {
    const taken = keysOf(INSTRUMENT_V1);
    expect(taken.has('automation')).toBe(true);
    expect(taken.has('automation.not-for-us')).toBe(true);
    const long = 'Lang '.repeat(100);
    for (const d of INSTRUMENT_V1.dimensions) {
      const key = makeOwnKey(d.key, long, taken);
      expect(AssessmentKeySchema.safeParse(key).success, key).toBe(true);
      expect(key.startsWith(`${d.key}.org-`)).toBe(true);
    }
    const first = makeOwnKey('data', 'Samme tekst', taken);
    const second = makeOwnKey('data', 'Samme tekst', new Set([...taken, first]));
    expect([first, second]).toEqual(['data.org-samme-tekst', 'data.org-samme-tekst-2']);
  });
});
