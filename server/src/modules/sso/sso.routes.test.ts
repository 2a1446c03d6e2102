import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeRes } from '../../../../core/schemas/auth.js';
import type { SsoConfigReq } from '../../../../core/schemas/sso.js';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { describeEachDialect } from '../../test/databases.js';
import { createPerson, createUser, loginAs, signedInUser } from '../../test/factories.js';
import {
  type IdTokenTamper,
  startTestOidcProvider,
  type TestOidcProvider,
} from '../../test/oidc-provider.js';
import { type Session, send, type TestApp, useTestApp } from '../../test/test-app.js';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { provision } from './provisioning.js';
import { SSO_LOGIN_COOKIE } from './sso.routes.js';

const PUBLIC_URL = 'http://localhost:3000';

function configFor(idp: TestOidcProvider, overrides: Partial<SsoConfigReq> = {}): SsoConfigReq {
  return {
    enabled: true,
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    scopes: 'openid email profile',
    emailClaim: 'email',
    nameClaim: 'name',
    externalIdClaim: 'sub',
    groupsClaim: 'groups',
    roleMappings: [{ value: 'aktion-admins', roles: ['admin'] }],
    leaderRoles: ['participant'],
    passwordLogin: true,
    ...overrides,
  };
}

describeEachDialect('single sign-on', (dialect) => {
  const get = useTestApp(dialect, { publicUrl: PUBLIC_URL });
  let idp: TestOidcProvider;
  let admin: Awaited<ReturnType<typeof signedInUser>>;
  let slug = '';

  beforeAll(async () => {
    idp = await startTestOidcProvider({
      redirectUris: [`${PUBLIC_URL}/api/auth/sso/callback`],
      postLogoutRedirectUris: [`${PUBLIC_URL}/login?logget-ud=1`],
    });
    const t = get();
    admin = await signedInUser(t.app, t.ctx.db, ['admin']);
    slug = (
      await t.ctx.db.kysely
        .selectFrom('organisations')
        .select('slug')
        .where('id', '=', admin.organisationId)
        .executeTakeFirstOrThrow()
    ).slug;
    const saved = await send(t.app, admin.session, {
      method: 'PUT',
      url: '/api/organisations/current/sso',
      payload: configFor(idp),
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(async () => {
    await idp?.close();
  });

  const configure = async (overrides: Partial<SsoConfigReq>) => {
    const res = await send(get().app, admin.session, {
      method: 'PUT',
      url: '/api/organisations/current/sso',
      payload: configFor(idp, overrides),
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  /** The cookie each login's browser got at the start, by the login's `state`. */
  const browsers = new Map<string, string>();

  /** The browser's round trip: Aktion → provider (log in as `login`) → Aktion's callback. */
  async function startAt(returnTo = '/'): Promise<string> {
    get().clock.advance(1000); // each login's log entries sort after the last one's
    const start = await get().app.inject({
      method: 'GET',
      url: `/api/auth/sso/${slug}/start?returnTo=${encodeURIComponent(returnTo)}`,
    });
    expect(start.statusCode).toBe(302);
    const location = start.headers.location as string;
    const cookie = start.cookies.find((c) => c.name === SSO_LOGIN_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    browsers.set(new URL(location).searchParams.get('state') ?? '', `${SSO_LOGIN_COOKIE}=${cookie?.value}`);
    return location;
  }
  /** The provider sends the browser back; by default the browser that began this login. */
  const callback = (url: string, browser?: string | null) => {
    const u = new URL(url);
    const cookie = browser === undefined ? browsers.get(u.searchParams.get('state') ?? '') : browser;
    return get().app.inject({
      method: 'GET',
      url: `${u.pathname}${u.search}`,
      headers: cookie ? { cookie } : {},
    });
  };
  async function ssoLogin(login: string, options: { tamper?: IdTokenTamper; returnTo?: string } = {}) {
    const location = await startAt(options.returnTo);
    expect(location.startsWith(idp.issuer)).toBe(true);
    if (options.tamper) idp.tamperNextIdToken(options.tamper);
    const back = await idp.authorize(location, login);
    return { res: await callback(back), callbackUrl: back };
  }
  function sessionFrom(res: Awaited<ReturnType<typeof callback>>): string {
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    if (!cookie) throw new Error(`no session: ${res.statusCode} ${res.headers.location}`);
    return `${SESSION_COOKIE}=${cookie.value}`;
  }
  const meOf = async (cookie: string) =>
    (await get().app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json<MeRes>();
  const refusedWith = (res: Awaited<ReturnType<typeof callback>>) => {
    expect(res.statusCode).toBe(302);
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    return new URL(res.headers.location as string, PUBLIC_URL).searchParams.get('sso-fejl');
  };
  const lastRefusal = async () => {
    const row = await get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select('changes')
      .where('organisation_id', '=', admin.organisationId)
      .where('action', '=', 'sso.login_refused')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return JSON.parse(row?.changes ?? '{}') as { reason: string; detail: string };
  };
  const linkedUser = async (personId: string) =>
    (
      await get()
        .ctx.db.kysely.selectFrom('persons')
        .select('user_id')
        .where('id', '=', personId)
        .executeTakeFirstOrThrow()
    ).user_id;
  const countUsers = async () =>
    Number(
      (
        await get()
          .ctx.db.kysely.selectFrom('users')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('offers the organisation on the login page', async () => {
    const res = await get().app.inject({ method: 'GET', url: '/api/auth/login-options' });
    expect(res.json().providers).toContainEqual({ slug, name: expect.any(String) });
    expect(res.json().passwordLogin).toBe(true);
  });

  it('keeps the client secret sealed and never sends it back', async () => {
    const res = await send(get().app, admin.session, {
      method: 'GET',
      url: '/api/organisations/current/sso',
    });
    expect(res.json()).toMatchObject({
      configured: true,
      hasClientSecret: true,
      redirectUri: `${PUBLIC_URL}/api/auth/sso/callback`,
    });
    expect(res.body).not.toContain(idp.clientSecret);
    const row = await get()
      .ctx.db.kysely.selectFrom('sso_configs')
      .select('client_secret_sealed')
      .where('organisation_id', '=', admin.organisationId)
      .executeTakeFirstOrThrow();
    expect(row.client_secret_sealed).not.toContain(idp.clientSecret);
  });

  describe('first login', () => {
    it('matches a leader by e-mail, makes an account with employee and participant, and links the identity', async () => {
      const t = get();
      const person = await createPerson(t.ctx.db, admin.organisationId, {
        level: 'leder',
        email: 'mette.leder@kommune.dk',
        name: 'Mette Leder',
      });
      idp.setAccount('mette', {
        sub: 'entra-oid-mette',
        email: 'Mette.Leder@kommune.dk',
        name: 'Mette Leder',
      });
      const { res } = await ssoLogin('mette', { returnTo: '/organisation' });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/organisation');
      const me = await meOf(sessionFrom(res));
      expect(me.user.email).toBe('mette.leder@kommune.dk');
      expect(me.signedInWith).toBe('sso');
      expect(me.organisations).toEqual([
        { id: admin.organisationId, name: expect.any(String), roles: ['participant', 'employee'] },
      ]);
      expect(await linkedUser(person.id)).toBe(me.user.id);
      const actions = await t.ctx.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', me.user.id)
        .execute();
      expect(actions.map((a) => a.action)).toEqual(
        expect.arrayContaining(['user.joined_via_sso', 'user.logged_in']),
      );

      // Next time the provider's id finds her even with a new e-mail address.
      idp.setAccount('mette', { sub: 'entra-oid-mette', email: 'mette.ny@kommune.dk', name: 'Mette Leder' });
      const again = await ssoLogin('mette');
      expect((await meOf(sessionFrom(again.res))).user.id).toBe(me.user.id);
    });

    it('makes one account when the same person’s first logins arrive in parallel', async () => {
      const t = get();
      await createPerson(t.ctx.db, admin.organisationId, { level: 'teamleder', email: 'tabs@kommune.dk' });
      idp.setAccount('tabs', { sub: 'tabs-1', email: 'tabs@kommune.dk', name: 'Two Tabs' });
      const backs: string[] = [];
      for (let i = 0; i < 4; i++) backs.push(await idp.authorize(await startAt(), 'tabs'));
      const answers = await Promise.all(backs.map((back) => callback(back)));
      const ids = await Promise.all(answers.map(async (a) => (await meOf(sessionFrom(a))).user.id));
      expect(new Set(ids).size).toBe(1);
      const accounts = await t.ctx.db.kysely
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'tabs@kommune.dk')
        .execute();
      expect(accounts).toHaveLength(1);
      const identities = await t.ctx.db.kysely
        .selectFrom('user_identities')
        .select('id')
        .where('subject', '=', 'tabs-1')
        .execute();
      expect(identities).toHaveLength(1);
    });

    it('control: without the lock, parallel first logins collide on PostgreSQL', async () => {
      const t = get();
      await createPerson(t.ctx.db, admin.organisationId, { email: 'race@kommune.dk' });
      const row = await t.ctx.db.kysely
        .selectFrom('sso_configs')
        .selectAll()
        .where('organisation_id', '=', admin.organisationId)
        .executeTakeFirstOrThrow();
      const profile = { externalId: 'race-1', email: 'race@kommune.dk', name: 'Race', groups: [] };
      // PostgreSQL: every transaction reads before any writes (a barrier), as parallel logins can.
      // SQLite's BEGIN IMMEDIATE lets one writer in at a time, so there the barrier is left out.
      const parallel = 4;
      let arrived = 0;
      let release: () => void = () => {};
      const allRead = new Promise<void>((resolve) => {
        release = resolve;
      });
      const afterRead =
        dialect === 'postgres'
          ? async () => {
              if (++arrived === parallel) release();
              await allRead;
            }
          : undefined;
      const results = await Promise.allSettled(
        Array.from({ length: parallel }, () =>
          provision(t.ctx, row, profile, { unsafeWithoutLock: true, afterRead }),
        ),
      );
      const failed = results.filter((r) => r.status === 'rejected').length;
      if (dialect === 'postgres') expect(failed).toBe(parallel - 1);
      else expect(failed).toBe(0);
    });

    it('lets another app instance on the same database take the callback', async () => {
      const t = get();
      const other = await buildApp(testConfig({ publicUrl: PUBLIC_URL, loginRateLimit: 0 }), {
        db: t.ctx.db,
        clock: t.clock,
      });
      try {
        await createPerson(t.ctx.db, admin.organisationId, { email: 'instances@kommune.dk' });
        idp.setAccount('instances', { sub: 'instances-1', email: 'instances@kommune.dk', name: 'I' });
        const back = new URL(await idp.authorize(await startAt(), 'instances'));
        const cookie = browsers.get(back.searchParams.get('state') ?? '') ?? '';
        const res = await other.app.inject({
          method: 'GET',
          url: `${back.pathname}${back.search}`,
          headers: { cookie },
        });
        expect((await meOf(sessionFrom(res))).user.email).toBe('instances@kommune.dk');
      } finally {
        await other.app.close();
      }
    });

    it('matches by external id before e-mail, and gives an employee only the employee role', async () => {
      const t = get();
      const person = await createPerson(t.ctx.db, admin.organisationId, {
        level: 'medarbejder',
        email: null,
        externalId: 'os2mo-4711',
      });
      idp.setAccount('jens', { sub: 'os2mo-4711', email: 'jens@kommune.dk', name: 'Jens Hansen' });
      const { res } = await ssoLogin('jens');
      const me = await meOf(sessionFrom(res));
      expect(me.organisations[0]?.roles).toEqual(['employee']);
      expect(await linkedUser(person.id)).toBe(me.user.id);
    });

    it('never leaves a person without roles when the mapping takes the only one', async () => {
      const t = get();
      await createPerson(t.ctx.db, admin.organisationId, { email: 'only@kommune.dk' });
      idp.setAccount('only', {
        sub: 'only-1',
        email: 'only@kommune.dk',
        name: 'Only',
        groups: ['aktion-admins'],
      });
      const me = await meOf(sessionFrom((await ssoLogin('only')).res));
      await t.ctx.db.kysely
        .updateTable('memberships')
        .set({ roles: '["admin"]' })
        .where('user_id', '=', me.user.id)
        .execute();
      idp.setAccount('only', { sub: 'only-1', email: 'only@kommune.dk', name: 'Only', groups: [] });
      expect((await meOf(sessionFrom((await ssoLogin('only')).res))).organisations[0]?.roles).toEqual([
        'employee',
      ]);
      // No groups claim at all (Entra leaves it out for people in very many groups): nothing changes.
      await t.ctx.db.kysely
        .updateTable('memberships')
        .set({ roles: '["admin"]' })
        .where('user_id', '=', me.user.id)
        .execute();
      idp.setAccount('only', { sub: 'only-1', email: 'only@kommune.dk', name: 'Only' });
      expect((await meOf(sessionFrom((await ssoLogin('only')).res))).organisations[0]?.roles).toEqual([
        'admin',
      ]);
    });

    it('gives and takes mapped roles from the provider’s groups at each login', async () => {
      const t = get();
      await createPerson(t.ctx.db, admin.organisationId, { email: 'it@kommune.dk' });
      idp.setAccount('it', {
        sub: 'it-1',
        email: 'it@kommune.dk',
        name: 'IT',
        groups: ['aktion-admins', 'other'],
      });
      const first = await meOf(sessionFrom((await ssoLogin('it')).res));
      expect(first.organisations[0]?.roles).toEqual(['admin', 'employee']);
      idp.setAccount('it', { sub: 'it-1', email: 'it@kommune.dk', name: 'IT', groups: [] });
      const second = await meOf(sessionFrom((await ssoLogin('it')).res));
      expect(second.organisations[0]?.roles).toEqual(['employee']);
      const changed = await t.ctx.db.kysely
        .selectFrom('audit_log')
        .select('changes')
        .where('entity_id', '=', first.user.id)
        .where('action', '=', 'user.roles_changed')
        .execute();
      expect(changed).toHaveLength(1);
    });
  });

  describe('refusals: nothing is created, the person is told, the administrator’s log says why', () => {
    it('a person marked as left', async () => {
      await createPerson(get().ctx.db, admin.organisationId, { email: 'gone@kommune.dk', left: true });
      idp.setAccount('gone', { sub: 'gone-1', email: 'gone@kommune.dk', name: 'Gone' });
      const users = await countUsers();
      expect(refusedWith((await ssoLogin('gone')).res)).toBe('person_left');
      expect(await countUsers()).toBe(users);
      expect((await lastRefusal()).reason).toBe('person_left');
    });

    it('nobody in the organisation’s people', async () => {
      idp.setAccount('stranger', { sub: 'stranger-1', email: 'stranger@example.com', name: 'Stranger' });
      const users = await countUsers();
      expect(refusedWith((await ssoLogin('stranger')).res)).toBe('no_person');
      expect(await countUsers()).toBe(users);
      expect((await lastRefusal()).detail).toMatch(/no person matches/);
    });

    it('a token without the configured e-mail claim', async () => {
      await createPerson(get().ctx.db, admin.organisationId, { externalId: 'nomail-1', email: null });
      idp.setAccount('nomail', { sub: 'nomail-1', name: 'No Mail' });
      expect(refusedWith((await ssoLogin('nomail')).res)).toBe('claims');
      expect((await lastRefusal()).detail).toMatch(/"email" claim/);
    });

    it('an e-mail that belongs to an account of another organisation', async () => {
      const other = await createUser(get().ctx.db, { roles: ['admin'], email: 'boss@other.dk' });
      await createPerson(get().ctx.db, admin.organisationId, { email: 'boss@other.dk' });
      idp.setAccount('boss', { sub: 'boss-1', email: 'boss@other.dk', name: 'Boss' });
      expect(refusedWith((await ssoLogin('boss')).res)).toBe('account_conflict');
      const person = await get()
        .ctx.db.kysely.selectFrom('persons')
        .select('user_id')
        .where('email', '=', 'boss@other.dk')
        .executeTakeFirstOrThrow();
      expect(person.user_id).toBeNull();
      expect(other.id).toBeDefined();
    });

    it('an e-mail the provider has not verified', async () => {
      await createPerson(get().ctx.db, admin.organisationId, { email: 'unverified@kommune.dk' });
      idp.setAccount('unverified', {
        sub: 'unverified-1',
        email: 'unverified@kommune.dk',
        email_verified: false,
        name: 'U',
      });
      expect(refusedWith((await ssoLogin('unverified')).res)).toBe('claims');
      expect((await lastRefusal()).detail).toMatch(/not verified/);
    });

    it('a second identity that claims an already linked person’s e-mail', async () => {
      await createPerson(get().ctx.db, admin.organisationId, { email: 'owner@kommune.dk' });
      idp.setAccount('owner', { sub: 'owner-1', email: 'owner@kommune.dk', name: 'Owner' });
      const owner = await meOf(sessionFrom((await ssoLogin('owner')).res));
      idp.setAccount('impostor', { sub: 'impostor-1', email: 'owner@kommune.dk', name: 'Impostor' });
      expect(refusedWith((await ssoLogin('impostor')).res)).toBe('account_conflict');
      // The rightful identity still works.
      expect((await meOf(sessionFrom((await ssoLogin('owner')).res))).user.id).toBe(owner.user.id);
    });

    for (const tamper of [
      'foreign_audience',
      'expired',
      'bad_signature',
      'wrong_issuer',
      'wrong_nonce',
    ] as const) {
      it(`an ID token that is ${tamper.replace('_', ' ')}`, async () => {
        await createPerson(get().ctx.db, admin.organisationId, { email: `${tamper}@kommune.dk` });
        idp.setAccount(tamper, { sub: `${tamper}-1`, email: `${tamper}@kommune.dk`, name: tamper });
        const users = await countUsers();
        expect(refusedWith((await ssoLogin(tamper, { tamper })).res)).toBe('token');
        expect(await countUsers()).toBe(users);
        expect((await lastRefusal()).detail).toMatch(/^OAUTH_/);
      });
    }

    it('a replayed state', async () => {
      await createPerson(get().ctx.db, admin.organisationId, { email: 'twice@kommune.dk' });
      idp.setAccount('twice', { sub: 'twice-1', email: 'twice@kommune.dk', name: 'Twice' });
      const { res, callbackUrl } = await ssoLogin('twice');
      sessionFrom(res);
      expect(refusedWith(await callback(callbackUrl))).toBe('state');
      const forged = new URL(callbackUrl);
      forged.searchParams.set('state', 'made-up');
      expect(refusedWith(await callback(forged.toString()))).toBe('state');
    });

    it('a callback address opened in another browser (a leaked or planted link)', async () => {
      idp.setAccount('twice', { sub: 'twice-1', email: 'twice@kommune.dk', name: 'Twice' });
      const back = await idp.authorize(await startAt(), 'twice');
      expect(refusedWith(await callback(back, null))).toBe('state');
      expect(refusedWith(await callback(back, `${SSO_LOGIN_COOKIE}=someone-else`))).toBe('state');
      // The stranger used nothing up: the right browser still finishes its login.
      sessionFrom(await callback(back));
    });

    it('a reused code', async () => {
      idp.setAccount('twice', { sub: 'twice-1', email: 'twice@kommune.dk', name: 'Twice' });
      const { callbackUrl } = await ssoLogin('twice');
      // A new login of our own, answered with the old code.
      const fresh = new URL(await startAt());
      const reuse = new URL(callbackUrl);
      reuse.searchParams.set('state', fresh.searchParams.get('state') ?? '');
      expect(refusedWith(await callback(reuse.toString()))).toBe('provider');
      expect((await lastRefusal()).detail).toMatch(/invalid_grant/);
    });

    it('a login that took too long', async () => {
      const location = await startAt();
      get().clock.advance(11 * 60_000);
      expect(refusedWith(await callback(await idp.authorize(location, 'twice')))).toBe('state');
    });

    it('the person cancelled at the provider', async () => {
      expect(refusedWith(await callback(await idp.cancel(await startAt())))).toBe('cancelled');
    });

    it('an issuer that does not answer', async () => {
      await configure({ issuer: 'http://127.0.0.1:9' });
      get().clock.advance(1000);
      try {
        const start = await get().app.inject({ method: 'GET', url: `/api/auth/sso/${slug}/start` });
        expect(start.headers.location).toBe('/login?sso-fejl=provider');
        expect((await lastRefusal()).detail).toMatch(/ECONNREFUSED|fetch failed/);
      } finally {
        await configure({});
      }
    });

    it('an organisation without single sign-on', async () => {
      const start = await get().app.inject({ method: 'GET', url: '/api/auth/sso/no-such-org/start' });
      expect(start.headers.location).toBe('/login?sso-fejl=not_configured');
    });

    it('an unsafe return address becomes the front page', async () => {
      for (const unsafe of [
        '//evil.example/phish',
        '/\\evil.example',
        '/\t/evil.example',
        'https://evil.example',
      ]) {
        const location = await startAt(unsafe);
        const res = await callback(await idp.authorize(location, 'twice'));
        expect(res.headers.location, unsafe).toBe('/');
      }
      const kept = await callback(
        await idp.authorize(await startAt('/organisation/personer?side=2'), 'twice'),
      );
      expect(kept.headers.location).toBe('/organisation/personer?side=2');
    });
  });

  describe('logout', () => {
    it('ends the Aktion session and sends the browser to end the provider’s', async () => {
      idp.setAccount('twice', { sub: 'twice-1', email: 'twice@kommune.dk', name: 'Twice' });
      const cookie = sessionFrom((await ssoLogin('twice')).res);
      const me = await meOf(cookie);
      const out = await get().app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie, 'x-csrf-token': me.csrfToken },
      });
      expect(out.statusCode).toBe(200);
      const url: string = out.json().endSessionUrl;
      expect(url.startsWith(idp.issuer)).toBe(true);
      expect(new URL(url).searchParams.get('id_token_hint')).toBeTruthy();
      expect(
        (await get().app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode,
      ).toBe(401);
      expect(await idp.endSession(url)).toMatch(new RegExp(`^${PUBLIC_URL}/login\\?logget-ud=1`));
    });

    it('keeps a provider’s session inside its own organisation', async () => {
      const cookie = sessionFrom((await ssoLogin('twice')).res);
      const me = await meOf(cookie);
      const other = await signedInUser(get().app, get().ctx.db, ['admin']);
      await get()
        .ctx.db.kysely.insertInto('memberships')
        .values({
          organisation_id: other.organisationId,
          user_id: me.user.id,
          roles: '["admin"]',
          deactivated_at: null,
          created_at: new Date().toISOString(),
        })
        .execute();
      const session: Session = {
        cookie,
        csrfToken: me.csrfToken,
        userId: me.user.id,
        organisationId: admin.organisationId,
      };
      const res = await send(get().app, session, {
        method: 'PUT',
        url: '/api/me/organisation',
        payload: { organisationId: other.organisationId },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.reason).toBe('sso_session_pinned');
    });
  });

  describe('configuration', () => {
    it('turns the password form off for the organisation’s people, not its administrators', async () => {
      const t = get();
      const employee = await createUser(t.ctx.db, {
        organisationId: admin.organisationId,
        roles: ['employee'],
      });
      await configure({ passwordLogin: false });
      try {
        const refused = await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: employee.email, password: 'rigtig hest batteri hæfteklamme' },
        });
        expect(refused.statusCode).toBe(403);
        expect(refused.json().error.message).toMatch(/single sign-on/);
        expect((await loginAs(t.app, admin.email)).userId).toBe(admin.id);
        // Nor can a password session from another organisation switch into it.
        const elsewhere = await signedInUser(t.app, t.ctx.db, ['employee']);
        await t.ctx.db.kysely
          .insertInto('memberships')
          .values({
            organisation_id: admin.organisationId,
            user_id: elsewhere.id,
            roles: '["employee"]',
            deactivated_at: null,
            created_at: new Date().toISOString(),
          })
          .execute();
        const moved = await send(t.app, elsewhere.session, {
          method: 'PUT',
          url: '/api/me/organisation',
          payload: { organisationId: admin.organisationId },
        });
        expect(moved.statusCode).toBe(403);
        expect(moved.json().error.reason).toBe('password_login_off');
      } finally {
        await configure({});
      }
    });

    it('explains bad input field by field', async () => {
      const res = await send(get().app, admin.session, {
        method: 'PUT',
        url: '/api/organisations/current/sso',
        payload: {
          ...configFor(idp),
          issuer: 'http://idp.example.com',
          scopes: 'email profile',
          emailClaim: 'e mail',
        },
      });
      expect(res.statusCode).toBe(400);
      const fields = res.json().error.fields;
      expect(fields.issuer).toMatch(/https:\/\//);
      expect(fields.scopes).toMatch(/openid/);
      expect(fields.emailClaim).toMatch(/claim-navn/);
    });

    it('tests the connection step by step in plain words', async () => {
      const t = get();
      const ok = await send(t.app, admin.session, {
        method: 'POST',
        url: '/api/organisations/current/sso/test',
        payload: { issuer: idp.issuer },
      });
      expect(ok.json().ok).toBe(true);
      expect(ok.json().checks.map((c: { check: string }) => c.check)).toEqual([
        'reachable',
        'discovery',
        'issuer_matches',
        'endpoints',
        'pkce',
        'keys',
      ]);

      const renamed = idp.issuer.replace('127.0.0.1', 'localhost');
      const mismatch = await send(t.app, admin.session, {
        method: 'POST',
        url: '/api/organisations/current/sso/test',
        payload: { issuer: renamed },
      });
      const failed = mismatch.json().checks.find((c: { ok: boolean }) => !c.ok);
      expect(failed).toMatchObject({ check: 'issuer_matches' });
      expect(failed.message).toContain(idp.issuer);

      const wrongPath = await send(t.app, admin.session, {
        method: 'POST',
        url: '/api/organisations/current/sso/test',
        payload: { issuer: `${idp.issuer}/realms/none` },
      });
      expect(wrongPath.json().checks.find((c: { ok: boolean }) => !c.ok)).toMatchObject({
        check: 'discovery',
      });

      const down = await send(t.app, admin.session, {
        method: 'POST',
        url: '/api/organisations/current/sso/test',
        payload: { issuer: 'http://127.0.0.1:9' },
      });
      expect(down.json().checks[0]).toMatchObject({ check: 'reachable', ok: false });
      expect(down.json().checks[1].message).toMatch(/Ikke tjekket/);
    });

    it('belongs to one organisation: another organisation’s logins never reach it', async () => {
      const t = get();
      const other = await signedInUser(t.app, t.ctx.db, ['admin']);
      const theirs = await send(t.app, other.session, {
        method: 'GET',
        url: '/api/organisations/current/sso',
      });
      expect(theirs.json()).toMatchObject({ configured: false, issuer: '' });
      // A person of the other organisation is not found through this organisation's provider.
      await createPerson(t.ctx.db, other.organisationId, { email: 'elsewhere@kommune.dk' });
      idp.setAccount('elsewhere', { sub: 'elsewhere-1', email: 'elsewhere@kommune.dk', name: 'Elsewhere' });
      expect(refusedWith((await ssoLogin('elsewhere')).res)).toBe('no_person');
    });
  });
});

export type { TestApp };
