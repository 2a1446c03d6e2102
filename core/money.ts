/** Money is integer øre (1 DKK = 100 øre); VAT rates are basis points (25 % = 2500). */

/** VAT on one line, rounded half up to whole øre (amounts are never negative). */
export function vatOre(amountOre: number, rateBasisPoints: number): number {
  if (!Number.isSafeInteger(amountOre) || amountOre < 0)
    throw new RangeError('amount must be whole, non-negative øre');
  if (!Number.isSafeInteger(rateBasisPoints) || rateBasisPoints < 0)
    throw new RangeError('rate must be whole basis points');
  return Math.floor((amountOre * rateBasisPoints + 5000) / 10000);
}

export interface PriceLine {
  exVatOre: number;
  vatOre: number;
  inclVatOre: number;
}

export function priceLine(exVatOre: number, rateBasisPoints: number): PriceLine {
  const vat = vatOre(exVatOre, rateBasisPoints);
  return { exVatOre, vatOre: vat, inclVatOre: exVatOre + vat };
}

/** Totals are sums of the rounded lines, never VAT on the sum. */
export function sumLines(lines: readonly PriceLine[]): PriceLine {
  return lines.reduce(
    (t, l) => ({
      exVatOre: t.exVatOre + l.exVatOre,
      vatOre: t.vatOre + l.vatOre,
      inclVatOre: t.inclVatOre + l.inclVatOre,
    }),
    { exVatOre: 0, vatOre: 0, inclVatOre: 0 },
  );
}

/** 271875 → "2.718,75" (Danish grouping and decimal comma), without a currency. */
export function formatOre(ore: number, locale: 'da' | 'en' = 'da'): string {
  return new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(ore / 100);
}
