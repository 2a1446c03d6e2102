import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stableId } from '../server/src/db/seed/municipality.js';
import { axeViolations, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

/** A unique version name per run: the e2e database lives across specs. */
const STAMP = Date.now();
const VERSION_NAME = `Afdelingsledere ${STAMP}`;
const NEW_MODULE = `Workshop: Data i hverdagen ${STAMP}`;
const V1 = stableId('programme-version:v1');

describeBrowser('[PROGRAMMES]', (browser) => {
  let admin: BrowserContext;

  beforeAll(async () => {
    admin = (await signedInContext(browser(), DEMO.admin)).context;
  });
  afterAll(async () => {
    await admin?.close();
  });

  it('[PROGRAMMES][VERSION]: an administrator makes a version from v1, edits, saves, publishes and compares it', async () => {
    const page = await admin.newPage();
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Programmer' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Programmer' }).waitFor();
    await page.getByRole('link', { name: 'Digital ledelse i Demo Kommune' }).click();
    await page.getByRole('heading', { level: 1, name: 'Digital ledelse i Demo Kommune' }).waitFor();

    // A new version from v1, named in a small form that opens under it.
    await page.getByRole('button', { name: 'Lav ny version ud fra denne (v1 Topledelse 2022-23)' }).click();
    await page.getByLabel('Navn på den nye version').fill(VERSION_NAME);
    await page.getByRole('button', { name: 'Lav versionen' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`v\\d+ ${VERSION_NAME}`) }).waitFor();
    await page.getByText(`"${VERSION_NAME}" er lavet som udkast`).waitFor();
    const versionId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

    // A shorter kick-off: the buttons say which module they are for.
    const kickOff = 'Kick-off: Hvorfor digital ledelse nu?';
    await page.getByRole('button', { name: `Ret '${kickOff}'` }).click();
    const panel = page.getByRole('group', { name: `Modulet '${kickOff}'` });
    await panel.getByLabel('Timer').fill('2');
    await panel.getByLabel('Minutter').fill('30');
    await page.getByRole('button', { name: `Luk '${kickOff}'` }).click();

    // A new module in track 2, moved up one place by keyboard.
    const track2 = 'Spor 2: Aktionslæring og kobling til praksis';
    await page.getByRole('button', { name: `Tilføj modul i '${track2}'` }).click();
    const title = page.getByLabel('Titel', { exact: true });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await title.fill(NEW_MODULE);
    const added = page.getByRole('group', { name: `Modulet '${NEW_MODULE}'` });
    await added.getByLabel('Type').selectOption('workshop');
    await added.getByLabel('Timer').fill('1');
    await added.getByLabel('Minutter').fill('45');
    await added
      .getByLabel('Læringsmål (valgfrit)')
      .fill('Kunne finde ét tal, der hjælper teamet\nHave talt med IT');
    await added.getByLabel('Dataunderstøttelse').check();
    await page.getByRole('button', { name: `Flyt '${NEW_MODULE}' op` }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`'${NEW_MODULE}' er flyttet op`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'programme-editor');

    await page.getByRole('button', { name: 'Gem version' }).click();
    await page.getByText('Versionen er gemt.').waitFor();
    expect(await page.getByText('Du har ændringer, der ikke er gemt.').count()).toBe(0);

    // Publishing asks first and says it is for good.
    await page.getByRole('button', { name: 'Udgiv', exact: true }).click();
    await page.getByText('Derefter kan versionen aldrig rettes igen').waitFor();
    await page.getByRole('button', { name: 'Ja, udgiv' }).click();
    await page.getByText('er udgivet og kan ikke rettes mere').waitFor();

    // Published: read-only, no edit controls.
    expect(await page.getByRole('button', { name: 'Gem version' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ret '/ }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByText('Versionen er udgivet og kan ikke rettes').waitFor();
    await page.getByRole('heading', { level: 3, name: NEW_MODULE }).waitFor();

    // The comparison against v1: the change in words, per track, in a table.
    await page.getByRole('link', { name: 'Sammenlign med v1 Topledelse 2022-23' }).click();
    await page.getByRole('heading', { level: 1, name: /Sammenlign versioner/ }).waitFor();
    await page.getByText(/Moduler: 1 ændret, 1 tilføjet/).waitFor();
    const first = page.getByRole('table', { name: 'Spor 1: Kompetenceudvikling' });
    const kickRow = first.getByRole('row', { name: new RegExp(kickOff.replace('?', '\\?')) });
    expect(await kickRow.textContent()).toContain('Ændret: varighed');
    expect(await kickRow.textContent()).toContain('2 t 30 min');
    const second = page.getByRole('table', { name: track2 });
    expect(await second.getByRole('row', { name: new RegExp(NEW_MODULE) }).textContent()).toContain(
      'Tilføjet',
    );
    expect(await page.getByRole('columnheader', { name: 'Før (v1 Topledelse 2022-23)' }).count()).toBe(3);

    await page.getByLabel('Skjul uændrede moduler').check();
    expect(await first.getByRole('row').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'programme-compare');

    // v1 stays as it was: read-only, and the new version is in the programme's list.
    const v1 = await admin.request.get(`/api/programme-versions/${V1}`);
    expect((await v1.json()).status).toBe('published');
    const mine = await admin.request.get(`/api/programme-versions/${versionId}`);
    expect((await mine.json()).status).toBe('published');
    await page.close();
  });

  it("[PROGRAMMES][STALE]: a save over someone else's save says so and offers the newest edition", async () => {
    const page = await admin.newPage();
    const forked = await admin.request.post(`/api/programme-versions/${V1}/versions`, {
      data: { name: `Samtidig ${STAMP}` },
      headers: { 'x-csrf-token': await csrf(admin) },
    });
    expect(forked.status()).toBe(201);
    const version = await forked.json();
    await page.goto(`/programmer/versioner/${version.id}`);
    await page.getByRole('heading', { level: 1, name: `v${version.number} Samtidig ${STAMP}` }).waitFor();

    // Someone else saves first (through the API, with the same revision).
    const other = await admin.request.put(`/api/programme-versions/${version.id}`, {
      data: { name: `Samtidig ${STAMP} (andens)`, targetLevels: [], revision: version.revision, tracks: [] },
      headers: { 'x-csrf-token': await csrf(admin) },
    });
    expect(other.status()).toBe(200);

    await page.getByLabel('Versionens navn').fill(`Samtidig ${STAMP} (min)`);
    await page.getByRole('button', { name: 'Gem version' }).click();
    await page.getByText('En anden har gemt versionen imens').waitFor();
    await page.getByRole('button', { name: 'Hent den nyeste udgave' }).click();
    await page.waitForFunction(
      (name) => (document.getElementById('version-name') as HTMLInputElement | null)?.value === name,
      `Samtidig ${STAMP} (andens)`,
    );
    await page.close();
  });

  it('[PROGRAMMES][MATERIALS]: an administrator uploads a PDF to a module of a draft and sees it listed', async () => {
    const page = await admin.newPage();
    const forked = await admin.request.post(`/api/programme-versions/${V1}/versions`, {
      data: { name: `Materialer ${STAMP}` },
      headers: { 'x-csrf-token': await csrf(admin) },
    });
    expect(forked.status()).toBe(201);
    const version = await forked.json();
    await page.goto(`/programmer/versioner/${version.id}`);
    await page.getByRole('heading', { level: 1, name: `v${version.number} Materialer ${STAMP}` }).waitFor();

    const kickOff = 'Kick-off: Hvorfor digital ledelse nu?';
    await page.getByRole('button', { name: `Ret '${kickOff}'` }).click();
    const panel = page.getByRole('group', { name: `Modulet '${kickOff}'` });
    const upload = panel.getByLabel(`Læg en fil op til '${kickOff}'`);

    // A type that may not be uploaded is stopped at once; a renamed file is refused by the server.
    await upload.setInputFiles({
      name: 'program.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ'),
    });
    await panel.getByText('Filer som program.exe kan ikke lægges op').waitFor();
    await upload.setInputFiles({
      name: 'falsk.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('ikke en pdf'),
    });
    await panel.getByText('Filens indhold passer ikke til dens type').waitFor();

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await upload.setInputFiles({ name: 'Læseplan.pdf', mimeType: 'application/pdf', buffer: pdf });
    await panel.getByText(`Læseplan.pdf (${pdf.length} B) er lagt op`).waitFor();
    await panel.getByText(`Materiale 1 er filen Læseplan.pdf (${pdf.length} B)`).waitFor();
    expect(await panel.getByLabel('Titel på materiale 1').inputValue()).toBe('Læseplan');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'programme-materials');

    await page.getByRole('button', { name: 'Gem version' }).click();
    await page.getByText('Versionen er gemt.').waitFor();
    const saved = await (await admin.request.get(`/api/programme-versions/${version.id}`)).json();
    const modules = saved.tracks.flatMap((t: { modules: unknown[] }) => t.modules);
    const material = modules.find((m: { title: string }) => m.title === kickOff).materials[0];
    expect(material).toMatchObject({ title: 'Læseplan', fileName: 'Læseplan.pdf', sizeBytes: pdf.length });
    const file = await admin.request.get(`/api/files/${material.fileId}`);
    expect(Buffer.from(await file.body()).equals(pdf)).toBe(true);

    // Published, the version shows the file as a download link.
    const published = await admin.request.post(`/api/programme-versions/${version.id}/publish`, {
      headers: { 'x-csrf-token': await csrf(admin) },
    });
    expect(published.status()).toBe(200);
    await page.reload();
    const link = page.getByRole('link', { name: 'Læseplan', exact: true });
    expect(await link.getAttribute('href')).toBe(`/api/files/${material.fileId}`);
    await page.close();
  });
});

async function csrf(context: BrowserContext): Promise<string> {
  return (await (await context.request.get('/api/me')).json()).csrfToken as string;
}
