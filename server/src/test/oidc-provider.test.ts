import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IdTokenTamper, startTestOidcProvider, type TestOidcProvider } from './oidc-provider.js';

const CALLBACK = 'http://127.0.0.1:9/auth/oidc/callback';
const AFTER_LOGOUT = 'http://127.0.0.1:9/logged-out';

describe('test OIDC provider', () => {
  let op: TestOidcProvider;
  let config: client.Configuration;

  beforeAll(async () => {
    op = await startTestOidcProvider({ redirectUris: [CALLBACK], postLogoutRedirectUris: [AFTER_LOGOUT] });
    op.setAccount('anna', {
      sub: 'sub-anna',
      email: 'anna@kommune.example',
      email_verified: true,
      name: 'Anna Andersen',
      groups: ['leaders', 'aktion-admins'],
    });
    config = await discover();
  });

  afterAll(async () => {
    await op?.close();
  });

  function discover(options: { clientAuth?: client.ClientAuth; nonRepudiation?: boolean } = {}) {
    return client.discovery(new URL(op.issuer), op.clientId, op.clientSecret, options.clientAuth, {
      execute: [
        client.allowInsecureRequests,
        ...(options.nonRepudiation ? [client.enableNonRepudiationChecks] : []),
      ],
    });
  }

  async function startLogin(cfg = config, extra: Record<string, string> = {}) {
    const pkceCodeVerifier = client.randomPKCECodeVerifier();
    const expectedState = client.randomState();
    const expectedNonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(cfg, {
      redirect_uri: CALLBACK,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(pkceCodeVerifier),
      code_challenge_method: 'S256',
      state: expectedState,
      nonce: expectedNonce,
      ...extra,
    });
    return {
      url: url.href,
      checks: { pkceCodeVerifier, expectedState, expectedNonce, idTokenExpected: true },
    };
  }

  async function login(cfg = config) {
    const { url, checks } = await startLogin(cfg);
    const callbackUrl = await op.authorize(url, 'anna');
    return {
      callbackUrl,
      checks,
      grant: () => client.authorizationCodeGrant(cfg, new URL(callbackUrl), checks),
    };
  }

  it('publishes discovery for code + PKCE S256, both secret auth methods and end_session', () => {
    const meta = config.serverMetadata();
    expect(meta.issuer).toBe(op.issuer);
    expect(op.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(meta.response_types_supported).toEqual(['code']);
    expect(meta.code_challenge_methods_supported).toEqual(['S256']);
    expect(meta.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['client_secret_basic', 'client_secret_post']),
    );
    expect(meta.scopes_supported).toEqual(expect.arrayContaining(['openid', 'email', 'profile']));
    expect(meta.claims_supported).toContain('groups');
    expect(meta.end_session_endpoint).toBe(`${op.issuer}/session/end`);
    expect(meta.userinfo_endpoint).toBeTruthy();
  });

  it('logs in with code + PKCE + state + nonce: the ID token and userinfo carry the account', async () => {
    const { callbackUrl, grant } = await login();
    const callback = new URL(callbackUrl);
    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
    expect(callback.searchParams.get('code')).toBeTruthy();

    const tokens = await grant();
    expect(tokens.claims()).toMatchObject({
      iss: op.issuer,
      aud: op.clientId,
      sub: 'sub-anna',
      email: 'anna@kommune.example',
      email_verified: true,
      name: 'Anna Andersen',
      groups: ['leaders', 'aktion-admins'],
    });
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, 'sub-anna');
    expect(userinfo).toMatchObject({
      sub: 'sub-anna',
      email: 'anna@kommune.example',
      groups: ['leaders', 'aktion-admins'],
    });
  });

  it('accepts client_secret_post as well as client_secret_basic', async () => {
    const postConfig = await discover({ clientAuth: client.ClientSecretPost(op.clientSecret) });
    const { grant } = await login(postConfig);
    expect((await grant()).claims()?.sub).toBe('sub-anna');
  });

  it('rejects a code used twice (invalid_grant)', async () => {
    const { grant } = await login();
    await grant();
    await expect(grant()).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('requires PKCE', async () => {
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: CALLBACK,
      scope: 'openid',
      state: 'st',
      nonce: 'n',
    });
    const callback = new URL(await op.authorize(url.href, 'anna'));
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('serves an accessible login page of its own', async () => {
    const { url } = await startLogin();
    const res = await fetch(url, { redirect: 'manual' });
    const interaction = new URL(res.headers.get('location') ?? '', op.issuer);
    expect(interaction.pathname).toMatch(/^\/interaction\/[\w-]+$/);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const html = await (await fetch(interaction, { headers: { cookie } })).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<main>');
    expect(html).toContain('<h1>Sign in at the test provider</h1>');
    expect(html).toMatch(/<label for="login">Login<\/label>\s*<input id="login" name="login"/);
    expect(html).toMatch(/<button type="submit">Sign in<\/button>/);
    expect(html).toMatch(/<button type="submit">Cancel<\/button>/);
  });

  it('throws a helpful error for an unknown login', async () => {
    const { url } = await startLogin();
    await expect(op.authorize(url, 'nobody')).rejects.toThrow(
      /login "nobody" was not accepted.*Unknown login/,
    );
  });

  it('returns error=access_denied with the state when the person cancels', async () => {
    const { url, checks } = await startLogin();
    const callback = new URL(await op.cancel(url));
    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe(checks.expectedState);
    await expect(client.authorizationCodeGrant(config, callback, checks)).rejects.toMatchObject({
      error: 'access_denied',
    });
  });

  describe('tampered ID tokens are refused', () => {
    let strict: client.Configuration;
    beforeAll(async () => {
      strict = await discover({ nonRepudiation: true });
    });

    const kinds: [IdTokenTamper, RegExp][] = [
      ['foreign_audience', /"aud" \(audience\)/],
      ['expired', /"exp" \(expiration time\)/],
      ['wrong_issuer', /"iss" \(issuer\)/],
      ['wrong_nonce', /"nonce"/],
      ['bad_signature', /signature verification failed/],
    ];
    it.each(kinds)('%s', async (kind, reason) => {
      const { grant } = await login(strict);
      op.tamperNextIdToken(kind);
      const error = await grant().then(
        () => null,
        (err: Error) => `${err.message}: ${(err.cause as Error | undefined)?.message}`,
      );
      expect(error).toMatch(reason);
      // One-shot: the next login is clean.
      const next = await login(strict);
      expect((await next.grant()).claims()?.sub).toBe('sub-anna');
    });

    it('bad_signature passes unless signatures are checked (openid-client skips it by default)', async () => {
      // OIDC Core 3.1.3.7: over TLS the token endpoint's ID token signature may be skipped;
      // openid-client v6 does so unless enableNonRepudiationChecks is on.
      const { grant } = await login();
      op.tamperNextIdToken('bad_signature');
      expect((await grant()).claims()?.sub).toBe('sub-anna');
    });
  });

  it('ends the session without a click and redirects to the post-logout URI', async () => {
    const { grant } = await login();
    const tokens = await grant();
    const endUrl = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: AFTER_LOGOUT,
      state: 'bye',
    });
    const landed = new URL(await op.endSession(endUrl.href));
    expect(`${landed.origin}${landed.pathname}`).toBe(AFTER_LOGOUT);
    expect(landed.searchParams.get('state')).toBe('bye');
    // The provider session is gone and its grant revoked: the access token no longer works.
    await expect(client.fetchUserInfo(config, tokens.access_token, 'sub-anna')).rejects.toThrow();
  });
});
