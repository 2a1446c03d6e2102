import { describe, expect, it } from 'vitest';
import { SSO_ERRORS } from '../../../../core/schemas/sso.js';
import { da } from '../../i18n/da.js';
import { en } from '../../i18n/en.js';
import { safeNext, ssoErrorFrom } from './loginMessages.js';

describe('login messages', () => {
  it('explains every single sign-on refusal the server can send, in both languages', () => {
    for (const code of SSO_ERRORS) {
      expect(da.login.ssoErrors[code], code).toBeTruthy();
      expect(en.login.ssoErrors[code], code).toBeTruthy();
    }
  });

  it('reads the code from the address, and a code it does not know as unknown', () => {
    expect(ssoErrorFrom(null)).toBeNull();
    expect(ssoErrorFrom('no_person')).toBe('no_person');
    expect(ssoErrorFrom('<script>')).toBe('unknown');
    expect(ssoErrorFrom('')).toBe('unknown');
  });

  it('only ever returns to a path inside Aktion', () => {
    expect(safeNext('/admin/log')).toBe('/admin/log');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
  });
});
