import { describe, expect, it } from 'vitest';
import { MESSAGES, pickLocale, t } from './messages.js';

describe('server messages', () => {
  it('has an English text for every Danish key, and no English key without a Danish one', () => {
    const da = Object.keys(MESSAGES.da).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(en).toEqual(da);
    for (const key of en) expect(MESSAGES.en[key as keyof typeof MESSAGES.en].trim()).not.toBe('');
  });
  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.da) as (keyof typeof MESSAGES.da)[]) {
      expect(names(MESSAGES.en[key]), key).toEqual(names(MESSAGES.da[key]));
    }
  });
  it('fills placeholders', () => {
    expect(t('en', 'error.rate_limited', { seconds: 5 })).toBe(
      'Too many attempts. Wait 5 seconds and try again.',
    );
  });
  it('picks the account language, then Accept-Language, then Danish', () => {
    expect(pickLocale('en', 'da')).toBe('en');
    expect(pickLocale(null, 'de-DE,en-GB;q=0.8,da;q=0.5')).toBe('en');
    expect(pickLocale(null, 'nb-NO')).toBe('da');
    expect(pickLocale(null, 'fr-FR')).toBe('da');
    expect(pickLocale(null, undefined)).toBe('da');
  });
});
