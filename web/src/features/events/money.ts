import { formatOre } from '../../../../core/money.js';

/**
 * Kroner as typed by a person ("2175", "2.175,00", "2 175 kr.", "2175.50") → whole øre; null when it
 * is not an amount. A comma is the decimal mark; dots are thousands separators, unless a single dot
 * is followed by one or two digits ("2175.50"), which can only be a decimal point.
 */
export function parseKroner(input: string): number | null {
  let s = input
    .trim()
    .replace(/\s|\u00a0/g, '')
    .replace(/(kr\.?|dkk)$/i, '')
    .replace(/^(kr\.?|dkk)/i, '');
  if (s === '') return null;
  if (s.includes(',')) {
    if (!/^\d{1,3}(\.\d{3})*,\d{1,2}$|^\d+,\d{1,2}$/.test(s)) return null;
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    s = s.replace(/\./g, '');
  } else if (!/^\d+(\.\d{1,2})?$/.test(s)) {
    return null;
  }
  const [whole = '0', fraction = ''] = s.split('.');
  const ore = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(ore) ? ore : null;
}

/** Øre as the form shows them again: 217500 → "2.175,00". */
export function oreToKroner(ore: number): string {
  return formatOre(ore, 'da');
}

/** A VAT rate typed in per cent ("25", "12,5") → basis points (2500, 1250); null when not a rate. */
export function parsePercent(input: string): number | null {
  const s = input.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s)) return null;
  const bp = Math.round(Number(s) * 100);
  return bp <= 10_000 ? bp : null;
}

/** Basis points as per cent for the form: 2500 → "25", 1250 → "12,5". */
export function basisPointsToPercent(bp: number): string {
  return String(bp / 100).replace('.', ',');
}

/** A whole number typed in ("30", " 2 "); null otherwise. */
export function parseWhole(input: string): number | null {
  const s = input.trim();
  return /^\d{1,9}$/.test(s) ? Number(s) : null;
}
