import { describe, expect, it } from 'vitest';
import { cvrProblem, eanProblem } from './invoicing.js';
import { formatOre, priceLine, sumLines, vatOre } from './money.js';

describe('VAT in whole øre', () => {
  it('prices the conference: 2,175.00 + 543.75 = 2,718.75 DKK', () => {
    expect(priceLine(217500, 2500)).toEqual({ exVatOre: 217500, vatOre: 54375, inclVatOre: 271875 });
    expect(formatOre(271875)).toBe('2.718,75');
    expect(formatOre(271875, 'en')).toBe('2,718.75');
  });

  it('rounds half up per line, and totals are sums of the rounded lines', () => {
    expect(vatOre(2, 2500)).toBe(1); // 0.5 øre → 1
    expect(vatOre(1, 2500)).toBe(0); // 0.25 øre → 0
    expect(vatOre(3, 2500)).toBe(1); // 0.75 øre → 1
    expect(vatOre(0, 2500)).toBe(0);
    const lines = [priceLine(2, 2500), priceLine(2, 2500)];
    expect(sumLines(lines)).toEqual({ exVatOre: 4, vatOre: 2, inclVatOre: 6 });
    expect(vatOre(4, 2500)).toBe(1); // what VAT on the sum would have given
  });

  it('refuses fractions and negative amounts', () => {
    expect(() => vatOre(1.5, 2500)).toThrow(RangeError);
    expect(() => vatOre(-100, 2500)).toThrow(RangeError);
    expect(() => vatOre(100, 25.5)).toThrow(RangeError);
  });
});

describe('EAN and CVR', () => {
  it('accepts EAN numbers with a right GS1 check digit', () => {
    expect(eanProblem('5798009811578')).toBeNull();
    expect(eanProblem('5790000702343')).toBeNull();
    expect(eanProblem('4006381333931')).toBeNull();
  });
  it('says which EAN check failed', () => {
    expect(eanProblem('5798009811579')).toBe('ean_check_digit');
    expect(eanProblem('579800981157')).toBe('ean_digits');
    expect(eanProblem('57980098115A8')).toBe('ean_digits');
  });
  it('accepts CVR numbers that pass modulus 11', () => {
    expect(cvrProblem('29189633')).toBeNull();
    expect(cvrProblem('10103940')).toBeNull();
  });
  it('says which CVR check failed', () => {
    expect(cvrProblem('29189634')).toBe('cvr_check');
    expect(cvrProblem('2918963')).toBe('cvr_digits');
  });
});
