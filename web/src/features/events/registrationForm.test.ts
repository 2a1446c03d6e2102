import { describe, expect, it } from 'vitest';
import { RegistrationBodySchema } from '../../../../core/schemas/events.js';
import {
  emptyRegistration,
  REG_IDS,
  registrationFieldId,
  toRegistrationRequest,
  validateRegistration,
} from './registrationForm.js';

// 5790000000005 is a valid EAN (GS1 check digit 5), 5790000000001 is not; 10150817 is a valid CVR.
const filled = () => ({
  ...emptyRegistration('Lise Leder', 'lise@kommune.dk'),
  organisation: 'Viborg Kommune',
  ean: '5790 0000-00005',
  acceptTerms: true,
});

describe('the registration form', () => {
  it('sends the chosen invoice number as digits and nothing else about invoices when the event is free', () => {
    const body = toRegistrationRequest({ ...filled(), cvr: '12345678' }, true);
    expect(body.ean).toBe('5790000000005');
    expect(body.cvr).toBeNull();
    expect(RegistrationBodySchema.safeParse(body).success).toBe(true);
    const free = toRegistrationRequest({ ...filled(), orderReference: 'PO-1' }, false);
    expect([free.ean, free.cvr, free.orderReference]).toEqual([null, null, null]);
  });

  it('says which check an invoice number failed, as the server does', () => {
    const problems = (patch: object) =>
      validateRegistration({ ...filled(), ...patch }, true).map((p) => `${p.id}:${p.problem}`);
    expect(problems({})).toEqual([]);
    expect(problems({ ean: '5790000000001' })).toEqual([`${REG_IDS.ean}:ean_check_digit`]);
    expect(problems({ ean: '57980000' })).toEqual([`${REG_IDS.ean}:ean_digits`]);
    expect(problems({ ean: '' })).toEqual([`${REG_IDS.ean}:ean`]);
    expect(problems({ invoiceBy: 'cvr', cvr: '12345678' })).toEqual([`${REG_IDS.cvr}:cvr_check`]);
    expect(problems({ invoiceBy: 'cvr', cvr: '1234' })).toEqual([`${REG_IDS.cvr}:cvr_digits`]);
    expect(problems({ invoiceBy: 'cvr', cvr: '10 15 08 17' })).toEqual([]);
    // A free event asks for no invoice number.
    expect(validateRegistration({ ...filled(), ean: '' }, false)).toEqual([]);
  });

  it('asks for name, a real e-mail and the accepted terms', () => {
    const s = { ...emptyRegistration(), email: 'nej' };
    expect(validateRegistration(s, false).map((p) => p.problem)).toEqual([
      'name',
      'emailInvalid',
      'acceptTerms',
    ]);
  });

  it('puts the server’s invoice error on the number the person chose', () => {
    expect(registrationFieldId('ean', { ...filled(), invoiceBy: 'cvr' })).toBe(REG_IDS.cvr);
    expect(registrationFieldId('acceptTerms', filled())).toBe(REG_IDS.acceptTerms);
    expect(registrationFieldId('other', filled())).toBe(REG_IDS.name);
  });
});
