import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

/** A date 40 days ahead as YYYY-MM-DD: a meeting still to come whenever the test runs. */
function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describeBrowser('[SET-MEETINGS]', (browser) => {
  let facilitator: BrowserContext;
  let participant: BrowserContext;
  const stamp = Date.now().toString(36);
  const nextStep = `Lene inviterer to medarbejdere til en afprøvning (${stamp}).`;
  const note = `Kun til facilitatoren (${stamp}).`;

  beforeAll(async () => {
    facilitator = (await signedInContext(browser(), DEMO.facilitator)).context;
    participant = (await signedInContext(browser(), DEMO.participant)).context;
  });
  afterAll(async () => {
    await facilitator?.close();
    await participant?.close();
  });

  it('[SET-MEETINGS][RECORD]: the facilitator plans a meeting of Lene Leder’s set and records it', async () => {
    const page = await facilitator.newPage();
    await page.goto('/hold');
    await page.getByRole('link', { name: 'Topledelse hold 1' }).click();
    const sets = page.getByRole('region', { name: 'Læringssæt' });
    await sets.getByRole('heading', { name: 'Gemte læringssæt' }).waitFor();
    const lenesSet = sets.getByRole('region').filter({ hasText: 'Lene Leder' });
    await lenesSet.getByRole('link', { name: /^Møder i / }).click();
    await page.getByRole('heading', { level: 1, name: /^Møder i Sæt \d$/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Planned at a time of its own, in a room of its own.
    const plan = page.getByRole('region', { name: 'Planlæg et møde' });
    await plan.getByRole('button', { name: 'Planlæg møde' }).click();
    await page.getByRole('link', { name: 'Skriv en dato.' }).waitFor();
    await plan.getByLabel('Dato').fill(dayAhead(40));
    await plan.getByLabel('Klokkeslæt').fill('14.00');
    await plan.getByLabel('Sted').fill(`Biblioteket ${stamp}`);
    await plan.getByRole('button', { name: 'Planlæg møde' }).click();
    await page.getByText('Mødet er planlagt.').waitFor();

    const coming = page.getByRole('region', { name: 'Kommende møder' });
    const card = coming.getByRole('region').filter({ hasText: `Biblioteket ${stamp}` });
    await card.getByRole('button', { name: /^Registrér og ret/ }).click();
    await card.getByRole('group', { name: 'Hvem var med?' }).getByLabel('Lene Leder').check();
    await card
      .getByLabel('Spørgsmål, sættet stillede')
      .fill('Hvad har du allerede prøvet?\nHvem spørger du først?');
    await card.getByLabel('Aftalte næste skridt').fill(nextStep);
    await card.getByLabel('Dine noter').fill(note);
    expect(await axeViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Gem mødet' }).click();
    await page.getByText('Mødet er gemt.').waitFor();
    await card.getByText(/^Til stede: .*Lene Leder/).waitFor();
    await card.getByText(nextStep).waitFor();
    await card.getByText(note).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'set-meetings');
    await page.close();
  });

  it('[SET-MEETINGS][MEMBER]: Lene Leder sees her set and the agreed next steps on "Mit forløb", not the notes', async () => {
    const page = await participant.newPage();
    await page.goto('/mit-program');
    const section = page.getByRole('region', { name: 'Mit læringssæt på Topledelse hold 1' });
    await section.getByText(/^Du er i Sæt \d\./).waitFor();
    await section.getByRole('heading', { name: 'De andre i sættet' }).waitFor();
    await section.getByText(nextStep).waitFor();
    await section.getByText('Hvem spørger du først?').waitFor();
    // The seeded first meeting was held: its questions are there too.
    await section.getByRole('heading', { name: 'Afholdte møder i sættet' }).waitFor();
    expect(await page.getByText(note).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'my-learning-set');
    await page.close();
  });
});
