import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

describeBrowser('[LEARNING-SETS]', (browser) => {
  let facilitator: BrowserContext;

  beforeAll(async () => {
    facilitator = (await signedInContext(browser(), DEMO.facilitator)).context;
  });
  afterAll(async () => {
    await facilitator?.close();
  });

  it('[LEARNING-SETS][COMPOSE]: a facilitator proposes sets, moves a person by dragging and by keyboard, saves and locks', async () => {
    const page = await facilitator.newPage();
    await page.goto('/hold');
    await page.getByRole('link', { name: 'Topledelse hold 1' }).click();
    await page.getByRole('link', { name: 'Læringssæt' }).click();
    const section = page.getByRole('region', { name: 'Læringssæt' });
    await section.getByLabel('Antal personer pr. sæt').selectOption('5');
    await section.getByRole('button', { name: 'Foreslå læringssæt' }).click();
    await section.getByRole('heading', { name: 'Forslag til læringssæt' }).waitFor();
    await section.getByText(/^Samlet blanding: \d+ af 100$/).waitFor();
    await section.getByText(/Ingen er i sæt med sin egen leder/).waitFor();
    expect(await section.getByText(/^Blanding: \d+ af 100 — /).count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(page)).toEqual([]);

    // Drag the first person of set 1 onto set 2 and back: the move is announced with the new scores.
    const first = section.getByRole('region', { name: /^Sæt 1/ });
    const second = section.getByRole('region', { name: /^Sæt 2/ });
    const dragged = first.locator('li[draggable="true"]').first();
    const draggedName = (await dragged.locator('strong').textContent()) ?? '';
    await dragged.dragTo(second);
    await section.getByText(`${draggedName} er flyttet til Sæt 2.`, { exact: false }).waitFor();
    await section.getByText(/Samlet blanding nu: \d+ af 100\./).waitFor();
    await second.locator('li[draggable="true"] > strong', { hasText: draggedName }).waitFor();
    await second.locator('li[draggable="true"]', { hasText: draggedName }).dragTo(first);
    await section.getByText(`${draggedName} er flyttet til Sæt 1.`, { exact: false }).waitFor();

    // Move the first person of set 1 to set 2 and back, by keyboard-operable controls.
    const select = first.getByLabel(/^Flyt .+ til$/).first();
    const selectId = (await select.getAttribute('id')) ?? '';
    const labelText = (await page.locator(`label[for="${selectId}"]`).textContent()) ?? '';
    const name = labelText.replace(/^Flyt /, '').replace(/ til$/, '');
    await select.selectOption({ label: 'Sæt 2' });
    await section.getByRole('button', { name: `Flyt ${name}`, exact: true }).click();
    await section.getByText(`${name} er flyttet til Sæt 2.`, { exact: false }).waitFor();
    // Focus stays on the person's control, now in set 2.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(selectId);
    await page.locator(`[id="${selectId}"]`).selectOption({ label: 'Sæt 1' });
    await section.getByRole('button', { name: `Flyt ${name}`, exact: true }).click();
    await section.getByText(`${name} er flyttet til Sæt 1.`, { exact: false }).waitFor();

    await first.getByLabel('Facilitator for Sæt 1').selectOption({ index: 1 });
    await section.getByRole('button', { name: 'Gem læringssæt' }).click();
    await section.getByRole('heading', { name: 'Gemte læringssæt' }).waitFor();
    await section.getByRole('button', { name: 'Lås', exact: true }).click();
    await section.getByText('Læringssættene er låst. Lås dem op for at ændre dem.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'learning-sets');
    await section.getByRole('button', { name: 'Lås op' }).click();
    await section.getByRole('button', { name: 'Foreslå læringssæt' }).waitFor();
    await page.close();
  });
});
