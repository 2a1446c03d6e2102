import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Profile, SharedProfiles } from '../core/schemas/assessment.js';
import { DEMO_ROUNDS } from '../server/src/db/seed/assessment.js';
import { axeViolations, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

/** The demo's open round for Topledelse hold 1: Lene Leder is invited and has not started. */
const ROUND = 'Midtvejsmåling – Topledelse hold 1';
/** Her previous submitted round, which the profile compares with. */
const PREVIOUS = 'Opfølgning efterår 2026';
const STEPS = 12;

const step = (page: Page, n: number) =>
  page
    .locator('.step-subheading')
    .filter({ hasText: `Trin ${n} af ${STEPS}` })
    .waitFor();

/** Answers the statements of the step with the mouse, all but those numbered in `skip`. */
async function answerStep(page: Page, choice: string, skip: number[] = []) {
  const groups = page.getByRole('group', { name: /^Udsagn \d+ af \d+/ });
  const count = await groups.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++)
    if (!skip.includes(i + 1)) await groups.nth(i).getByLabel(choice, { exact: true }).check();
}

describeBrowser('[ASSESSMENT]', (browser) => {
  it('[ASSESSMENT][ANSWER]: a leader answers step by step (one step by keyboard), pauses, submits and reads the profile', {
    timeout: 180_000,
  }, async () => {
    const { context } = await signedInContext(browser(), DEMO.participant);
    const page = await context.newPage();
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Selvvurdering' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Selvvurdering' }).waitFor();
    await page.getByText(/Dine svar er private/).waitFor();
    const open = page.getByRole('region', { name: 'Klar til at svare' });
    await open.getByRole('heading', { name: ROUND }).waitFor();
    await open.getByText('Du er ikke gået i gang endnu.').waitFor();
    await page.getByRole('region', { name: 'Besvaret' }).getByRole('heading', { name: PREVIOUS }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await open.getByRole('link', { name: 'Start' }).click();

    // Step 1 by keyboard only: Tab into each statement, Space picks "Helt uenig", arrows move on.
    await page.getByRole('heading', { level: 1, name: ROUND }).waitFor();
    await step(page, 1);
    await page.getByRole('heading', { level: 2, name: 'Automatisering' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const first = page.getByRole('group', { name: /^Udsagn 1 af 4/ });
    await first.getByRole('radio').first().focus();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Space');
      for (let j = 0; j < i; j++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
    }
    const labels = ['Helt uenig', 'Delvis uenig', 'Hverken enig eller uenig', 'Delvis enig'];
    for (const [i, label] of labels.entries())
      expect(
        await page
          .getByRole('group', { name: new RegExp(`^Udsagn ${i + 1} af 4`) })
          .getByLabel(label, { exact: true })
          .isChecked(),
      ).toBe(true);
    // After the last statement, Tab reaches "Gem og fortsæt"; Enter saves and moves on.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gem og fortsæt');
    await page.keyboard.press('Enter');
    await step(page, 2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
    expect(page.url()).toContain('trin=2');

    // Step 2 half answered, then "save and continue later": the list says how far she is.
    await page
      .getByRole('group', { name: /^Udsagn 1 af 4/ })
      .getByLabel('Helt enig')
      .check();
    await page.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Selvvurdering' }).waitFor();
    await page.getByText('Dine svar er gemt. Du kan fortsætte, når det passer dig.').waitFor();
    await open.getByText(/Du har svaret på 5 af 48 udsagn/).waitFor();
    await open.getByRole('link', { name: 'Fortsæt' }).click();

    // Back where she left off, with the saved answer; on a phone the page fits and the options are big.
    await step(page, 2);
    expect(
      await page
        .getByRole('group', { name: /^Udsagn 1 af 4/ })
        .getByLabel('Helt enig')
        .isChecked(),
    ).toBe(true);
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(page.url());
    await step(phone, 2);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await phone.getByText('Hverken enig eller uenig').first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.width ?? 0).toBeGreaterThan(300);
    await screenshot(phone, 'assessment-answer-phone');
    await phone.close();

    // Steps 2–12 with the mouse; statement 3 of step 5 is left out for the review to find.
    for (let n = 2; n <= STEPS; n++) {
      await step(page, n);
      await answerStep(page, n % 3 === 0 ? 'Hverken enig eller uenig' : 'Delvis enig', n === 5 ? [3] : []);
      await page.getByRole('button', { name: 'Gem og fortsæt', exact: true }).click();
    }

    // The review names the statement without an answer; "Indsend" refuses it in the error summary.
    await page.getByRole('heading', { level: 2, name: 'Gennemse og indsend' }).waitFor();
    await page.getByText('Du mangler at svare på 1 udsagn.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Indsend' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    await summary.getByRole('link', { name: /\(trin 5\)/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('LI');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Gå til trin 5' }).click();
    await step(page, 5);
    await page
      .getByRole('group', { name: /^Udsagn 3 af 4/ })
      .getByLabel('Ved ikke')
      .check();

    // A second tab waits at the last step to find the round submitted when it saves.
    const late = await context.newPage();
    await late.goto(page.url().replace('trin=5', `trin=${STEPS}`));
    await step(late, STEPS);

    await page.getByText('Se alle trin').click();
    await page
      .getByRole('navigation', { name: 'Alle trin' })
      .getByRole('link', { name: /Gennemse og indsend/ })
      .click();
    await page.getByText('Du har svaret på alle 48 udsagn.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Indsend' }).click();

    // The profile: private, compared with her previous round, radar and table.
    await page.getByRole('heading', { level: 1, name: 'Min profil' }).waitFor();
    await page.getByText('Tak! Dine svar er indsendt.').waitFor();
    await page.getByText(/Profilen er privat/).waitFor();
    await page
      .getByText(`Tallene sammenlignes med din besvarelse i "${PREVIOUS}".`, { exact: false })
      .waitFor();
    const radar = page.getByRole('img', { name: /^Radardiagram over dine resultater i 12 områder/ });
    await radar.locator('svg path').first().waitFor();
    const table = page.getByRole('table', { name: /Din score og dit niveau/ });
    expect(await table.getByRole('row').count()).toBe(1 + 2 + STEPS);
    await table.getByRole('rowheader', { name: '1. Automatisering' }).waitFor();
    // Each row: score, band (named), change since the previous round.
    const automation = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '1. Automatisering' }) });
    expect(await automation.getByRole('cell').nth(1).textContent()).toMatch(
      /Begyndende|Undersøgende|I gang|Drivende/,
    );
    expect(await automation.getByRole('cell').nth(2).textContent()).toMatch(/^([+\u2212]\d+|Uændret)$/);
    await page.getByRole('heading', { level: 2, name: 'Spørgsmål til eftertanke' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'assessment-profile');

    // Sharing with the cohort's facilitators: the facilitator then finds it; withdrawing hides it again.
    const toggle = page.getByRole('switch', { name: 'Del min profil med facilitatorerne' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    // The note says plainly what they see: the level of each area, not the exact numbers.
    await page
      .getByText(/Hvis du deler, kan facilitatorerne på dit hold se, hvilket niveau du er på i hvert område/)
      .waitFor();
    await page.getByText(/De ser ikke dine præcise tal – dem ser kun du\./).waitFor();
    await toggle.click();
    await page.getByText('Din profil er nu delt med facilitatorerne.').waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    const { context: facilitator } = await signedInContext(browser(), DEMO.facilitator);
    const sharedProfiles = async () => {
      const res = await facilitator.request.get(
        `/api/assessment/rounds/${DEMO_ROUNDS.midway}/shared-profiles`,
      );
      return ((await res.json()) as SharedProfiles).profiles;
    };
    const sharedWith = async () => (await sharedProfiles()).map((p) => p.person.name);
    expect(await sharedWith()).toContain('Lene Leder');
    // The facilitator gets her bands, the same as on her own profile, and no score.
    const hers = (await sharedProfiles()).find((p) => p.person.name === 'Lene Leder');
    const own = (await (
      await page.request.get(`/api/my/assessments/${DEMO_ROUNDS.midway}/profile`)
    ).json()) as Profile;
    expect(own.dimensions.some((d) => d.score !== null)).toBe(true);
    expect(hers?.dimensions.map((d) => d.band)).toEqual(own.dimensions.map((d) => d.band));
    expect(hers?.dimensions.every((d) => !('score' in d) && !('change' in d) && !('previous' in d))).toBe(
      true,
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Min profil' }).waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await page.getByText('Din profil er ikke længere delt.', { exact: false }).waitFor();
    expect(await sharedWith()).not.toContain('Lene Leder');
    // Her organisation-wide round too: she takes part in a cohort with a facilitator, so sharing
    // would reach them (canShare), and the page offers it.
    const wide = await page.request.get(`/api/my/assessments/${DEMO_ROUNDS.followUp}/profile`);
    expect(((await wide.json()) as Profile).canShare).toBe(true);
    await facilitator.close();

    // The tab left at the last step: saving now is refused, and it shows the round as submitted.
    await late
      .getByRole('group', { name: /^Udsagn 1 af 4/ })
      .getByLabel('Helt uenig')
      .check();
    await late.getByRole('button', { name: 'Gem og fortsæt', exact: true }).click();
    await late
      .getByRole('alert')
      .getByText(/allerede sendt dine svar/)
      .waitFor();
    await late.getByRole('heading', { name: 'Du har indsendt dine svar' }).waitFor();
    await late.getByRole('link', { name: 'Se min profil' }).waitFor();
    expect(await axeViolations(late)).toEqual([]);
    await late.close();

    // A reflection question becomes the suggested question of her action project (not saved here).
    const question = page.locator('.aktion-reflection-list > li').first();
    const text = (await question.locator('p').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(10);
    await question.getByRole('link', { name: 'Brug som mit aktionsprojekt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mit aktionsprojekt og min dagbog' }).waitFor();
    await page.getByText('Forslag fra din selvvurdering').waitFor();
    expect(await page.getByLabel('Mit spørgsmål').inputValue()).toBe(text);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
