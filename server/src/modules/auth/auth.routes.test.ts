import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases.js';
import {
  createOrganisation,
  createUser,
  loginAs,
  signedInUser,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';

describeEachDialect('auth API', (dialect) => {
  const get = useTestApp(dialect);

  describe('POST /api/auth/login', () => {
    it('answers 400 for malformed JSON, unknown fields, wrong types and overlong strings', async () => {
      const { app } = get();
      const login = (payload: string) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload,
          headers: { 'content-type': 'application/json' },
        });
      const broken = await login('{"email":');
      expect(broken.statusCode).toBe(400);
      expect(broken.json().error).toMatchObject({ code: 'validation_failed', reason: 'invalid_json' });
      const unknown = await login(JSON.stringify({ email: 'a@b.dk', password: 'x', remember: true }));
      expect(unknown.json().error.fields).toEqual({ remember: 'Ukendt felt. Fjern det.' });
      const types = await login(JSON.stringify({ email: 42, password: null }));
      expect(Object.keys(types.json().error.fields).sort()).toEqual(['email', 'password']);
      const long = await login(JSON.stringify({ email: `${'a'.repeat(300)}@b.dk`, password: 'x' }));
      expect(long.statusCode).toBe(400);
      expect(long.json().error.fields.email).toMatch(/254/);
    });

    it('answers 401 for a wrong password and an unknown address alike', async () => {
      const { app, ctx } = get();
      const user = await createUser(ctx.db);
      for (const email of [user.email, 'nobody@nowhere.dk']) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email, password: 'forkert-adgangskode' },
        });
        expect(res.statusCode).toBe(401);
        expect(res.json().error).toMatchObject({ code: 'unauthenticated', reason: 'wrong_credentials' });
      }
    });

    it('answers in English when the browser asks for it', async () => {
      const { app } = get();
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'nobody@nowhere.dk', password: 'x' },
        headers: { 'accept-language': 'en-GB,en;q=0.9' },
      });
      expect(res.json().error.message).toBe('Wrong e-mail or password.');
    });

    it('answers 403 for a deactivated account, even with the right password', async () => {
      const { app, ctx } = get();
      const user = await createUser(ctx.db, { deactivated: true });
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.reason).toBe('account_deactivated');
    });

    it('logs in case-insensitively, sets an HttpOnly SameSite=Lax cookie and answers like GET /api/me', async () => {
      const { app, ctx } = get();
      const user = await createUser(ctx.db, { roles: ['facilitator'] });
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies[0]!;
      expect(cookie).toMatchObject({ name: 'aktion_session', httpOnly: true, sameSite: 'Lax', path: '/' });
      const body = res.json();
      expect(body).toMatchObject({
        user: { id: user.id, email: user.email, locale: 'da' },
        organisations: [{ id: user.organisationId, roles: ['facilitator'] }],
        activeOrganisationId: user.organisationId,
      });
      const me = await app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: `aktion_session=${cookie.value}` },
      });
      expect(me.json()).toEqual(body);
    });

    it('delays an address after repeated failures without locking the account out elsewhere', async () => {
      const { app, ctx, clock } = get();
      const { email } = await createUser(ctx.db);
      const attempt = (password: string, ip: string) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email, password },
          remoteAddress: ip,
        });
      for (let i = 0; i < 3; i++) expect((await attempt('gæt-forkert', '10.0.1.1')).statusCode).toBe(401);
      const delayed = await attempt(TEST_PASSWORD, '10.0.1.1');
      expect(delayed.statusCode).toBe(429);
      expect(delayed.json().error.reason).toBe('login_delay');
      expect(delayed.headers['retry-after']).toBe('1');
      expect((await attempt(TEST_PASSWORD, '10.0.1.9')).statusCode).toBe(200); // the owner, elsewhere
      clock.advance(1_000);
      expect((await attempt('gæt-igen', '10.0.1.1')).statusCode).toBe(401);
      expect((await attempt(TEST_PASSWORD, '10.0.1.1')).headers['retry-after']).toBe('2'); // it grows
      clock.advance(2_000);
      expect((await attempt(TEST_PASSWORD, '10.0.1.1')).statusCode).toBe(200);
    });

    it('lets only one of many parallel guesses through once the delay has started', async () => {
      const { app, ctx, clock } = get();
      const { email } = await createUser(ctx.db);
      const attempt = (password: string) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email, password },
          remoteAddress: '10.0.2.1',
        });
      for (let i = 0; i < 3; i++) expect((await attempt('gæt')).statusCode).toBe(401);
      clock.advance(1_000);
      const burst = await Promise.all(Array.from({ length: 6 }, () => attempt('gæt-parallelt')));
      const statuses = burst.map((r) => r.statusCode).sort();
      expect(statuses).toEqual([401, 429, 429, 429, 429, 429]);
    });

    it('writes a login audit entry', async () => {
      const { app, ctx } = get();
      const user = await createUser(ctx.db);
      await loginAs(app, user.email);
      const row = await ctx.db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .where('actor_user_id', '=', user.id)
        .executeTakeFirst();
      expect(row).toMatchObject({ action: 'user.logged_in', organisation_id: user.organisationId });
    });
  });

  describe('GET /api/me', () => {
    it('answers 401 without a session and with an unknown cookie', async () => {
      const { app } = get();
      expect((await app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
      const res = await app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: 'aktion_session=forged' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    });

    it('ends an idle session after the idle time', async () => {
      const { app, ctx, clock } = get();
      const { session } = await signedInUser(app, ctx.db, ['employee']);
      clock.advance(13 * 3600_000);
      expect((await send(app, session, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    });
  });

  describe('CSRF and origin', () => {
    it('refuses a state-changing request without the token, with a forged one, and from a foreign origin', async () => {
      const { app, ctx } = get();
      const { session } = await signedInUser(app, ctx.db, ['employee']);
      const put = (headers: Record<string, string>) =>
        app.inject({
          method: 'PUT',
          url: '/api/me/locale',
          payload: { locale: 'en' },
          headers: { cookie: session.cookie, ...headers },
        });
      for (const res of [await put({}), await put({ 'x-csrf-token': 'forged' })]) {
        expect(res.statusCode).toBe(403);
        expect(res.json().error.reason).toBe('csrf_token');
      }
      const foreign = await put({ 'x-csrf-token': session.csrfToken, origin: 'https://evil.example' });
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json().error.reason).toBe('foreign_origin');
      const me = await send(app, session, { method: 'GET', url: '/api/me' });
      expect(me.json().user.locale).toBe('da');
      const ok = await put({ 'x-csrf-token': session.csrfToken, origin: 'http://localhost:80' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().user.locale).toBe('en');
    });

    it('cannot be stepped around with a percent-encoded path', async () => {
      const { app, ctx } = get();
      const admin = await signedInUser(app, ctx.db);
      const other = await createUser(ctx.db, { organisationId: admin.organisationId, roles: ['admin'] });
      const res = await app.inject({
        method: 'POST',
        url: `/%61pi/users/${other.id}/deactivate`,
        headers: { cookie: admin.session.cookie, origin: 'https://evil.example' },
      });
      expect(res.statusCode).toBe(403);
      const noToken = await app.inject({
        method: 'POST',
        url: `/%61pi/users/${other.id}/deactivate`,
        headers: { cookie: admin.session.cookie },
      });
      expect(noToken.statusCode).toBe(403);
      expect(noToken.json().error.reason).toBe('csrf_token');
    });

    it('refuses a login posted from a foreign origin', async () => {
      const { app } = get();
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'a@b.dk', password: 'x' },
        headers: { origin: 'https://evil.example' },
      });
      expect(res.statusCode).toBe(403);
    });
  });

  describe('PUT /api/me/organisation', () => {
    it('switches to an organisation I belong to, and answers 404 for one I do not', async () => {
      const { app, ctx } = get();
      const user = await createUser(ctx.db, { roles: ['admin'] });
      const second = await createOrganisation(ctx.db, 'Anden Kommune');
      await ctx.db.kysely
        .insertInto('memberships')
        .values({
          organisation_id: second.id,
          user_id: user.id,
          roles: '["observer"]',
          deactivated_at: null,
          created_at: new Date().toISOString(),
        })
        .execute();
      const foreign = await createOrganisation(ctx.db);
      const session = await loginAs(app, user.email);
      const bad = await send(app, session, {
        method: 'PUT',
        url: '/api/me/organisation',
        payload: { organisationId: 'nope' },
      });
      expect(bad.statusCode).toBe(400);
      const denied = await send(app, session, {
        method: 'PUT',
        url: '/api/me/organisation',
        payload: { organisationId: foreign.id },
      });
      expect(denied.statusCode).toBe(404);
      const ok = await send(app, session, {
        method: 'PUT',
        url: '/api/me/organisation',
        payload: { organisationId: second.id },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().activeOrganisationId).toBe(second.id);
      expect(ok.json().organisations).toHaveLength(2);
      const users = await send(app, session, { method: 'GET', url: '/api/users' });
      expect(users.statusCode).toBe(403); // an observer there, not an admin
    });
  });

  describe('POST /api/auth/logout', () => {
    it('ends the session', async () => {
      const { app, ctx } = get();
      const { session } = await signedInUser(app, ctx.db, ['employee']);
      const out = await send(app, session, { method: 'POST', url: '/api/auth/logout' });
      expect(out.statusCode).toBe(200);
      // A password session has no identity provider to sign out of.
      expect(out.json()).toEqual({ endSessionUrl: null });
      expect((await send(app, session, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    });
  });
});

describeEachDialect('login limits', (dialect) => {
  const get = useTestApp(dialect, { loginRateLimit: 3 });
  let email = '';
  beforeAll(async () => {
    email = (await createUser(get().ctx.db)).email;
  });

  it('limits attempts per client address per minute, with Retry-After', async () => {
    const { app, clock } = get();
    const attempt = (ip: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: TEST_PASSWORD },
        remoteAddress: ip,
      });
    for (let i = 0; i < 3; i++) expect((await attempt('10.0.0.1')).statusCode).toBe(200);
    const limited = await attempt('10.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt('10.0.0.2')).statusCode).toBe(200);
    clock.advance(60_000);
    expect((await attempt('10.0.0.1')).statusCode).toBe(200);
  });
});
