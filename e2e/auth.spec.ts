import { expect, it } from 'vitest';
import { axeViolations, baseURL, DEMO, DEMO_PASSWORD, describeBrowser } from './fixtures.js';

describeBrowser('[AUTH]', (browser) => {
  it('[AUTH][LOGIN]: logs in through the form, lands where it was going, and logs out', async () => {
    const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto('/admin/log');
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('E-mail').fill(DEMO.admin);
    await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL('**/admin/log');
    await page.getByRole('heading', { level: 1, name: 'Log over ændringer' }).waitFor();
    expect(await page.locator('header').textContent()).toContain('Demo Kommune');
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL('**/login?logget-ud=1');
    await page.getByText('Du er logget ud.').waitFor();
    await page.getByRole('link', { name: 'Log ind' }).first().waitFor();
    const me = await context.request.get('/api/me');
    expect(me.status()).toBe(401);
    await context.close();
  });

  it('[AUTH][LOGIN]: a wrong password shows the error summary, which takes focus', async () => {
    const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('E-mail').fill(DEMO.employee);
    await page.getByLabel('Adgangskode', { exact: true }).fill('forkert');
    await page.getByRole('button', { name: 'Log ind' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Forkert e-mail eller adgangskode');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="alert"]') !== null)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('[AUTH][KEYBOARD]: the skip link is the first stop and moves focus to the content', async () => {
    const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Gå til indhold');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await context.close();
  });

  it('[AUTH][LANGUAGE]: switches to English and back', async () => {
    const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await context.close();
  });
});
