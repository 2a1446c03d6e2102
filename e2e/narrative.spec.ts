import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NarrativeReadingRes, NarrativeVersionRes } from '../core/schemas/narrative.js';
import { axeViolations, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

/** Unique per run: the e2e database lives across specs. */
const STAMP = Date.now();
const HEADLINE = `Data i hverdagen ${STAMP}`;
/** The first sentence has more than 25 words, so the panel flags it as long. */
const BODY =
  'Vi bruger data til at se, hvor borgerne venter længst, og vi taler med medarbejderne om, hvad vi kan gøre bedre, før vi køber nye systemer eller ændrer den måde, vi arbejder på i hverdagen. Det er kort.';
const FOR_LEADERS = `Spørg dit team, hvilke tal de savner (${STAMP}).`;
const QUESTION = `Skal vi selv finde tallene, eller hjælper nogen os? (${STAMP})`;
const ANSWER = `IT og Digitalisering hjælper jer i gang (${STAMP}).`;

async function csrf(context: BrowserContext): Promise<string> {
  return (await (await context.request.get('/api/me')).json()).csrfToken as string;
}

async function reading(context: BrowserContext): Promise<NarrativeReadingRes> {
  return (await (await context.request.get('/api/narrative')).json()) as NarrativeReadingRes;
}

/** The id of the element that has focus. */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the focused element's text starts with `name` (at most `max` times). */
async function tabTo(page: Page, name: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text.startsWith(name)) return;
  }
  throw new Error(`"${name}" was not reached by keyboard`);
}

