import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stableId } from '../server/src/db/seed/municipality.js';
import { axeViolations, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

const STATEMENT =
  'Et kort tryghedsopkald om morgenen gav borgerne ro, og hjemmeplejen fik færre akutte kald.';

describeBrowser('[INSIGHTS]', (browser) => {
  let participant: BrowserContext;
  let employee: BrowserContext;

  beforeAll(async () => {
    participant = (await signedInContext(browser(), DEMO.participant)).context;
    employee = (await signedInContext(browser(), DEMO.employee)).context;
  });
  afterAll(async () => {
    await participant?.close();
    await employee?.close();
  });

  it('[INSIGHTS][CREATE]: a participant writes an insight and finds it by searching an inflected form', async () => {
    const page = await participant.newPage();
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Indsigter' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Indsigter' }).waitFor();
    await page.getByRole('link', { name: 'Skriv en indsigt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny indsigt' }).waitFor();

    // Sending nothing names what is missing, in the error summary and on the field.
    await page.getByRole('button', { name: 'Gem indsigten' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Skriv, hvad du har lært.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Hvad har du lært?').fill(STATEMENT);
    await page.getByLabel('Emneord (valgfrit)').fill('tryghed, hjemmepleje');
    await page.getByLabel('Teknologianvendelse').check();
    await page.getByLabel('Hele organisationen').check();
    await page.getByRole('button', { name: 'Gem indsigten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indsigt' }).waitFor();
    await page.getByText('Indsigten er gemt.').waitFor();
    await page.getByText(STATEMENT).first().waitFor();
    await page.getByRole('heading', { name: 'Version 1 (nuværende)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Til indsigterne' }).click();
    await page.getByLabel('Søg i indsigter').fill('tryghedsopkaldene');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.getByRole('heading', { name: '1 indsigt' }).waitFor();
    await page.getByText(STATEMENT).waitFor();
    expect(page.url()).toContain('q=tryghedsopkaldene');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'insights-search');
    await page.close();

    // Shared with the whole organisation: an employee finds it too, with its author's name.
    const other = await employee.newPage();
    await other.goto('/indsigter?q=tryghedsopkald');
    await other.getByText(STATEMENT).waitFor();
    await other.getByText('Lene Leder', { exact: true }).first().waitFor();
    await other.close();
  });

  it('[INSIGHTS][SOURCE]: ?kilde= opens the form with the participant’s journal entry as the source', async () => {
    // Lene Leder's first journal entry in the demo (server/src/db/seed/action-learning.ts).
    const { context: admin } = await signedInContext(browser(), DEMO.admin);
    const lene = (await (await admin.request.get('/api/people?q=leder@demo.aktion.dk')).json()).items[0].id;
    await admin.close();
    const entry = stableId(`journal-entry:${lene}:1`);
    const page = await participant.newPage();
    await page.goto(`/indsigter/ny?kilde=journal_entry:${entry}`);
    const source = page.getByRole('region', { name: 'Kilde' });
    await source.getByText(/^Fra et journalnotat/).waitFor();
    await source.getByText('Hold: Topledelse hold 1').waitFor();
    await page
      .getByLabel('Hvad har du lært?')
      .fill('Når jeg spørger før jeg foreslår, finder teamet selv løsningen.');
    await page.getByLabel('Dit læringssæt').check();
    await page.getByRole('button', { name: 'Gem indsigten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indsigt' }).waitFor();
    await page.getByText('Fra et journalnotat', { exact: true }).waitFor();
    await page.getByText('Dit læringssæt', { exact: true }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('[INSIGHTS][STALE]: saving over a newer version says someone else changed it', async () => {
    const first = await participant.newPage();
    const second = await participant.newPage();
    await first.goto('/indsigter?mine=1&q=tryghedsopkald');
    await first
      .getByRole('link', { name: /Se indsigten og dens historik/ })
      .first()
      .click();
    await first.getByRole('heading', { level: 1, name: 'Indsigt' }).waitFor();
    await second.goto(first.url());
    for (const page of [first, second]) {
      await page.getByRole('button', { name: 'Ret indsigten' }).click();
      await page.getByLabel('Hvad har du lært?').waitFor();
    }
    await second.getByLabel('Hvad har du lært?').fill(`${STATEMENT} Det holdt hele vinteren.`);
    await second.getByRole('button', { name: 'Gem indsigten' }).click();
    await second.getByText('Ændringerne er gemt som version 2.').waitFor();

    await first.getByLabel('Emneord (valgfrit)').fill('tryghed');
    await first.getByRole('button', { name: 'Gem indsigten' }).click();
    const stale = first.getByRole('alert').filter({ hasText: 'Indsigten er ændret et andet sted' });
    await stale.getByText(/Nogen har ændret indsigten.*version 2/).waitFor();
    expect(await axeViolations(first)).toEqual([]);
    await stale.getByRole('button', { name: 'Hent den nyeste udgave' }).click();
    await first.getByRole('heading', { name: 'Version 2 (nuværende)' }).waitFor();
    await first.getByText('Det holdt hele vinteren.').first().waitFor();
    await first.close();
    await second.close();
  });
});
