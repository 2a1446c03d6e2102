import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EventRes } from '../core/schemas/events.js';
import { axeViolations, baseURL, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

/** Unique per run: the e2e database lives across specs. */
const STAMP = Date.now();
const YEAR = new Date().getFullYear() + 1;

/**
 * A known text, by hand: 12 words in 2 sentences; the long words (more than six letters) are
 * opgaver, Robotten, flytter, systemer = 4. LIX = 12 / 2 + 100 · 4 / 12 = 6 + 33.3 = 39 (middel),
 * within the event target of 40. It uses RPA (in the demo glossary) without explaining it.
 */
const EASY = 'Vi bruger RPA til faste opgaver. Robotten flytter tal mellem to systemer.';
/**
 * One more sentence of 4 words, all long: now 16 words, 3 sentences, 8 long words.
 * LIX = 16 / 3 + 100 · 8 / 16 = 5.3 + 50 = 55 (meget svær), over the target.
 */
const HARD = ' Digitaliseringsstrategien understøtter organisationens forandringsledelse.';
const UNEXPLAINED_RPA = 'Forklar disse ord, første gang du bruger dem: RPA';
/** The demo glossary's explanation of RPA begins so (core/plain-language/starter-glossary.ts). */
const RPA_EXPLAINED = /Et program, der klarer faste rutineopgaver/;

async function csrf(context: BrowserContext): Promise<string> {
  return (await (await context.request.get('/api/me')).json()).csrfToken as string;
}

/** A published public event whose description uses RPA twice (only the first use is underlined). */
async function eventWithTerms(admin: BrowserContext): Promise<string> {
  const headers = { 'x-csrf-token': await csrf(admin) };
  const at = (day: string, time: string) => new Date(`${YEAR}-${day}T${time}:00+02:00`).toISOString();
  const created = await admin.request.post('/api/events', {
    headers,
    data: {
      title: `Robotter i HR ${STAMP}`,
      description:
        'Vi viser, hvordan RPA kan klare faste opgaver.\n\nBagefter taler vi om, hvor RPA passer ind.',
      startsAt: at('09-10', '09:00'),
      endsAt: at('09-10', '12:00'),
      checkInFrom: null,
      venueName: 'Rådhuset',
      address: null,
      onlineUrl: null,
      capacity: 40,
      waitingList: false,
      priceExVatOre: 0,
      vatRateBasisPoints: 2500,
      registrationDeadline: at('09-01', '12:00'),
      terms: { kind: 'cancellable', cancellableUntil: at('09-01', '12:00'), substitutionUntil: null },
      targetAudience: 'Ledere',
      contacts: [],
      visibility: 'public',
      allowDuplicateEmail: false,
      offerHoldHours: 48,
    },
  });
  expect(created.status()).toBe(201);
  const event = (await created.json()) as EventRes;
  const published = await admin.request.post(`/api/events/${event.id}/publish`, { headers, data: {} });
  expect(published.status()).toBe(200);
  return ((await published.json()) as EventRes).slug;
}

/** Presses Tab until the focused element's text is `name` (at most `max` times). */
async function tabTo(page: Page, name: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
  }
  throw new Error(`"${name}" was not reached by keyboard`);
}

