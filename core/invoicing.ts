/**
 * Checks for Danish invoice identifiers. Public buyers are invoiced by EAN (GLN) number through
 * NemHandel; companies by CVR number.
 */

export type EanProblem = 'ean_digits' | 'ean_check_digit';
export type CvrProblem = 'cvr_digits' | 'cvr_check';

/** An EAN (GLN) number: 13 digits, the last being the GS1 check digit. */
export function eanProblem(value: string): EanProblem | null {
  if (!/^\d{13}$/.test(value)) return 'ean_digits';
  const digits = [...value].map(Number);
  const check = digits.pop() as number;
  // GS1: from the right (next to the check digit), weights 3, 1, 3, 1, …
  const sum = digits.reverse().reduce((s, d, i) => s + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check ? null : 'ean_check_digit';
}

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** A CVR number: 8 digits whose weighted sum (2, 7, 6, 5, 4, 3, 2, 1) is divisible by 11. */
export function cvrProblem(value: string): CvrProblem | null {
  if (!/^\d{8}$/.test(value)) return 'cvr_digits';
  const sum = [...value].reduce((s, d, i) => s + Number(d) * (CVR_WEIGHTS[i] ?? 0), 0);
  return sum % 11 === 0 ? null : 'cvr_check';
}
