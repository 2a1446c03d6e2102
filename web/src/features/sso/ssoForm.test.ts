import { describe, expect, it } from 'vitest';
import type { SsoConfigRes } from '../../../../core/schemas/sso.js';
import { fieldIdFor, fromConfig, SSO_IDS, toRequest, validate } from './ssoForm.js';

const CONFIG: SsoConfigRes = {
  enabled: true,
  issuer: 'https://login.microsoftonline.com/tenant/v2.0',
  clientId: 'client',
  scopes: 'openid email profile',
  emailClaim: 'email',
  nameClaim: 'name',
  externalIdClaim: 'oid',
  groupsClaim: null,
  roleMappings: [{ value: 'g1', roles: ['facilitator'] }],
  leaderRoles: ['participant'],
  passwordLogin: true,
  hasClientSecret: true,
  redirectUri: 'https://aktion.example/api/auth/sso/callback',
  postLogoutRedirectUri: 'https://aktion.example/login?logget-ud=1',
  configured: true,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('the single sign-on form', () => {
  it('leaves the secret out when the field is empty, so the stored one is kept', () => {
    const body = toRequest(fromConfig(CONFIG));
    expect(body).not.toHaveProperty('clientSecret');
    expect(body.groupsClaim).toBeNull();
    expect(body.roleMappings).toEqual([{ value: 'g1', roles: ['facilitator'] }]);
  });

  it('sends a typed secret, trims the fields and tidies the scopes', () => {
    const state = { ...fromConfig(CONFIG), clientSecret: ' s3cret ', issuer: ' https://x.example ' };
    state.scopes = ' openid  email ';
    state.groupsClaim = ' groups ';
    const body = toRequest(state);
    expect(body.clientSecret).toBe(' s3cret ');
    expect(body.issuer).toBe('https://x.example');
    expect(body.scopes).toBe('openid email');
    expect(body.groupsClaim).toBe('groups');
  });

  it('asks for the required fields and a value and a role per group, in form order', () => {
    const state = { ...fromConfig(CONFIG), issuer: ' ', externalIdClaim: '' };
    state.roleMappings = [{ key: 7, value: '', roles: [] }];
    expect(validate(state).map((p) => p.id)).toEqual([
      SSO_IDS.issuer,
      SSO_IDS.externalIdClaim,
      'sso-mapping-7-value',
      'sso-mapping-7-roles',
    ]);
    expect(validate(fromConfig(CONFIG))).toEqual([]);
  });

  it('puts the server’s field errors on the fields', () => {
    const state = fromConfig(CONFIG);
    expect(fieldIdFor('clientId', state)).toBe(SSO_IDS.clientId);
    expect(fieldIdFor('roleMappings.roles', state)).toBe('sso-mapping-0-roles');
    expect(fieldIdFor('roleMappings', { ...state, roleMappings: [] })).toBe(SSO_IDS.addMapping);
    expect(fieldIdFor('something', state)).toBe(SSO_IDS.issuer);
  });
});
