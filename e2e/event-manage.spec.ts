import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ManagedRegistrationRes } from '../core/schemas/events.js';
import {
  axeViolations,
  baseURL,
  DEMO,
  describeBrowser,
  launchChromium,
  screenshot,
  signedInContext,
} from './fixtures.js';

/** The demo seed's published, paid, binding conference with 300 seats. */
const SLUG = 'hr-moeder-digitalisering';
const STAMP = Date.now();
const HOLDER = { name: `Lars Holder ${STAMP}`, email: `lars.${STAMP}@viborg.dk` };
const COLLEAGUE = { name: `Mette Kollega ${STAMP}`, email: `mette.${STAMP}@viborg.dk` };
const SCANNED = { name: `Sara Scannet ${STAMP}`, email: `sara.${STAMP}@viborg.dk` };
const EAN_OK = '5790000000005';

/** The private link in the newest mail to `to` whose subject starts with `subject`. */
async function linkFromOutbox(request: APIRequestContext, to: string, subject: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        const outbox = await (await request.get('/api/dev/outbox')).json();
        const mail = outbox.items.find(
          (m: { to: string; subject: string }) => m.to === to && m.subject.startsWith(subject),
        );
        link = /https?:\/\/\S+\/tilmelding\/[\w-]+/.exec(mail?.text ?? '')?.[0] ?? '';
        return link;
      },
      { timeout: 10_000 },
    )
    .not.toBe('');
  return new URL(link).pathname;
}

/**
 * A YUV4MPEG2 video of the QR code of `text` (black on white with a quiet zone), for Chromium's
 * fake camera: each frame is the luma plane, then the two chroma planes at grey (128).
 */
function qrVideo(text: string, file: string): void {
  const size = 320;
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const quiet = 4;
  const scale = Math.floor(size / (modules + 2 * quiet));
  const offset = Math.floor((size - modules * scale) / 2);
  const y = Buffer.alloc(size * size, 255);
  for (let r = 0; r < modules; r++)
    for (let c = 0; c < modules; c++)
      if (qr.modules.get(r, c))
        for (let dy = 0; dy < scale; dy++)
          y.fill(
            0,
            (offset + r * scale + dy) * size + offset + c * scale,
            (offset + r * scale + dy) * size + offset + (c + 1) * scale,
          );
  const chroma = Buffer.alloc((size / 2) * (size / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${size} H${size} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: 10 }, () => frame)]));
}

async function registerOnPublicPage(page: Page, who: { name: string; email: string }) {
  await page.goto(`/arrangementer/${SLUG}`);
  await page.getByRole('heading', { level: 1, name: /HR møder digitalisering/ }).waitFor();
  await page.getByLabel('Navn', { exact: true }).fill(who.name);
  await page.getByLabel('E-mail', { exact: true }).fill(who.email);
  await page.getByLabel('Stilling').fill('HR-konsulent');
  await page.getByLabel('Arbejdsplads').fill('Viborg Kommune');
  await page.getByLabel('EAN-nummer', { exact: true }).fill(EAN_OK);
  await page.getByLabel('Jeg har læst betingelserne og accepterer dem').check();
  await page.getByRole('button', { name: 'Tilmeld mig' }).click();
  await page.getByRole('heading', { name: 'Du er tilmeldt' }).waitFor();
}

