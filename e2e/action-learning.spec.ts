import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

describeBrowser('[ACTION-LEARNING]', (browser) => {
  let leader: BrowserContext;
  let facilitator: BrowserContext;

  beforeAll(async () => {
    leader = (await signedInContext(browser(), DEMO.participant)).context;
    facilitator = (await signedInContext(browser(), DEMO.facilitator)).context;
  });
  afterAll(async () => {
    await leader?.close();
    await facilitator?.close();
  });

  it('[ACTION-LEARNING][JOURNAL]: a leader writes a project and an entry for the set; the facilitator comments', async () => {
    const stamp = Date.now().toString(36);
    const page = await leader.newPage();
    await page.goto('/mit-program');
    await page.getByRole('link', { name: 'Skriv dit aktionsprojekt og din dagbog' }).click();
    await page.getByRole('heading', { name: 'Mit aktionsprojekt og min dagbog', level: 1 }).waitFor();
    const cohort = page.getByRole('region', { name: 'Topledelse hold 1' });

    // Saving without the required texts says what is missing, in a summary that links to the field.
    const project = cohort.getByRole('region', { name: 'Mit aktionsprojekt' });
    // The demo project is shown to read; editing opens the form.
    await project.getByText('Én registrering i stedet for to').waitFor();
    await project.getByRole('button', { name: 'Ret projektet' }).click();
    const title = project.getByLabel('Projektets titel');
    await title.fill('');
    await project.getByRole('button', { name: 'Gem projektet' }).click();
    await page.getByRole('link', { name: 'Skriv noget i feltet "Projektets titel".' }).waitFor();
    await title.fill(`Færre dobbeltregistreringer ${stamp}`);
    await project
      .getByLabel('Hvad er udfordringen i min egen opgaveløsning?')
      .fill('Vi skriver det samme ind i to systemer.');
    await project
      .getByRole('group', { name: 'Hvem må læse projektet?' })
      .getByRole('radio', { name: 'Mit læringssæt og facilitatorerne' })
      .check();
    await project.getByRole('button', { name: 'Gem projektet' }).click();
    await page.getByText('Projektet er gemt.').waitFor();
    await project.getByText(`Færre dobbeltregistreringer ${stamp}`).waitFor();

    const journal = cohort.getByRole('region', { name: 'Min dagbog' });
    await journal.getByRole('radio', { name: 'Handl' }).first().check();
    await journal.getByText('Hvad gjorde jeg?').first().waitFor();
    const body = `Jeg prøvede en fælles tavle med teamet ${stamp}`;
    await journal.getByLabel('Dit indlæg').first().fill(body);
    await journal.getByRole('radio', { name: 'Mit læringssæt og facilitatorerne' }).first().check();
    await journal.getByRole('button', { name: 'Gem indlægget' }).click();
    await page.getByText('Indlægget er gemt.').waitFor();
    await journal.getByText(body).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'action-learning');

    // The facilitator finds it on the cohort's page and asks a question.
    const fac = await facilitator.newPage();
    await fac.goto('/hold');
    await fac.getByRole('link', { name: 'Topledelse hold 1' }).click();
    const shared = fac.getByRole('region', { name: 'Delt med facilitatorerne' });
    const entry = shared.getByRole('article').filter({ hasText: body });
    await entry.waitFor();
    await entry.getByRole('button', { name: 'Skriv en kommentar' }).click();
    await entry.getByLabel('Skriv en kommentar').fill(`Hvad overraskede dig mest? ${stamp}`);
    await entry.getByRole('button', { name: 'Send kommentar' }).click();
    await fac.getByText('Kommentaren er sendt.').waitFor();
    expect(await axeViolations(fac)).toEqual([]);
    await fac.close();

    // The leader sees the question under the entry.
    await page.reload();
    const mine = page.getByRole('article').filter({ hasText: body });
    await mine.getByText(`Hvad overraskede dig mest? ${stamp}`).waitFor();
    await page.close();
  });
});
