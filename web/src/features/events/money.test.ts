import { describe, expect, it } from 'vitest';
import { basisPointsToPercent, oreToKroner, parseKroner, parsePercent, parseWhole } from './money.js';

describe('amounts typed in kroner', () => {
  it('reads the ways people write a price', () => {
    expect(parseKroner('2175')).toBe(217_500);
    expect(parseKroner('2.175,00')).toBe(217_500);
    expect(parseKroner('2.175')).toBe(217_500);
    expect(parseKroner('2 175 kr.')).toBe(217_500);
    expect(parseKroner('2175,5')).toBe(217_550);
    expect(parseKroner('2175.50')).toBe(217_550);
    expect(parseKroner('1.234.567,89')).toBe(123_456_789);
    expect(parseKroner('0')).toBe(0);
    expect(parseKroner('DKK 995')).toBe(99_500);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'gratis', '-100', '2,175,00', '21.75.00', '2175,555', '12.34.5', '1e5'])
      expect(parseKroner(bad)).toBeNull();
  });

  it('shows øre as kroner the form reads back', () => {
    expect(oreToKroner(217_500)).toBe('2.175,00');
    expect(parseKroner(oreToKroner(123_456_789))).toBe(123_456_789);
  });

  it('reads VAT in per cent and whole numbers', () => {
    expect(parsePercent('25')).toBe(2500);
    expect(parsePercent('25 %')).toBe(2500);
    expect(parsePercent('12,5')).toBe(1250);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('101')).toBeNull();
    expect(parsePercent('x')).toBeNull();
    expect(basisPointsToPercent(2500)).toBe('25');
    expect(basisPointsToPercent(1250)).toBe('12,5');
    expect(parseWhole(' 30 ')).toBe(30);
    expect(parseWhole('3,5')).toBeNull();
    expect(parseWhole('')).toBeNull();
  });
});
