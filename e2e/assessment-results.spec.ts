import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { RoundList } from '../core/schemas/assessment.js';
import { stableId } from '../server/src/db/seed/municipality.js';
import { axeViolations, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

/** The demo rounds (server/src/db/seed/assessment.ts); their names follow the seed's dates. */
const BASELINE = stableId('assessment-round:baseline');
const FOLLOW_UP = stableId('assessment-round:follow-up');
const MIDWAY = stableId('assessment-round:midway:topledelse-1');
/** A unique name per run: the e2e database lives across specs. */
const NAME = `Opfølgning Topledelse ${Date.now()}`;

describeBrowser('[RESULTS]', (browser) => {
  it('[RESULTS][OBSERVER]: an observer reads the heatmap, hidden groups marked as such, and downloads it', async () => {
    const { context } = await signedInContext(browser(), DEMO.observer);
    try {
      const list = (await (await context.request.get('/api/assessment/rounds')).json()) as RoundList;
      const followUp = list.rounds.find((r) => r.id === FOLLOW_UP);
      expect(followUp?.status).toBe('closed');
      if (!followUp) return;

      const page = await context.newPage();
      await page.goto('/');
      await page
        .getByRole('navigation', { name: 'Hovedmenu' })
        .getByRole('link', { name: 'Målinger' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Målinger' }).waitFor();
      const card = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: followUp.name }) });
      expect(await card.textContent()).toContain(`${followUp.answered} af ${followUp.invited} har svaret`);
      // Whom it asked, named by the server (an observer cannot read units or fields).
      expect(followUp.populationNames).toEqual({ unit: null, field: null });
      expect(await card.textContent()).toContain('Ledere i hele organisationen');
      expect(await page.getByRole('link', { name: 'Se spørgeskemaet' }).getAttribute('href')).toBe(
        '/maalinger/instrument',
      );
      await card.getByRole('link', { name: /^Se resultaterne/ }).click();
      await page.getByRole('heading', { level: 1, name: `Resultater: ${followUp.name}` }).waitFor();

      // By area/unit, compared with the round's own earlier round (the baseline) by default.
      const byUnit = page.getByRole('table', { name: /^Område\/enhed:/ });
      await byUnit.waitFor();
      expect(await page.getByLabel('Sammenlign med').inputValue()).toBe(BASELINE);
      const top = byUnit.locator('tbody tr').first();
      expect(await top.locator('td').first().textContent()).toMatch(/^\d+$/);
      expect(await top.textContent()).toMatch(/\d+,\d/);
      expect(await top.textContent()).toMatch(/[+−±]\d+,\d/);
      // Hidden groups say so, with the reason; no cell is left empty.
      expect(await byUnit.getByText('Skjult: færre end 5 svar').count()).toBeGreaterThan(0);
      expect(
        await byUnit.getByText('Skjult, så en mindre gruppe ikke kan regnes ud').count(),
      ).toBeGreaterThan(0);
      const empty = await byUnit
        .locator('td')
        .evaluateAll((cells) => cells.filter((c) => !c.textContent?.trim()).length);
      expect(empty).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'assessment-results-unit');

      // By management level, without comparison.
      await page.getByLabel('Opdel efter').selectOption({ label: 'Ledelsesniveau' });
      await page.getByLabel('Sammenlign med').selectOption({ label: 'Ingen sammenligning' });
      await page.getByRole('button', { name: 'Vis resultaterne' }).click();
      const byLevel = page.getByRole('table', { name: /^Ledelsesniveau:/ });
      await byLevel.waitFor();
      expect(await byLevel.getByRole('row', { name: /^Direktør/ }).textContent()).toContain(
        'Skjult: færre end 5 svar',
      );
      expect(await byLevel.getByRole('row', { name: /^Chef/ }).textContent()).toContain(
        'Skjult, så en mindre gruppe ikke kan regnes ud',
      );
      const leader = byLevel.getByRole('row', { name: /^Leder/ });
      expect(await leader.textContent()).toMatch(/^Leder\d+/);
      expect(await leader.textContent()).toMatch(/\d+,\d/);
      expect(await leader.textContent()).not.toMatch(/[+−±]\d+,\d/);
      expect(page.url()).toContain('opdeling=level');

      // The shares of answers instead of scores.
      await page.getByLabel('Andel positive, neutrale og negative svar').check();
      await expect.poll(() => leader.textContent()).toMatch(/Pos\.\s\d+\s%/);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'assessment-results-level-shares');

      // The file has the same settings: by level, hidden groups marked in words.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Hent som CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/niveauer\.csv$/);
      const csv = await readFile(await download.path(), 'utf8');
      expect(csv).toContain('Teamleder');
      expect(csv).toContain('Skjult: færre end 5 svar');
    } finally {
      await context.close();
    }
  });

  it('[RESULTS][ADMIN]: an administrator opens a round for a cohort, reminds and closes it', async () => {
    const { context } = await signedInContext(browser(), DEMO.admin);
    try {
      const page = await context.newPage();
      await page.goto('/maalinger');
      await page.getByRole('heading', { level: 2, name: 'Start en ny måling' }).waitFor();

      // A group of leaders too small to show results is refused, in the error summary.
      await page.getByLabel('Navn').fill(NAME);
      await page.getByLabel('En gruppe ledere').check();
      const unit = page.getByLabel('Område eller enhed');
      const small = await unit.locator('option', { hasText: 'Jobcenter, team B' }).getAttribute('value');
      await unit.selectOption(small ?? '');
      await page.getByRole('button', { name: 'Start målingen' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
      await summary.waitFor();
      expect(await summary.textContent()).toMatch(/mindst 5/);
      expect(await axeViolations(page)).toEqual([]);

      // The cohort's participants instead.
      await page.getByLabel('Deltagerne på et hold').check();
      await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Opfølgning' });
      await page.getByLabel('Hold', { exact: true }).selectOption({ label: 'Topledelse hold 1' });
      await page.getByRole('button', { name: 'Start målingen' }).click();
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      await page.getByText(`Målingen "${NAME}" er oprettet.`).waitFor();
      expect(await page.getByText(/^0 af \d+ har svaret$/).count()).toBe(1);

      // A reminder now, and a second one the same day is refused in plain words.
      await page.getByRole('button', { name: 'Send påmindelse nu' }).click();
      await page.getByRole('button', { name: 'Ja, send påmindelsen' }).click();
      await page.getByText(/^Påmindelsen er sendt til \d+ personer?\.$/).waitFor();
      await page.getByRole('button', { name: 'Send påmindelse nu' }).click();
      await page.getByRole('button', { name: 'Ja, send påmindelsen' }).click();
      await page.getByText(/Der er allerede sendt en påmindelse/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'assessment-round-admin');

      // Closing now: answering stops and the results page opens (nobody answered: nothing shown).
      await page.getByRole('button', { name: 'Luk målingen nu' }).click();
      await page.getByRole('button', { name: 'Ja, luk målingen' }).click();
      await page.getByText('Målingen er lukket, og resultaterne er klar.').waitFor();
      await page.getByRole('link', { name: 'Se resultaterne' }).click();
      await page.getByRole('heading', { level: 1, name: `Resultater: ${NAME}` }).waitFor();
      await page.getByRole('heading', { name: 'Hent tallene' }).waitFor();
      expect(await page.getByText(/\d+,\d/).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('[RESULTS][FACILITATOR]: a facilitator sees the live count, only the profiles shared with them, and every round', async () => {
    const { context } = await signedInContext(browser(), DEMO.facilitator);
    try {
      const page = await context.newPage();
      await page.goto(`/maalinger/${MIDWAY}`);
      await page.getByRole('heading', { level: 1, name: /^Midtvejsmåling/ }).waitFor();
      expect(await page.getByText(/^\d+ af \d+ har svaret$/).getAttribute('aria-live')).toBe('polite');
      await page.getByRole('heading', { level: 2, name: 'Profiler delt med dig' }).waitFor();
      const shared = page.getByRole('table', { name: /^Profil for / });
      await shared.first().waitFor();
      expect(await shared.count()).toBeGreaterThanOrEqual(2);
      expect(await shared.first().getByRole('row').count()).toBe(13);
      // Levels only: a column for the dimension and one for the level, and not a score in sight.
      expect(await shared.first().getByRole('columnheader').allTextContents()).toEqual([
        'Dimension',
        'Niveau',
      ]);
      const cells = await shared.first().getByRole('cell').allTextContents();
      expect(
        cells.every(
          (c) => /^(Begyndende|Undersøgende|I gang|Drivende)/.test(c) || c === 'For få udsagn besvaret',
        ),
      ).toBe(true);
      expect(cells.join(' ')).not.toMatch(/\d/);
      expect(await axeViolations(page)).toEqual([]);
      // An organisation-wide round: the facilitator reads it (counts, results and the profiles
      // shared with them, here none) but manages only their cohort's rounds.
      const list = (await (await context.request.get('/api/assessment/rounds')).json()) as RoundList;
      const followUp = list.rounds.find((r) => r.id === FOLLOW_UP);
      expect(followUp?.canManage).toBe(false);
      await page.goto(`/maalinger/${FOLLOW_UP}`);
      await page.getByRole('heading', { level: 1, name: followUp?.name }).waitFor();
      await page.getByText('Ingen har delt deres profil med dig i denne måling.').waitFor();
      expect(await page.getByRole('button', { name: 'Luk målingen nu' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Se resultaterne' }).click();
      await page.getByRole('heading', { level: 1, name: `Resultater: ${followUp?.name}` }).waitFor();
      await page.getByRole('table', { name: /^Område\/enhed:/ }).waitFor();
    } finally {
      await context.close();
    }
  });
});