describeBrowser('[GLOSSARY]', (browser) => {
  let admin: BrowserContext;
  let slug = '';

  beforeAll(async () => {
    admin = (await signedInContext(browser(), DEMO.admin)).context;
    slug = await eventWithTerms(admin);
  });
  afterAll(async () => {
    await admin?.close();
  });

  it('[GLOSSARY][EDITOR]: the event description shows its LIX live, against the target, and the term it leaves unexplained', async () => {
    const page = await admin.newPage();
    await page.goto('/admin/arrangementer/nyt');
    await page.getByRole('heading', { level: 1, name: 'Nyt arrangement' }).waitFor();
    const panel = page.locator('#event-description-readability');
    await panel.getByText('Når du skriver, kan du se her, hvor let teksten er at læse.').waitFor();

    const field = page.getByLabel('Beskrivelse');
    await field.fill(EASY);
    await panel.getByText('LIX 39 – middel').waitFor();
    await panel.getByText('Mål: 40 eller lavere').waitFor();
    await panel.getByText('inden for målet').waitFor();
    await panel.getByText('12 ord i 2 sætninger.').waitFor();
    await panel.getByText(UNEXPLAINED_RPA).waitFor();
    // Only the short summary is a live region, not the whole panel.
    expect(await panel.locator('[aria-live]').count()).toBe(1);
    expect(await panel.locator('[aria-live]').textContent()).toBe(
      'LIX 39 – middel. Mål: 40 eller lavere – inden for målet',
    );
    // The glossary's explanation is offered.
    await panel.getByText('Se ordlistens forklaring').click();
    await panel.getByText(RPA_EXPLAINED).waitFor();

    // Typing on: the panel follows once the writer pauses.
    await field.press('End');
    await field.pressSequentially(HARD);
    await panel.getByText('LIX 55 – meget svær').waitFor();
    await panel.getByText('over målet').waitFor();
    await panel.getByText('16 ord i 3 sætninger.').waitFor();

    // Explained where it is first used, the term is no longer flagged.
    await field.fill(EASY.replace('RPA', 'RPA (en softwarerobot)'));
    await panel.getByText(/LIX \d+ – /).waitFor();
    await expect.poll(() => panel.getByText(UNEXPLAINED_RPA).count()).toBe(0);

    await panel.getByText('Hvad er LIX?').click();
    await panel.getByText('LIX = ord pr. sætning + procent lange ord (mere end seks bogstaver).').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'glossary-editor-panel');
    await page.close();
  });

  it('[GLOSSARY][READER]: a term in a text is reached by Tab, explains itself on focus, and Escape closes it', async () => {
    const { context } = await signedInContext(browser(), DEMO.participant);
    const page = await context.newPage();
    await page.goto(`/arrangementer/${encodeURIComponent(slug)}`);
    await page.getByRole('heading', { level: 1, name: `Robotter i HR ${STAMP}` }).waitFor();
    const term = page.getByRole('button', { name: 'RPA' });
    await term.waitFor();
    // Only the first use is underlined, so the text stays calm; no words are lost.
    expect(await term.count()).toBe(1);
    await page.getByText('Bagefter taler vi om, hvor RPA passer ind.').waitFor();

    await tabTo(page, 'RPA');
    const tip = page.getByRole('tooltip');
    await tip.filter({ hasText: RPA_EXPLAINED }).waitFor();
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    expect(await term.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'glossary-term-open');

    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    // Escape closes it where the reader is: focus stays on the term.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('RPA');
    // Enter opens it again.
    await page.keyboard.press('Enter');
    await tip.waitFor();
    await context.close();
  });

  it('[GLOSSARY][READER]: on a phone a tap opens the explanation inside the screen; a visitor sees plain text', async () => {
    const phone = await browser().newContext({
      baseURL: baseURL(),
      locale: 'da-DK',
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const login = await phone.request.post('/api/auth/login', {
      data: { email: DEMO.employee, password: 'aktion-demo' },
    });
    expect(login.status()).toBe(200);
    const page = await phone.newPage();
    await page.goto(`/arrangementer/${encodeURIComponent(slug)}`);
    const term = page.getByRole('button', { name: 'RPA' });
    await term.tap();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const box = await tip.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    // A tap elsewhere closes it.
    await page.getByRole('heading', { level: 1 }).tap();
    await tip.waitFor({ state: 'hidden' });
    await phone.close();

    // Without an account the glossary is not asked for (it would answer 401): the text is plain.
    const visitor = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const anonymous = await visitor.newPage();
    const asked: string[] = [];
    anonymous.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/glossary')) asked.push(r.url());
    });
    await anonymous.goto(`/arrangementer/${encodeURIComponent(slug)}`);
    await anonymous.getByText('Vi viser, hvordan RPA kan klare faste opgaver.').waitFor();
    await anonymous.waitForLoadState('networkidle');
    expect(await anonymous.getByRole('button', { name: 'RPA' }).count()).toBe(0);
    expect(asked).toEqual([]);
    await visitor.close();
  });

  it('[GLOSSARY][EDIT]: an administrator adds a term, a duplicate is refused on the field, and deletes it after a question', async () => {
    const page = await admin.newPage();
    await page.goto('/ordliste');
    await page.getByRole('heading', { level: 1, name: 'Ordliste' }).waitFor();
    const add = page.getByRole('region', { name: 'Tilføj et ord' });
    await add.getByLabel('Ord', { exact: true }).fill('Datavask');
    await add.getByLabel('Andre former og synonymer (valgfrit)').fill('datarens');
    await add
      .getByLabel('Forklaring')
      .fill('At rette fejl og fjerne dobbelte oplysninger, så man kan stole på tallene.');
    await add.getByText('Mål: 35 eller lavere').waitFor();
    await add.getByRole('button', { name: 'Tilføj ordet' }).click();
    await page.getByText('«Datavask» er tilføjet til ordlisten.').waitFor();
    await page.getByRole('term').filter({ hasText: 'Datavask' }).waitFor();
    await page.getByText('Også: datarens').waitFor();

    // The same term again, in other letters: the server refuses it, and the form says so on the field.
    await add.getByLabel('Ord', { exact: true }).fill('datavask');
    await add.getByLabel('Forklaring').fill('Noget andet.');
    await add.getByRole('button', { name: 'Tilføj ordet' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    await summary.waitFor();
    expect(await page.locator('#glossary-new-term-error').textContent()).toContain(
      'findes allerede i ordlisten',
    );
    expect(await axeViolations(page)).toEqual([]);

    // Search finds it; delete asks first.
    await page.getByLabel('Søg i ordlisten').fill('datarens');
    await page.getByText('Viser 1 ord').waitFor();
    await page.getByRole('button', { name: 'Slet Datavask' }).click();
    await page.getByText('Slet «Datavask» fra ordlisten?', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ja, slet ordet' }).click();
    await page.getByText('«Datavask» er slettet fra ordlisten.').waitFor();
    await page.getByText('Ingen ord passer til søgningen «datarens».').waitFor();
    await page.close();
  });

  it('[GLOSSARY][A11Y]: the glossary and the readability report are axe clean; a wrong target is caught', async () => {
    const page = await admin.newPage();
    await page.goto('/ordliste');
    await page.getByRole('heading', { level: 1, name: 'Ordliste' }).waitFor();
    await page.getByRole('term').filter({ hasText: 'RPA' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'glossary-page');

    await page.goto('/laesbarhed');
    await page.getByRole('heading', { level: 1, name: 'Læsbarhed' }).waitFor();
    await page.getByRole('table', { name: 'Organisationens tekster, de sværeste først' }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: `Robotter i HR ${STAMP}` })
      .waitFor();
    await page.getByLabel('Kun tekster over målet').check();
    await page.getByText(/^Viser \d+ tekst(er)?$|^Ingen tekster er over målet\.$/).waitFor();
    expect(
      await page
        .getByRole('row')
        .filter({ hasText: `Robotter i HR ${STAMP}` })
        .count(),
    ).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'readability-report');

    const target = page.getByLabel('Beskrivelser af arrangementer');
    await target.fill('90');
    await page.getByRole('button', { name: 'Gem målene' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'Skriv et helt tal fra 20 til 70 ved «Beskrivelser af arrangementer».',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
