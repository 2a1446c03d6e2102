import * as OTPAuth from 'otpauth';
import { type APIRequestContext, type Page, request } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import type { MeRes } from '../core/schemas/auth.js';
import type { SecondFactorStatusRes } from '../core/schemas/second-factor.js';
import {
  axeViolations,
  baseURL,
  DEMO,
  DEMO_PASSWORD,
  describeBrowser,
  screenshot,
  signedInContext,
} from './fixtures.js';

/**
 * An authenticator app: the server refuses a code of a 30-second step it has seen before, so each
 * call waits, when needed, for a step this secret has not used yet.
 */
function authenticator(secret: string) {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  });
  let lastStep = -1;
  return async () => {
    while (Math.floor(Date.now() / 30_000) <= lastStep) await new Promise((r) => setTimeout(r, 250));
    const now = Date.now();
    lastStep = Math.floor(now / 30_000);
    return totp.generate({ timestamp: now });
  };
}

async function logInWithPassword(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
}

/** Turns a demo account's second factor off through the API, whatever state a failed test left it in. */
async function ensureOff(email: string, codes: string[], code: (() => Promise<string>) | null) {
  const api: APIRequestContext = await request.newContext({ baseURL: baseURL() });
  try {
    const res = await api.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
    let body = await res.json();
    const nextCode = async () => codes.shift() ?? (code ? await code() : '');
    if (body.secondFactorRequired) {
      const step = await api.post('/api/auth/login/second-factor', {
        data: { challenge: body.challenge, code: await nextCode() },
      });
      body = await step.json();
    }
    const me = body as MeRes;
    const headers = { 'x-csrf-token': me.csrfToken };
    const status = (await (await api.get('/api/me/second-factor')).json()) as SecondFactorStatusRes;
    if (status.status === 'on') {
      const off = await api.post('/api/me/second-factor/disable', {
        headers,
        data: { code: await nextCode() },
      });
      expect(off.status()).toBe(204);
    }
  } finally {
    await api.dispose();
  }
}

