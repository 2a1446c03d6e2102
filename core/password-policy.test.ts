import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

describe('checkPassword', () => {
  it('accepts a long, uncommon password', () => {
    expect(checkPassword('blå hest spiser grød om morgenen')).toBeNull();
  });
  it('refuses fewer than 12 characters, counting letters not bytes', () => {
    expect(checkPassword('kort-kode')).toBe('too_short');
    expect(checkPassword('æøåæøåæøåæø')).toBe('too_short'); // 11 characters, 22 bytes
    expect(checkPassword('æøåæøåæøåæøå')).toBeNull();
  });
  it('refuses passwords over 256 characters', () => {
    expect(checkPassword('a1b2'.repeat(65))).toBe('too_long');
  });
  it('refuses well-known passwords, repeats and keyboard runs whatever the case', () => {
    expect(checkPassword('Adgangskode123')).toBe('too_common');
    expect(checkPassword('aaaaaaaaaaaaaa')).toBe('too_common');
    expect(checkPassword('1234567890123')).toBe('too_common');
    expect(checkPassword('qwertyuiopåas')).toBe('too_common');
  });
  it('refuses a password built on the e-mail address', () => {
    expect(checkPassword('annejensen-2026!', { email: 'AnneJensen@kommune.dk' })).toBe('contains_email');
  });
});
