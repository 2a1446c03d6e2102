import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InstrumentOverview } from '../core/schemas/assessment-instruments.js';
import { axeViolations, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

/** Unique per run: the e2e database lives across specs. */
const STAMP = Date.now();
const DANISH = `Vi venter med at automatisere, til alle er helt trygge ved det (${STAMP}).`;
const ENGLISH = `We wait to automate until everyone feels completely safe with it (${STAMP}).`;

async function csrf(context: BrowserContext): Promise<string> {
  return (await (await context.request.get('/api/me')).json()).csrfToken as string;
}

describeBrowser('[INSTRUMENT]', (browser) => {
  let admin: BrowserContext;
  let observer: BrowserContext;

  beforeAll(async () => {
    admin = (await signedInContext(browser(), DEMO.admin)).context;
    observer = (await signedInContext(browser(), DEMO.observer)).context;
    // A draft left by an earlier run would stand in the way of making one.
    const overview = (await (
      await admin.request.get('/api/assessment/instrument')
    ).json()) as InstrumentOverview;
    const draft = overview.versions.find((v) => v.status === 'draft');
    if (draft) {
      await admin.request.delete(`/api/assessment/instrument/versions/${draft.id}`, {
        headers: { 'x-csrf-token': await csrf(admin) },
      });
    }
  });
  afterAll(async () => {
    await admin?.close();
    await observer?.close();
  });

  it('[INSTRUMENT][PUBLISH]: an administrator adds an own reversed statement to a draft and publishes it', async () => {
    const page = await admin.newPage();
    await page.goto('/maalinger/instrument');
    await page.getByRole('heading', { level: 1, name: 'Spørgeskema' }).waitFor();
    await page.getByRole('heading', { name: 'Programmets fire fokusområder' }).waitFor();
    await page.getByRole('heading', { name: 'Automatisering' }).waitFor();
    expect(await page.getByText('Vendt: enighed tæller lavt').count()).toBeGreaterThan(0);
    await page.getByRole('table', { name: 'De fire niveauer, og hvad de betyder' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'instrument-read');

    await page.getByRole('button', { name: 'Lav et nyt udkast' }).click();
    const heading = page.getByRole('heading', { level: 2, name: /^Udkast: version \d+$/ });
    await heading.waitFor();
    const version = Number((await heading.textContent())?.match(/\d+/)?.[0]);
    await page.getByText(`Udkastet (version ${version}) er lavet`).waitFor();

    // Sending an empty statement names both missing texts in the error summary.
    await page.getByRole('button', { name: 'Tilføj eget udsagn i "Automatisering"' }).click();
    const danish = page.getByLabel('Udsagnet på dansk');
    await expect.poll(() => danish.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Tilføj udsagnet' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Skriv udsagnet på dansk' });
    await summary.getByRole('link', { name: 'Skriv udsagnet på engelsk' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await danish.fill(DANISH);
    await page.getByLabel('Udsagnet på engelsk').fill(ENGLISH);
    await page.getByLabel('Enighed tæller lavt (vendt udsagn)').check();
    await page.getByRole('button', { name: 'Tilføj udsagnet' }).click();
    await page.getByText('Udsagnet er tilføjet i "Automatisering".').waitFor();
    const mine = page.getByRole('listitem').filter({ hasText: DANISH });
    expect(await mine.textContent()).toContain('Vendt: enighed tæller lavt');
    expect(await mine.textContent()).toContain('Jeres eget udsagn');
    await mine.getByRole('button', { name: `Ret udsagnet "${DANISH}"` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'instrument-draft');

    // Publishing asks first and says what it means for rounds.
    await page.getByRole('button', { name: `Udgiv version ${version}` }).click();
    await page.getByText('Målinger, der allerede er i gang, beholder deres spørgeskema').waitFor();
    await page.getByRole('button', { name: 'Ja, udgiv' }).click();
    await page.getByText(`Version ${version} er udgivet.`).waitFor();
    await page.getByText('Versionen er udgivet og kan ikke ændres.').waitFor();
    expect(await page.getByRole('button', { name: /Tilføj eget udsagn/ }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByText(DANISH).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const overview = (await (
      await admin.request.get('/api/assessment/instrument')
    ).json()) as InstrumentOverview;
    expect(overview.newRoundsUse?.version).toBe(version);
    await page.close();
  });

  it('[INSTRUMENT][READ]: an observer reads the questionnaire in use and cannot change it', async () => {
    const page = await observer.newPage();
    await page.goto('/maalinger/instrument');
    await page.getByRole('heading', { level: 1, name: 'Spørgeskema' }).waitFor();
    await page.getByText(DANISH).waitFor();
    await page.getByText('Kun administratorer kan lave og udgive versioner.').waitFor();
    expect(await page.getByRole('button', { name: 'Lav et nyt udkast' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