describeBrowser('[NARRATIVE]', (browser) => {
  let admin: BrowserContext;
  let leader: BrowserContext;

  beforeAll(async () => {
    admin = (await signedInContext(browser(), DEMO.admin)).context;
    leader = (await signedInContext(browser(), DEMO.participant)).context;
    // A draft left by an earlier run would stand in the way of making one.
    const { draft } = await reading(admin);
    if (draft) {
      await admin.request.delete(`/api/narrative/versions/${draft.id}`, {
        headers: { 'x-csrf-token': await csrf(admin) },
      });
    }
  });
  afterAll(async () => {
    await admin?.close();
    await leader?.close();
  });

  it('[NARRATIVE][EDIT]: an administrator drafts a part with the live LIX panel, survives a stale save and publishes', {
    timeout: 180_000,
  }, async () => {
    const page = await admin.newPage();
    await page.goto('/fortaelling/rediger');
    await page.getByRole('heading', { level: 1, name: 'Rediger fortællingen' }).waitFor();
    await page.getByRole('button', { name: 'Lav et udkast' }).click();
    const heading = page.getByRole('heading', { level: 2, name: /^Udkast til version \d+$/ });
    await heading.waitFor();
    const version = Number((await heading.textContent())?.match(/\d+/)?.[0]);
    await page.getByText('Udkastet er lavet.').waitFor();
    const title = page.getByLabel('Titel på fortællingen');
    if (!(await title.inputValue())) await title.fill('Sådan bruger vi det digitale');

    // A new part: the cursor lands in its headline; the panel reacts to the text as it is typed.
    await page.getByRole('button', { name: 'Tilføj et afsnit' }).click();
    await expect.poll(() => focusedId(page)).toMatch(/^part-.+-headline$/);
    const unnamed = page.getByRole('region', { name: /Uden overskrift$/ });
    await unnamed.getByText('Når du skriver, kan du se her, hvor let teksten er at læse.').first().waitFor();
    await unnamed.getByLabel('Tekst', { exact: true }).fill(BODY);
    await unnamed
      .getByText(/LIX \d+ – (meget let|let|middel|svær|meget svær)/)
      .first()
      .waitFor();
    await unnamed.getByText('Lange sætninger (mere end 25 ord)', { exact: false }).first().waitFor();
    await unnamed.getByRole('listitem').filter({ hasText: 'Vi bruger data' }).first().waitFor();
    await unnamed
      .getByLabel('Princip 1', { exact: false })
      .fill('Når vi vælger system, prioriterer vi det, der sparer borgerne tid.');

    // Saving without a headline: the error summary names it and its link takes the cursor there.
    await page.getByRole('button', { name: 'Gem udkastet' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    const link = summary.getByRole('link', { name: /^Skriv en overskrift i afsnit \d+$/ });
    await link.click();
    const headline = unnamed.getByLabel('Overskrift', { exact: true });
    await expect.poll(() => headline.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await headline.fill(HEADLINE);
    const part = page.getByRole('region', { name: new RegExp(`${HEADLINE}$`) });
    await page.getByRole('button', { name: 'Gem udkastet' }).click();
    await page.getByText('Udkastet er gemt.').waitFor();
    expect(await page.getByText('Du har ændringer, der ikke er gemt.').count()).toBe(0);

    // A colleague saves in between: the save is refused, and loading theirs keeps my text on screen.
    const { draft } = await reading(admin);
    const saved = (await (
      await admin.request.get(`/api/narrative/versions/${draft?.id}`)
    ).json()) as NarrativeVersionRes;
    const colleague = await admin.request.put(`/api/narrative/versions/${saved.id}`, {
      headers: { 'x-csrf-token': await csrf(admin) },
      data: { revision: saved.revision, document: saved.document },
    });
    expect(colleague.status()).toBe(200);
    await part.getByLabel('Det betyder for dig som leder').fill(FOR_LEADERS);
    await page.getByRole('button', { name: 'Gem udkastet' }).click();
    await page.getByRole('heading', { name: 'En anden har gemt udkastet' }).waitFor();
    await page.getByRole('button', { name: 'Hent den nyeste udgave' }).click();
    const leftover = page.getByRole('region', { name: 'Din tekst, der ikke blev gemt' });
    await leftover.getByText(FOR_LEADERS).waitFor();
    expect(await part.getByLabel('Det betyder for dig som leder').inputValue()).toBe('');
    await part.getByLabel('Det betyder for dig som leder').fill(FOR_LEADERS);
    await page.getByRole('button', { name: 'Gem udkastet' }).click();
    await page.getByText('Udkastet er gemt.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'narrative-editor');

    // A colleague saves after the page loaded: publishing is refused, as a save would be, and
    // nothing is published until the newest saved draft is on screen.
    const latest = (await (
      await admin.request.get(`/api/narrative/versions/${saved.id}`)
    ).json()) as NarrativeVersionRes;
    const again = await admin.request.put(`/api/narrative/versions/${saved.id}`, {
      headers: { 'x-csrf-token': await csrf(admin) },
      data: { revision: latest.revision, document: latest.document },
    });
    expect(again.status()).toBe(200);
    await page.getByRole('button', { name: `Udgiv version ${version}` }).click();
    await page.getByRole('button', { name: 'Ja, udgiv' }).click();
    await page.getByRole('heading', { name: 'En anden har gemt udkastet' }).waitFor();
    expect((await reading(admin)).draft?.id).toBe(saved.id);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Hent den nyeste udgave' }).click();

    // Publishing asks first.
    await page.getByRole('button', { name: `Udgiv version ${version}` }).click();
    await page.getByText(`Vil du udgive version ${version}?`).waitFor();
    await page.getByRole('button', { name: 'Ja, udgiv' }).click();
    await page.getByText(`Version ${version} er udgivet. Alle kan nu læse den.`).waitFor();
    await page.getByRole('button', { name: 'Lav et udkast' }).waitFor();

    // The versions list says what changed, in words.
    if (version > 1) {
      await page
        .getByRole('button', { name: `Se ændringer fra version ${version - 1} til version ${version}` })
        .click();
      await page.getByText(`Afsnittet "${HEADLINE}" er nyt.`).waitFor();
    }

    await page.goto('/fortaelling');
    await page.getByRole('heading', { level: 2, name: HEADLINE }).waitFor();
    await page.getByText(new RegExp(`Udgivet .+, version ${version}$`)).waitFor();
    const published = page.getByRole('region', { name: HEADLINE });
    await published.getByText('Det betyder for dig som leder').waitFor();
    await published.getByText(FOR_LEADERS).waitFor();
    await published.getByText('sparer borgerne tid').waitFor();
    await page.close();
  });

  it('[NARRATIVE][QUESTIONS]: a leader asks by keyboard, the administrator answers, the leader reads the answer', {
    timeout: 180_000,
  }, async () => {
    const page = await leader.newPage();
    await page.goto('/fortaelling');
    await page.getByRole('heading', { level: 1, name: 'Vores digitale fortælling' }).waitFor();
    const part = page.getByRole('region', { name: HEADLINE });
    await part.waitFor();
    expect(await page.getByRole('link', { name: 'Rediger fortællingen' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // By keyboard: Tab to the part's question button, open it, write, send.
    await tabTo(page, 'Stil et spørgsmål til dette afsnit');
    while (!(await page.evaluate(() => document.activeElement?.textContent ?? '')).includes(HEADLINE))
      await tabTo(page, 'Stil et spørgsmål til dette afsnit');
    await page.keyboard.press('Enter');
    const field = part.getByLabel('Dit spørgsmål');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Hej');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await part.getByRole('alert').getByRole('link', { name: 'Skriv mindst 5 tegn' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await field.fill('');
    await field.focus();
    await page.keyboard.type(QUESTION);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Tak. Dit spørgsmål er sendt og venter på svar.').waitFor();
    const mine = part.getByRole('listitem').filter({ hasText: QUESTION });
    await mine.getByText('Venter på svar').waitFor();
    await screenshot(page, 'narrative-reading');

    // The administrator sees it waiting and answers on the reading page.
    const adminPage = await admin.newPage();
    await adminPage.goto('/fortaelling');
    await adminPage.getByRole('link', { name: /spørgsmål venter på svar/ }).waitFor();
    const open = adminPage
      .getByRole('region', { name: HEADLINE })
      .getByRole('listitem')
      .filter({ hasText: QUESTION });
    expect(await open.textContent()).not.toContain('Lene');
    await open.getByLabel('Dit svar').fill(ANSWER);
    await open.getByRole('button', { name: 'Send svaret' }).click();
    await adminPage.getByText('Svaret er sendt. Alle kan nu læse det.').waitFor();
    expect(await axeViolations(adminPage)).toEqual([]);
    await adminPage.close();

    // The leader reads the answer; nobody sees who asked.
    await page.reload();
    const answered = page
      .getByRole('region', { name: HEADLINE })
      .getByRole('listitem')
      .filter({ hasText: QUESTION });
    await answered.getByText(ANSWER).waitFor();
    expect(await answered.getByText('Venter på svar').count()).toBe(0);
    expect(await answered.textContent()).not.toContain('Lene');
    await page.close();
  });
});