describeBrowser('[2FA]', (browser) => {
  /** The demo administrator's secret and recovery codes, once enrolled (for the clean-up too). */
  let appCode: (() => Promise<string>) | null = null;
  let codes: string[] = [];
  let facilitatorCode: (() => Promise<string>) | null = null;

  afterAll(async () => {
    // Other specs log in as the demo administrator with a password only.
    await ensureOff(DEMO.admin, [...codes], appCode);
    await ensureOff(DEMO.facilitator, [], facilitatorCode);
  });

  it('[2FA][ENROL]: the administrator turns it on with an app, saves the codes, and logs in with a code', {
    timeout: 120_000,
  }, async () => {
    const { context } = await signedInContext(browser(), DEMO.admin);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Totrinsbekræftelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Totrinsbekræftelse' }).waitFor();
    await page.getByText('Totrinsbekræftelse er slået fra.').waitFor();

    // Outside the demo an administrator must turn it on first. The demo accounts never must, so
    // Me is made to say so here (until it is on), as the server says it for a real administrator.
    await page.route('**/api/me', async (route) => {
      const response = await route.fetch();
      const me = (await response.json()) as MeRes;
      const status = await (await page.request.get('/api/me/second-factor')).json();
      await route.fulfill({ response, json: { ...me, secondFactorSetupRequired: status.status !== 'on' } });
    });
    await page.goto('/admin/brugere');
    await page.waitForURL('**/konto/totrinsbekraeftelse');
    await page.getByRole('heading', { name: 'Slå totrinsbekræftelse til for at fortsætte' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Totrinsbekræftelse']);
    await page.getByRole('button', { name: 'Slå totrinsbekræftelse til' }).click();

    const qr = page.getByRole('img', { name: 'QR-kode til din godkendelsesapp' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3C/);
    const shown = (await page.locator('#totp-secret').textContent()) ?? '';
    expect(shown).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    appCode = authenticator(shown.replace(/\s+/g, ''));
    const field = page.getByLabel('Kode fra din app');
    expect(await field.getAttribute('inputmode')).toBe('numeric');
    expect(await field.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'second-factor-qr');

    await field.fill(await appCode());
    await page.getByRole('button', { name: 'Bekræft og slå til' }).click();
    await page.getByRole('heading', { name: 'Gem dine gendannelseskoder' }).waitFor();
    codes = await page
      .getByRole('list', { name: 'Dine gendannelseskoder' })
      .locator('code')
      .allTextContents();
    expect(codes).toHaveLength(10);
    const download = page.getByRole('link', { name: 'Hent koderne som fil' });
    expect(await download.getAttribute('download')).toBe('aktion-gendannelseskoder.txt');
    expect(await download.getAttribute('href')).toMatch(/^blob:/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Jeg har gemt koderne' }).click();
    await page.getByText('Du har 10 gendannelseskoder tilbage.').waitFor();
    // Focus moves to the status line that took the codes' place.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('slået til');
    // On: the rest of Aktion opens again.
    await menu.getByRole('link', { name: 'Brugere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brugere' }).waitFor();
    await page.unroute('**/api/me');

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL('**/login?logget-ud=1');
    await page.getByText('Du er logget ud.').waitFor();

    await logInWithPassword(page, DEMO.admin);
    const code = page.getByLabel('Kode fra din app');
    await code.waitFor();
    // The step's heading takes focus, so a screen reader reads what to do.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Totrinsbekræftelse');
    await code.fill('12345');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('6 cifre');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'login-code-step');
    await code.fill(await appCode());
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByText(/Hej Anne Administrator/).waitFor();
    await context.close();
  });

  it('[2FA][RECOVERY]: logs in with a recovery code, by keyboard, and a used code is refused', async () => {
    expect(codes).toHaveLength(10);
    const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const page = await context.newPage();
    await logInWithPassword(page, DEMO.admin);
    await page.getByRole('button', { name: 'Brug en gendannelseskode i stedet' }).click();
    await page.getByLabel('Gendannelseskode').waitFor();
    // Focus stays in the field, which now asks for a recovery code.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('second-factor-code');
    await page.keyboard.type(codes[0] ?? '');
    await page.keyboard.press('Enter');
    await page.getByText(/Hej Anne Administrator/).waitFor();
    await page.goto('/konto/totrinsbekraeftelse');
    await page.getByText('Du har 9 gendannelseskoder tilbage.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const again = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const second = await again.newPage();
    await logInWithPassword(second, DEMO.admin);
    await second.getByRole('button', { name: 'Brug en gendannelseskode i stedet' }).click();
    await second.getByLabel('Gendannelseskode').fill(codes[0] ?? '');
    await second.getByRole('button', { name: 'Log ind' }).click();
    await second.getByRole('alert').waitFor();
    expect(await second.getByRole('alert').textContent()).toContain('allerede brugt');
    await again.close();
    codes.shift();
  });

  it('[2FA][DISABLE]: the administrator turns it off again with a recovery code', async () => {
    const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const page = await context.newPage();
    await logInWithPassword(page, DEMO.admin);
    await page.getByRole('button', { name: 'Brug en gendannelseskode i stedet' }).click();
    await page.getByLabel('Gendannelseskode').fill(codes.shift() ?? '');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByText(/Hej Anne Administrator/).waitFor();
    await page.goto('/konto/totrinsbekraeftelse');
    await page.getByRole('button', { name: 'Slå totrinsbekræftelse fra' }).click();
    await page.getByLabel('Kode fra din app eller en gendannelseskode').fill(codes.shift() ?? '');
    await page.getByRole('button', { name: 'Slå fra', exact: true }).click();
    await page.getByText('Du har slået totrinsbekræftelse fra.').waitFor();
    await page.getByText('Totrinsbekræftelse er slået fra.').waitFor();
    const status = (await (
      await context.request.get('/api/me/second-factor')
    ).json()) as SecondFactorStatusRes;
    expect(status.status).toBe('off');
    await context.close();

    const api = await request.newContext({ baseURL: baseURL() });
    const login = await api.post('/api/auth/login', { data: { email: DEMO.admin, password: DEMO_PASSWORD } });
    expect((await login.json()).user?.email).toBe(DEMO.admin);
    await api.dispose();
  });

  it('[2FA][RESET]: an administrator resets a person’s two-step verification (a lost phone)', async () => {
    // The facilitator turns it on through the API, as the page would.
    const { context: facilitator, me } = await signedInContext(browser(), DEMO.facilitator);
    const headers = { 'x-csrf-token': me.csrfToken };
    const enrolment = await (await facilitator.request.post('/api/me/second-factor', { headers })).json();
    facilitatorCode = authenticator(enrolment.secret);
    const confirm = await facilitator.request.post('/api/me/second-factor/confirm', {
      headers,
      data: { code: await facilitatorCode() },
    });
    expect(confirm.status()).toBe(200);

    const { context } = await signedInContext(browser(), DEMO.admin);
    const page = await context.newPage();
    await page.goto('/admin/brugere');
    const row = page.getByRole('row', { name: /Frederik Facilitator/ });
    await row.getByRole('cell', { name: 'Til', exact: true }).waitFor();
    await row.getByRole('button', { name: /Nulstil totrinsbekræftelse/ }).click();
    await row.getByText(/Personen bliver logget ud/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await row.getByRole('button', { name: 'Nulstil totrinsbekræftelse', exact: true }).click();
    await page.getByText('Totrinsbekræftelse for Frederik Facilitator er nulstillet.').waitFor();
    await row.getByRole('cell', { name: 'Fra', exact: true }).waitFor();
    expect(await row.getByRole('button', { name: /Nulstil totrinsbekræftelse/ }).count()).toBe(0);
    // The facilitator's sessions ended with the reset.
    expect((await facilitator.request.get('/api/me')).status()).toBe(401);
    facilitatorCode = null;
    await facilitator.close();
    await context.close();
  });
});
