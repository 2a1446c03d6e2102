import { type CvrProblem, cvrProblem, type EanProblem, eanProblem } from '../../../../core/invoicing.js';
import type { RegistrationSend } from '../../api/events.js';

export type InvoiceBy = 'ean' | 'cvr';

export interface RegistrationState {
  name: string;
  email: string;
  jobTitle: string;
  organisation: string;
  invoiceBy: InvoiceBy;
  ean: string;
  cvr: string;
  orderReference: string;
  invoiceContact: string;
  dietaryNeeds: string;
  acceptTerms: boolean;
}

/** Field ids by the request's field names, so the server's errors land on the right field. */
export const REG_IDS = {
  name: 'registration-name',
  email: 'registration-email',
  jobTitle: 'registration-job-title',
  organisation: 'registration-organisation',
  invoiceBy: 'registration-invoice-by',
  ean: 'registration-ean',
  cvr: 'registration-cvr',
  orderReference: 'registration-order-reference',
  invoiceContact: 'registration-invoice-contact',
  dietaryNeeds: 'registration-dietary-needs',
  acceptTerms: 'registration-accept-terms',
} as const;

export function emptyRegistration(name = '', email = ''): RegistrationState {
  return {
    name,
    email,
    jobTitle: '',
    organisation: '',
    invoiceBy: 'ean',
    ean: '',
    cvr: '',
    orderReference: '',
    invoiceContact: '',
    dietaryNeeds: '',
    acceptTerms: false,
  };
}

/** The digits of an EAN or CVR number as people write them ("5798 0000-00001"), as the server reads them. */
export const digitsOf = (value: string) => value.replace(/[\s-]/g, '');

export type RegistrationProblem =
  | 'name'
  | 'email'
  | 'emailInvalid'
  | 'ean'
  | 'cvr'
  | EanProblem
  | CvrProblem
  | 'acceptTerms';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks the server makes too (EAN check digit, CVR modulus 11), made here first. */
export function validateRegistration(
  s: RegistrationState,
  invoiceRequired: boolean,
): Array<{ id: string; problem: RegistrationProblem }> {
  const problems: Array<{ id: string; problem: RegistrationProblem }> = [];
  if (!s.name.trim()) problems.push({ id: REG_IDS.name, problem: 'name' });
  if (!s.email.trim()) problems.push({ id: REG_IDS.email, problem: 'email' });
  else if (!EMAIL.test(s.email.trim())) problems.push({ id: REG_IDS.email, problem: 'emailInvalid' });
  if (invoiceRequired) {
    const field = s.invoiceBy;
    const digits = digitsOf(s[field]);
    const problem = !digits ? field : field === 'ean' ? eanProblem(digits) : cvrProblem(digits);
    if (problem) problems.push({ id: REG_IDS[field], problem });
  }
  if (!s.acceptTerms) problems.push({ id: REG_IDS.acceptTerms, problem: 'acceptTerms' });
  return problems;
}

const text = (value: string) => value.trim() || null;

export function toRegistrationRequest(s: RegistrationState, invoiceRequired: boolean): RegistrationSend {
  const invoice = (field: InvoiceBy) =>
    invoiceRequired && s.invoiceBy === field ? text(digitsOf(s[field])) : null;
  return {
    name: s.name.trim(),
    email: s.email.trim(),
    jobTitle: text(s.jobTitle),
    organisation: text(s.organisation),
    ean: invoice('ean'),
    cvr: invoice('cvr'),
    orderReference: invoiceRequired ? text(s.orderReference) : null,
    invoiceContact: invoiceRequired ? text(s.invoiceContact) : null,
    dietaryNeeds: text(s.dietaryNeeds),
    acceptTerms: s.acceptTerms,
  };
}

/** Where a server field error belongs; an invoice error goes to the number the person chose. */
export function registrationFieldId(field: string, s: RegistrationState): string {
  if (field === 'ean' || field === 'cvr') return REG_IDS[s.invoiceBy];
  return field in REG_IDS ? REG_IDS[field as keyof typeof REG_IDS] : REG_IDS.name;
}
