import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, baseURL, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

/** A unique title per run: the e2e database lives across specs. */
const STAMP = Date.now();
const TITLE = `Temadag om data i opgaven ${STAMP}`;
const YEAR = new Date().getFullYear() + 1;
/** A valid EAN (GS1 check digit 5), the same number with a wrong check digit, and a valid CVR. */
const EAN_OK = '5790000000005';
const EAN_WRONG = '5790000000001';
const EAN_CHECK_MESSAGE = 'det sidste ciffer (kontrolcifferet) passer ikke';

const weekday = new Intl.DateTimeFormat('da-DK', { weekday: 'long', timeZone: 'Europe/Copenhagen' }).format(
  new Date(`${YEAR}-06-07T12:00:00Z`),
);
const person = (n: number) => ({ name: `Deltager ${n} ${STAMP}`, email: `deltager${n}.${STAMP}@kommune.dk` });

describeBrowser('[EVENTS]', (browser) => {
  let admin: BrowserContext;
  let eventId = '';
  let slug = '';

  beforeAll(async () => {
    admin = (await signedInContext(browser(), DEMO.admin)).context;
  });
  afterAll(async () => {
    await admin?.close();
  });

  it('[EVENTS][CREATE]: an administrator creates an event with two seats and a waiting list, and publishes it', async () => {
    const page = await admin.newPage();
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Administrer arrangementer' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Administrer arrangementer' }).waitFor();
    await page.getByRole('link', { name: 'Nyt arrangement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nyt arrangement' }).waitFor();

    // Nothing filled in: the form says what is missing before anything is sent.
    await page.getByRole('button', { name: 'Gem som kladde' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    await summary.waitFor();
    for (const problem of ['Skriv en titel', 'Skriv, hvornår arrangementet begynder', 'Skriv et sted'])
      expect(await summary.textContent()).toContain(problem);

    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page
      .getByLabel('Beskrivelse')
      .fill(
        'En dag om data i den daglige opgave.\n\nVi starter med morgenmad og slutter med en fælles plan.',
      );
    await page.getByLabel('Hvem er det for?').fill('Ledere og HR-konsulenter');
    await page.getByLabel('Begynder').fill(`${YEAR}-06-07T09:30`);
    await page.getByLabel('Slutter').fill(`${YEAR}-06-07T16:30`);
    await page.getByLabel('Indtjekning fra (valgfrit)').fill(`${YEAR}-06-07T08:30`);
    await page.getByLabel('Stedets navn').fill('Comwell Kolding');
    await page.getByLabel('Adresse', { exact: true }).fill('Skovbrynet 1, 6000 Kolding');
    await page.getByLabel('Pris pr. deltager uden moms (kr.)').fill('2.175,00');
    await page.getByText('Deltagerne ser: 2.175,00 kr. + moms 543,75 kr. = 2.718,75 kr.').waitFor();
    await page.getByLabel('Antal pladser').fill('2');
    expect(await page.getByLabel('Venteliste, når alle pladser er taget').isChecked()).toBe(true);
    await page.getByLabel('Frist for tilmelding').fill(`${YEAR}-05-31T12:00`);
    const contact = page.getByRole('group', { name: 'Kontaktperson 1' });
    await contact.getByLabel('Navn', { exact: true }).fill('Lise Kontakt');
    await contact.getByLabel('Telefon (valgfrit)').fill('+45 70 11 22 33');
    await contact.getByLabel('E-mail (valgfrit)').fill('lise.kontakt@demo.aktion.dk');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'event-admin-form');

    await page.getByRole('button', { name: 'Gem som kladde' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Arrangementet er gemt som kladde').waitFor();
    eventId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(await page.getByLabel('Begynder').inputValue()).toBe(`${YEAR}-06-07T09:30`);
    expect(await page.getByLabel('Pris pr. deltager uden moms (kr.)').inputValue()).toBe('2.175,00');

    // Publishing asks first; the keyboard works the confirm step.
    await page.getByRole('button', { name: 'Udgiv' }).click();
    await page.getByText('Udgiv arrangementet? Så kommer det på listen over arrangementer').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Udgiv arrangementet?');
    await page.getByRole('button', { name: 'Udgiv' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Arrangementet er udgivet.').waitFor();
    const link = page.getByRole('link', { name: /\/arrangementer\// });
    slug = decodeURIComponent((await link.getAttribute('href'))?.split('/').pop() ?? '');
    expect(slug).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  async function fillRegistration(page: Page, who: { name: string; email: string }, ean: string) {
    await page.getByLabel('Navn', { exact: true }).fill(who.name);
    await page.getByLabel('E-mail', { exact: true }).fill(who.email);
    await page.getByLabel('Stilling').fill('Afdelingsleder');
    await page.getByLabel('Arbejdsplads').fill('Demo Kommune');
    expect(await page.getByLabel('Med EAN-nummer').isChecked()).toBe(true);
    await page.getByLabel('EAN-nummer', { exact: true }).fill(ean);
    await page.getByLabel('Jeg har læst betingelserne og accepterer dem').check();
  }

  it('[EVENTS][REGISTER]: a visitor registers two people; the third goes on the waiting list, as the form says first', async () => {
    const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Arrangementer' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Arrangementer' }).waitFor();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await screenshot(page, 'event-list');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText(`${weekday} 7. juni ${YEAR}, kl. 9.30–16.30, indtjekning fra kl. 8.30`).waitFor();
    await page.getByText('2.175,00 kr. + moms 543,75 kr. = 2.718,75 kr.').waitFor();
    await page.getByText('2 ledige pladser').waitFor();
    await page
      .getByText('Tilmeldingen er bindende, men du er velkommen til at sende en kollega')
      .first()
      .waitFor();
    expect(await page.getByRole('link', { name: '+45 70 11 22 33' }).getAttribute('href')).toBe(
      'tel:+4570112233',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'event-public');

    // A wrong EAN is caught here, with the check that failed, before anything is sent.
    await fillRegistration(page, person(1), EAN_WRONG);
    await page.getByRole('button', { name: 'Tilmeld mig' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain(EAN_CHECK_MESSAGE);
    expect(await page.locator('#registration-ean-error').textContent()).toContain(EAN_CHECK_MESSAGE);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('EAN-nummer', { exact: true }).fill(EAN_OK);
    await page.getByRole('button', { name: 'Tilmeld mig' }).click();
    await page.getByRole('heading', { name: 'Du er tilmeldt' }).waitFor();
    await page.getByText(`Vi sender en bekræftelse til ${person(1).email}`).waitFor();
    await page.getByText('Gem linket til din tilmelding').waitFor();
    const manage = await page.getByRole('link', { name: /\/tilmelding\// }).getAttribute('href');
    expect(manage).toContain(`/arrangementer/${slug}/`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'event-registered');

    await page.getByRole('button', { name: 'Tilmeld en person mere' }).click();
    await fillRegistration(page, person(2), EAN_OK);
    await page.getByRole('button', { name: 'Tilmeld mig' }).click();
    await page.getByRole('heading', { name: 'Du er tilmeldt' }).waitFor();

    // Now full: the form says the next one goes on the waiting list, before sending.
    await page.getByRole('button', { name: 'Tilmeld en person mere' }).click();
    await page.getByText('Alle pladser er taget. Tilmelder du dig nu, kommer du på ventelisten.').waitFor();
    await page.getByText('Alle pladser er taget. Du kan komme på venteliste.').waitFor();
    await fillRegistration(page, person(3), EAN_OK);
    // The keyboard sends it.
    await page.getByRole('button', { name: 'Skriv mig på ventelisten' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Du er på ventelisten' }).waitFor();
    await screenshot(page, 'event-waitlisted');

    // The same person again: the server's answer lands on the e-mail field.
    await page.getByRole('button', { name: 'Tilmeld en person mere' }).click();
    await fillRegistration(page, person(1), EAN_OK);
    await page.getByRole('button', { name: 'Skriv mig på ventelisten' }).click();
    await summary.filter({ hasText: 'e-mailadresse' }).waitFor();
    expect(await page.locator('#registration-email-error').textContent()).toContain(
      'Der er allerede en tilmelding med denne e-mailadresse',
    );
    await context.close();
  });

  it('[EVENTS][SIGNED-IN]: a signed-in person finds name and e-mail filled in', async () => {
    const page = await admin.newPage();
    await page.goto(`/arrangementer/${encodeURIComponent(slug)}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const name = page.getByLabel('Navn', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('Anne Administrator');
    expect(await page.getByLabel('E-mail', { exact: true }).inputValue()).toBe(DEMO.admin);
    await page.close();
  });

  it('[EVENTS][REFUSED]: the server refuses a wrong EAN too, and says which check failed', async () => {
    const context = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const res = await context.request.post(`/api/public/events/${encodeURIComponent(slug)}/registrations`, {
      headers: { 'accept-language': 'da' },
      data: {
        ...person(4),
        jobTitle: null,
        organisation: null,
        ean: EAN_WRONG,
        cvr: null,
        orderReference: null,
        invoiceContact: null,
        dietaryNeeds: null,
        acceptTerms: true,
      },
    });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.ean).toContain(EAN_CHECK_MESSAGE);
    await context.close();
  });

  it('[EVENTS][ADMIN]: the administrator sees the registrations, the waiting list and the seats', async () => {
    const page = await admin.newPage();
    await page.goto('/admin/arrangementer');
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain('2 af 2');
    await row.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const table = page.getByRole('table', { name: 'Tilmeldinger til arrangementet' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(4);
    const third = table.getByRole('row').filter({ hasText: person(3).name });
    expect(await third.textContent()).toContain('Venteliste nr. 1');
    const first = table.getByRole('row').filter({ hasText: person(1).name });
    expect(await first.textContent()).toContain(`EAN ${EAN_OK}`);
    expect(await first.textContent()).toContain('2.718,75 kr.');
    expect(await first.textContent()).toContain('Tilmeldt');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'event-admin-registrations');

    // Fewer seats than are taken: refused on the field, nothing saved.
    await page.getByLabel('Antal pladser').fill('1');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByRole('alert').filter({ hasText: 'Der er problemer' }).waitFor();
    expect(await page.locator('#event-capacity-error').textContent()).toContain('2');
    const saved = await (await admin.request.get(`/api/events/${eventId}`)).json();
    expect(saved.capacity).toBe(2);
    await page.close();
  });

  it('[EVENTS][INTERNAL]: a signed-in participant finds the internal workshop and registers through the member route', async () => {
    const { context, me } = await signedInContext(browser(), DEMO.participant);
    const WORKSHOP = 'Workshop: Automatisering i din egen opgave';
    const page = await context.newPage();
    await page.goto('/arrangementer');
    await page.getByRole('heading', { level: 1, name: 'Arrangementer' }).waitFor();
    const internal = page.getByRole('region', { name: 'Interne arrangementer i Demo Kommune' });
    await internal.getByRole('link', { name: WORKSHOP }).click();
    await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    await page.getByText('Internt arrangement for Demo Kommune').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'event-internal');

    // Name and e-mail are filled in; a unique e-mail keeps the test passing on a database that remembers.
    await expect.poll(() => page.getByLabel('Navn', { exact: true }).inputValue()).toBe(me.user.name);
    const email = page.getByLabel('E-mail', { exact: true });
    expect(await email.inputValue()).toBe(DEMO.participant);
    const unique = `leder+${Date.now()}@demo.aktion.dk`;
    await email.fill(unique);
    // Free: no invoice fields.
    expect(await page.getByLabel('EAN-nummer', { exact: true }).count()).toBe(0);
    await page.getByLabel('Jeg har læst betingelserne og accepterer dem').check();
    const posted = page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/api/my/events/'),
    );
    await page.getByRole('button', { name: /Tilmeld mig|Skriv mig på ventelisten/ }).click();
    expect((await posted).status()).toBe(201);
    await page.getByRole('heading', { name: /Du er tilmeldt|Du er på ventelisten/ }).waitFor();
    await page.getByText(`Vi sender en bekræftelse til ${unique}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
