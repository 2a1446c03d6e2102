import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, baseURL, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

/** The demo seed's published public conference (Demo Kommune's). */
const DEMO_EVENT_SLUG = 'hr-moeder-digitalisering';

/** What the other web site's script saw: the status, or that the browser blocked the answer. */
type Outcome = { status: number; body: string } | { blocked: string };

/** The other site's page calls Aktion from the browser, as an embedded registration would. */
function callAktion(page: Page, method: 'GET' | 'POST', url: string): Promise<Outcome> {
  return page.evaluate(
    async ({ method, url }) => {
      try {
        const res = await fetch(url, {
          method,
          headers: method === 'POST' ? { 'content-type': 'application/json' } : {},
          body: method === 'POST' ? JSON.stringify({}) : undefined,
        });
        return { status: res.status, body: await res.text() };
      } catch (error) {
        return { blocked: String(error) };
      }
    },
    { method, url },
  );
}

describeBrowser('[EMBEDDING]', (browser) => {
  /** A municipality's web site on another origin (http is allowed on localhost). */
  let site: Server;
  let siteOrigin = '';
  let admin: BrowserContext;

  beforeAll(async () => {
    site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="da"><title>Viborg</title><h1>Kurser</h1></html>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteOrigin = `http://localhost:${(site.address() as AddressInfo).port}`;
    admin = (await signedInContext(browser(), DEMO.admin)).context;
  });

  afterAll(async () => {
    await admin?.close();
    await new Promise((resolve) => site?.close(resolve));
  });

  /** A fresh browser (no cached preflight) on the other site. */
  async function fromSite<T>(run: (page: Page) => Promise<T>): Promise<T> {
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${siteOrigin}/`);
      return await run(page);
    } finally {
      await context.close();
    }
  }
  const eventUrl = () => `${baseURL()}/api/public/events/${DEMO_EVENT_SLUG}`;

  it('[EMBEDDING][CORS]: the browser blocks a web site the organisation has not listed', async () => {
    const outcome = await fromSite((page) => callAktion(page, 'GET', eventUrl()));
    expect(outcome).toHaveProperty('blocked');
  });

  it('[EMBEDDING][EDIT]: an administrator lists a web site, with errors shown by the field', async () => {
    const page = await admin.newPage();
    await page.goto('/admin/indlejring');
    await page.getByRole('heading', { level: 1, name: 'Tilmelding på jeres hjemmesider' }).waitFor();
    await page.getByRole('button', { name: 'Tilføj hjemmeside' }).click();
    const field = page.getByLabel('Hjemmeside 1');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill(`${siteOrigin}/kurser/`);
    await page.getByRole('button', { name: 'Gem hjemmesider' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Hjemmeside 1: Skriv kun hjemmesidens adresse');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'embedding-error');

    await field.fill(siteOrigin);
    await page.getByRole('button', { name: 'Gem hjemmesider' }).click();
    await page.getByText('Hjemmesiderne er gemt').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('[EMBEDDING][CORS]: the listed web site reads the event and sends a registration (preflight)', async () => {
    const [read, sent] = await fromSite(async (page) => [
      await callAktion(page, 'GET', eventUrl()),
      await callAktion(page, 'POST', `${eventUrl()}/registrations`),
    ]);
    expect(read).toMatchObject({ status: 200 });
    expect((read as { body: string }).body).toContain('HR møder digitalisering');
    // An empty body: the answer is the validation error, which the site may read and show.
    expect(sent).toMatchObject({ status: 400 });
    expect((sent as { body: string }).body).toContain('validation_failed');
  });

  it('[EMBEDDING][EDIT]: removing the web site shuts it out at once', async () => {
    const page = await admin.newPage();
    await page.goto('/admin/indlejring');
    await page.getByRole('button', { name: 'Fjern hjemmeside 1' }).click();
    await page.getByRole('button', { name: 'Gem hjemmesider' }).click();
    await page.getByText('Hjemmesiderne er gemt').waitFor();
    await page.close();
    const outcome = await fromSite((page) => callAktion(page, 'GET', eventUrl()));
    expect(outcome).toHaveProperty('blocked');
  });
});
