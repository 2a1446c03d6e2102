import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, copenhagenDate } from '../core/time.js';
import { axeViolations, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

/** A unique title per run: the e2e database lives across specs. */
const TITLE = `Ekstra kick-off ${Date.now()}`;

describeBrowser('[COHORTS]', (browser) => {
  let facilitator: BrowserContext;

  beforeAll(async () => {
    facilitator = (await signedInContext(browser(), DEMO.facilitator)).context;
  });
  afterAll(async () => {
    await facilitator?.close();
  });

  it('[COHORTS][RUN]: a facilitator plans an activity, marks attendance and sees the rates', async () => {
    const page = await facilitator.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Hold' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hold' }).waitFor();
    await page.getByRole('link', { name: 'Topledelse hold 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Topledelse hold 1' }).waitFor();

    // Yesterday, so the activity has begun and counts in the rates.
    const yesterday = addDays(copenhagenDate(new Date()), -1);
    await page.getByRole('button', { name: 'Tilføj aktivitet' }).click();
    await page.getByLabel('Modul', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Titel (valgfrit)').fill(TITLE);
    await page.getByLabel('Dato', { exact: true }).fill(yesterday);
    await page.getByLabel('Starttid').fill('9.00');
    await page.getByLabel('Sluttid').fill('10.30');
    await page.getByLabel('Sted (valgfrit)').fill('Rådhuset, mødelokale 3');
    await page.getByRole('button', { name: 'Gem aktiviteten' }).click();
    await page.getByText(`"${TITLE}" er tilføjet planen.`).waitFor();
    await page.getByRole('heading', { level: 4, name: TITLE }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The marking page: one present, one absent with a reason, saved in one go.
    await page
      .getByRole('link', { name: `Registrér fremmøde til '${TITLE}'` })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: `Fremmøde: ${TITLE}` }).waitFor();
    const people = page.getByRole('group', { name: /^Fremmøde for / });
    await people.nth(0).getByLabel('Til stede').check();
    await people.nth(1).getByLabel('Fraværende').check();
    await people.nth(1).getByLabel('Grund til fravær (valgfrit)').fill('Syg');
    await page.getByText('Til stede: 1. Fraværende: 1.').waitFor();
    await page.getByRole('button', { name: 'Gem fremmøde' }).click();
    await page.getByText('Fremmødet er gemt.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'cohort-attendance');

    // Back on the cohort, the activity's rate is one of two.
    await page.getByRole('link', { name: 'Tilbage til Topledelse hold 1' }).click();
    const byActivity = page.getByRole('table', { name: 'Fremmøde pr. aktivitet' });
    const row = byActivity.getByRole('row', { name: new RegExp(TITLE) });
    await row.waitFor();
    expect(await row.textContent()).toContain('50 %');

    // The marks are kept: the page opens with them.
    await row.getByRole('link', { name: `Registrér fremmøde til '${TITLE}'` }).click();
    await expect.poll(() => people.nth(1).getByLabel('Fraværende').isChecked()).toBe(true);
    expect(await people.nth(1).getByLabel('Grund til fravær (valgfrit)').inputValue()).toBe('Syg');
  });

  it('[COHORTS][OBSERVER]: an observer sees the overview figures, small groups withheld, and no names', async () => {
    const { context } = await signedInContext(browser(), DEMO.observer);
    try {
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Hold' }).click();
      await page.getByRole('link', { name: 'Topledelse hold 1' }).click();
      await page.getByRole('heading', { level: 2, name: 'Overblik' }).waitFor();
      const byLevel = page.getByRole('table', { name: 'Deltagere fordelt på ledelsesniveau' });
      await byLevel.waitFor();
      expect(await page.getByRole('table', { name: 'Deltagere fordelt på område' }).textContent()).toMatch(
        /skjult|\d/,
      );
      // Nothing that names or changes participants: no participant list, no plan editing.
      expect(await page.getByRole('heading', { name: 'Deltagere', level: 2 }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Ret holdet' }).count()).toBe(0);
      expect(await page.getByText('Lene Leder').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'cohort-overview-observer');
    } finally {
      await context.close();
    }
  });
});