describeBrowser('[EVENT-MANAGE]', (browser) => {
  let admin: BrowserContext;
  let eventId = '';
  let colleagueCode = '';

  beforeAll(async () => {
    admin = (await signedInContext(browser(), DEMO.admin)).context;
    const events = (await (await admin.request.get('/api/events')).json()) as {
      items: Array<{ id: string; slug: string }>;
    };
    eventId = events.items.find((e) => e.slug === SLUG)?.id ?? '';
    expect(eventId).not.toBe('');
  });
  afterAll(async () => {
    await admin?.close();
  });

  it('[EVENT-MANAGE][LINK]: the private link from the mail shows the ticket; the seat goes to a colleague and the old link stops working', async () => {
    const visitor = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const page = await visitor.newPage();
    await registerOnPublicPage(page, HOLDER);

    const own = await linkFromOutbox(admin.request, HOLDER.email, 'Du er tilmeldt');
    expect(own).toContain(`/arrangementer/${SLUG}/tilmelding/`);
    await page.goto(own);
    await page.getByRole('heading', { level: 1, name: 'Din tilmelding' }).waitFor();
    await page.getByRole('heading', { name: 'Du har en plads' }).waitFor();
    await page.getByText('Vis QR-koden ved indgangen, eller sig koden.').waitFor();
    await page.getByRole('img', { name: 'QR-kode til indtjekning' }).waitFor();
    const oldCode = (await page.locator('.aktion-ticket-code strong').textContent()) ?? '';
    expect(oldCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(await page.getByRole('link', { name: 'Føj til din kalender' }).getAttribute('href')).toBe(
      `/api/public/registrations/${own.split('/').pop()}/calendar.ics`,
    );
    await page.getByText('Tilmeldingen er bindende').first().waitFor();
    await page.getByText(`${HOLDER.name}, fra `).waitFor();
    // Binding terms: no cancelling, only handing the seat on.
    expect(await page.getByRole('button', { name: 'Afmeld' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'event-manage');

    // The colleague's e-mail is checked before anything is sent; then a confirm step.
    const form = page.getByRole('group', { name: 'Din kollega' });
    await form.getByLabel('Navn', { exact: true }).fill(COLLEAGUE.name);
    await form.getByLabel('E-mail', { exact: true }).fill(HOLDER.email);
    await page.getByRole('button', { name: 'Giv pladsen videre' }).click();
    await page.getByRole('alert').filter({ hasText: 'Det er din egen e-mailadresse' }).waitFor();
    await form.getByLabel('E-mail', { exact: true }).fill(COLLEAGUE.email);
    await form.getByLabel('Stilling (valgfrit)').fill('Lønkonsulent');
    await page.getByRole('button', { name: 'Giv pladsen videre' }).click();
    await page.getByText(`Giv pladsen til ${COLLEAGUE.name}?`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, giv pladsen videre' }).click();
    await page.getByRole('heading', { name: 'Pladsen er givet videre' }).waitFor();
    await page.getByText(`Vi har sendt en e-mail til ${COLLEAGUE.email}`).waitFor();
    // The colleague's link is theirs: never shown to the one who handed the seat on.
    expect(await page.locator('a[href*="/tilmelding/"]').count()).toBe(0);
    expect(await page.content()).not.toContain('/tilmelding/');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'event-manage-substituted');

    await page.goto(own);
    await page.getByRole('heading', { level: 1, name: 'Linket virker ikke længere' }).waitFor();
    await page.getByText('pladsen er givet videre til en kollega').waitFor();

    const theirs = await linkFromOutbox(admin.request, COLLEAGUE.email, 'Du har fået en plads');
    // The job runner sends the mail with the calendar file and the new QR code attached.
    await expect
      .poll(
        async () => {
          const outbox = await (await admin.request.get('/api/dev/outbox')).json();
          const mail = outbox.items.find(
            (m: { to: string; subject: string }) =>
              m.to === COLLEAGUE.email && m.subject.startsWith('Du har fået'),
          );
          return (mail?.attachments ?? []).map((a: { contentType: string }) => a.contentType.split(';')[0]);
        },
        { timeout: 10_000 },
      )
      .toEqual(['text/calendar', 'image/png']);
    await page.goto(theirs);
    await page.getByRole('heading', { name: 'Du har en plads' }).waitFor();
    colleagueCode = (await page.locator('.aktion-ticket-code strong').textContent()) ?? '';
    expect(colleagueCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(colleagueCode).not.toBe(oldCode);
    const history = page.getByRole('region', { name: 'Hvem har haft pladsen' });
    await history.getByText(new RegExp(`${HOLDER.name}, fra .* til `)).waitFor();
    await history.getByText(`${COLLEAGUE.name}, fra `).waitFor();
    await visitor.close();
  });

  it('[EVENT-MANAGE][CHECK-IN]: the administrator checks the colleague in by the typed code; a second time says "allerede"', async () => {
    expect(colleagueCode).not.toBe('');
    const page = await admin.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(`/admin/arrangementer/${eventId}`);
    await page.getByRole('heading', { level: 1, name: /HR møder digitalisering/ }).waitFor();
    await page.getByRole('link', { name: 'Åbn indtjekning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indtjekning' }).waitFor();
    await page.getByText(/\d+ af \d+ er kommet/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Nothing typed, then a code that cannot be one: said on the field.
    await page.getByRole('button', { name: 'Tjek ind' }).click();
    await page.locator('#check-in-code-error').filter({ hasText: 'Skriv koden fra billetten' }).waitFor();
    await page.getByLabel('Skriv koden fra billetten').fill('ABC');
    await page.getByRole('button', { name: 'Tjek ind' }).click();
    await page.locator('#check-in-code-error').filter({ hasText: 'En kode har 6 tegn' }).waitFor();

    await page.getByLabel('Skriv koden fra billetten').fill('ZZZZZZ');
    await page.getByRole('button', { name: 'Tjek ind' }).click();
    await page.getByText('Billetten findes ikke').waitFor();

    // Typed in small letters: still the code.
    await page.getByLabel('Skriv koden fra billetten').fill(colleagueCode.toLowerCase());
    await page.keyboard.press('Enter');
    await page.getByText(`Tjekket ind: ${COLLEAGUE.name}, Viborg Kommune`).waitFor();
    expect(await page.getByLabel('Skriv koden fra billetten').inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-in-code');
    const arrivals = (await page.getByText(/\d+ af \d+ er kommet/).textContent()) ?? '';
    expect(Number(/(\d+) af/.exec(arrivals)?.[1])).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'event-check-in');

    await page.getByLabel('Skriv koden fra billetten').fill(colleagueCode);
    await page.getByRole('button', { name: 'Tjek ind' }).click();
    await page
      .getByText(new RegExp(`Allerede tjekket ind kl\\. \\d{1,2}\\.\\d{2}: ${COLLEAGUE.name}`))
      .waitFor();

    // The name search shows who has arrived.
    await page.getByLabel('Søg på navn').fill(`kollega ${STAMP}`);
    const found = page.locator('.aktion-attendees li').filter({ hasText: COLLEAGUE.name });
    await found.getByText(/Kommet kl\. \d/).waitFor();
    await page.getByLabel('Søg på navn').fill(`holder ${STAMP}`);
    await page.getByText('Ingen tilmeldte med det navn.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'event-check-in-search');
    await page.close();
  });

  it('[EVENT-MANAGE][SCAN]: scanning the QR code with the camera checks the person in', async () => {
    // A third person, registered through the API; the ticket token comes from their private link.
    const res = await admin.request.post(`/api/public/events/${SLUG}/registrations`, {
      data: {
        ...SCANNED,
        jobTitle: null,
        organisation: 'Skive Kommune',
        ean: EAN_OK,
        cvr: null,
        orderReference: null,
        invoiceContact: null,
        dietaryNeeds: null,
        acceptTerms: true,
      },
    });
    expect(res.status()).toBe(201);
    const token = (await res.json()).manageUrl.split('/').pop();
    const managed = (await (
      await admin.request.get(`/api/public/registrations/${token}`)
    ).json()) as ManagedRegistrationRes;
    expect(managed.ticket).not.toBeNull();

    const dir = mkdtempSync(join(tmpdir(), 'aktion-qr-'));
    const video = join(dir, 'ticket.y4m');
    qrVideo(managed.ticket?.token ?? '', video);
    const camera = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    try {
      const context = await camera.newContext({
        baseURL: baseURL(),
        locale: 'da-DK',
        permissions: ['camera'],
      });
      const login = await context.request.post('/api/auth/login', {
        data: { email: DEMO.admin, password: 'aktion-demo' },
      });
      expect(login.status()).toBe(200);
      const page = await context.newPage();
      await page.goto(`/admin/arrangementer/${eventId}/indtjekning`);
      await page.getByRole('heading', { level: 1, name: 'Indtjekning' }).waitFor();
      await page.getByRole('button', { name: 'Scan QR-kode' }).click();
      await page.getByText(`Tjekket ind: ${SCANNED.name}, Skive Kommune`).waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Stop kameraet' }).click();
      await page.getByRole('button', { name: 'Scan QR-kode' }).waitFor();
      await context.close();
    } finally {
      await camera.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
