import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MeRes } from '../core/schemas/auth.js';
import type { PeoplePageRes, PersonRes } from '../core/schemas/organisation.js';
import type { SsoConfigReq } from '../core/schemas/sso.js';
import { startTestOidcProvider, type TestOidcProvider } from '../server/src/test/oidc-provider.js';
import {
  axeViolations,
  baseURL,
  DEMO,
  DEMO_PASSWORD,
  describeBrowser,
  screenshot,
  signedInContext,
} from './fixtures.js';

const PROVIDER_HEADING = 'Sign in at the test provider';

describeBrowser('[SSO]', (browser) => {
  let provider: TestOidcProvider;
  let admin: BrowserContext;
  let csrf: Record<string, string>;
  /** A leader of Demo Kommune with an e-mail address and no account yet. */
  let leader: PersonRes;
  let config: SsoConfigReq;

  beforeAll(async () => {
    provider = await startTestOidcProvider({
      redirectUris: [`${baseURL()}/api/auth/sso/callback`],
      postLogoutRedirectUris: [`${baseURL()}/login?logget-ud=1`],
    });
    const signedIn = await signedInContext(browser(), DEMO.admin);
    admin = signedIn.context;
    csrf = { 'x-csrf-token': signedIn.me.csrfToken };
    config = {
      enabled: true,
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      scopes: 'openid email profile',
      emailClaim: 'email',
      nameClaim: 'name',
      externalIdClaim: 'sub',
      groupsClaim: 'groups',
      roleMappings: [{ value: 'aktion-facilitators', roles: ['facilitator'] }],
      leaderRoles: ['participant'],
      passwordLogin: true,
    };
    const put = await admin.request.put('/api/organisations/current/sso', { headers: csrf, data: config });
    expect(put.status(), await put.text()).toBe(200);

    const people = (await (
      await admin.request.get('/api/people?level=leaders&status=active&limit=500')
    ).json()) as PeoplePageRes;
    const candidate = people.items.find((p) => p.user === null && p.email && p.leftAt === null);
    if (!candidate) throw new Error('the demo seed has no leader with an e-mail and no account');
    leader = candidate;
    provider.setAccount('leder', { sub: `idp-${leader.id}`, email: leader.email ?? '', name: leader.name });
    provider.setAccount('ukendt', {
      sub: 'idp-ukendt',
      email: 'ingen.kender@eksempel.dk',
      name: 'Ingen Kender',
    });
  });

  afterAll(async () => {
    const { clientSecret: _kept, ...rest } = config;
    await admin?.request.put('/api/organisations/current/sso', {
      headers: csrf,
      data: { ...rest, enabled: false },
    });
    await admin?.close();
    await provider?.close();
  });

  /** From Aktion's login page through the provider's, as the person would. */
  async function signInAtProvider(page: Page, login: string) {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Log ind med Demo Kommune' }).click();
    await page.getByRole('heading', { name: PROVIDER_HEADING }).waitFor();
    await page.getByLabel('Login').fill(login);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  let leaderPage: Page;

  it('[SSO][LOGIN]: a leader without an account logs in through the organisation, and gets an account', async () => {
    const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    leaderPage = await context.newPage();
    await leaderPage.goto('/login');
    await leaderPage.getByRole('link', { name: 'Log ind med Demo Kommune' }).waitFor();
    expect(await axeViolations(leaderPage)).toEqual([]);
    await screenshot(leaderPage, 'login-with-sso');

    await signInAtProvider(leaderPage, 'leder');
    await leaderPage.waitForURL(`${baseURL()}/`);
    await leaderPage.getByText(`Hej ${leader.name}. Du er logget ind i Demo Kommune.`).waitFor();
    const me = (await leaderPage.evaluate(async () => (await fetch('/api/me')).json())) as MeRes;
    expect(me.signedInWith).toBe('sso');
    expect(me.user.email).toBe(leader.email);
    const demo = me.organisations.find((o) => o.id === me.activeOrganisationId);
    expect(demo?.name).toBe('Demo Kommune');
    expect([...(demo?.roles ?? [])].sort()).toEqual(['employee', 'participant']);
  });

  it('[SSO][LOGOUT]: logging out ends the provider’s session too, and lands on the login page', async () => {
    const visited: string[] = [];
    leaderPage.on('framenavigated', (frame) => visited.push(frame.url()));
    await leaderPage.getByRole('button', { name: 'Log ud' }).click();
    await leaderPage.waitForURL(`${baseURL()}/login?logget-ud=1`);
    expect(visited.some((url) => url.startsWith(`${provider.issuer}/`))).toBe(true);
    await leaderPage.getByText('Du er logget ud.').waitFor();
    expect((await leaderPage.context().request.get('/api/me')).status()).toBe(401);
    // The provider asks who you are again: its session ended as well.
    await leaderPage.getByRole('link', { name: 'Log ind med Demo Kommune' }).click();
    await leaderPage.getByRole('heading', { name: PROVIDER_HEADING }).waitFor();
    await leaderPage.context().close();
  });

  it('[SSO][REFUSED]: a provider account that matches nobody is explained on the login page', async () => {
    const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const page = await context.newPage();
    await signInAtProvider(page, 'ukendt');
    await page.waitForURL(`${baseURL()}/login?sso-fejl=no_person`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Vi kunne ikke finde dig i organisationens personliste. Kontakt din administrator.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'login-sso-refused');

    await context.close();
  });

  it('[SSO][CANCEL]: cancelling at the provider is said plainly too', async () => {
    const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('link', { name: 'Log ind med Demo Kommune' }).click();
    await page.getByRole('heading', { name: PROVIDER_HEADING }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL(`${baseURL()}/login?sso-fejl=cancelled`);
    await page.getByText('Du afbrød login hos din organisation.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('[SSO][PASSWORD-OFF]: without password login the form waits behind a link, for administrators', async () => {
    const { clientSecret: _kept, ...rest } = config;
    const off = await admin.request.put('/api/organisations/current/sso', {
      headers: csrf,
      data: { ...rest, passwordLogin: false },
    });
    expect(off.status()).toBe(200);
    try {
      const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByRole('link', { name: 'Log ind med Demo Kommune' }).waitFor();
      const email = page.getByLabel('E-mail');
      expect(await email.isVisible()).toBe(false);
      const disclosure = page.locator('summary', { hasText: 'Log ind med adgangskode (administratorer)' });
      await disclosure.focus();
      await page.keyboard.press('Enter');
      await email.fill(DEMO.employee);
      await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Log ind', exact: true }).click();
      const summary = page.getByRole('alert');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('Din organisation bruger single sign-on');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'login-password-off');
      await email.fill(DEMO.admin);
      await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Log ind', exact: true }).click();
      await page.getByText(/Hej Anne Administrator/).waitFor();
      await context.close();
    } finally {
      await admin.request.put('/api/organisations/current/sso', { headers: csrf, data: rest });
    }
  });

  it('[SSO][ADMIN]: the set-up page shows the connection, tests it, and explains what is missing', async () => {
    const page = await admin.newPage();
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Single sign-on' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Single sign-on' }).waitFor();
    const issuer = page.getByLabel('Udsteder (issuer URL)');
    expect(await issuer.inputValue()).toBe(provider.issuer);
    await page.getByText('Gemt. Lad feltet stå tomt for at beholde den.').waitFor();
    await page.getByText(`${baseURL()}/api/auth/sso/callback`).waitFor();

    await page.getByRole('button', { name: 'Test forbindelsen' }).click();
    await page.getByText('Forbindelsen virker').waitFor();
    expect(await page.getByRole('img', { name: 'OK' }).count()).toBe(6);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-single-sign-on');

    // Keyboard: a new group's field takes focus, and the row can be removed again.
    await page.getByRole('button', { name: 'Tilføj gruppe' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^sso-mapping-\d+-value$/);
    await page.getByRole('button', { name: 'Fjern gruppe 2' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('group', { name: 'Gruppe 2' }).count()).toBe(0);

    // Checked here first, then by the server: both land on the field and in the summary.
    await page.getByLabel('Klient-id (client ID)').fill('');
    await page.getByRole('button', { name: 'Gem opsætningen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Udfyld Klient-id (client ID)');
    await page.getByLabel('Klient-id (client ID)').fill(provider.clientId);
    await issuer.fill('http://idp.eksempel.dk');
    await page.getByRole('button', { name: 'Gem opsætningen' }).click();
    await summary.filter({ hasText: 'https://' }).waitFor();
    expect(await page.locator('#sso-issuer-error').textContent()).toContain('https://');
    expect(await axeViolations(page)).toEqual([]);
    // Nothing was saved.
    const saved = await (await admin.request.get('/api/organisations/current/sso')).json();
    expect(saved.issuer).toBe(provider.issuer);
    await page.close();
  });
});
