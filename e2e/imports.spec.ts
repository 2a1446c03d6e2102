import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { PersonRes, UnitRes } from '../core/schemas/organisation.js';
import { axeViolations, DEMO, describeBrowser, signedInContext } from './fixtures.js';

/**
 * A people file is placed in a unit of its own, made for the test under "Personale og
 * Organisation": an import speaks for the units its people are in, so a file into a unit of the
 * demo would mark that unit's other people as left, and other suites rely on them.
 */
const UNIT_ID = 'E2E-IMPORT';
const HEADER = 'Medarbejder-id;Navn;E-mail;Stilling;Enheds-id;Ledelsesniveau';

/** Excel's "CSV (semikolonsepareret)": Windows-1252 (æøå are the same bytes in Latin-1), CRLF. */
function windows1252(lines: string[]): Buffer {
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

/** Excel's "CSV UTF-8": with a BOM. */
function utf8Bom(lines: string[]): Buffer {
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function openImportPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/organisation/import');
  await page.getByRole('heading', { level: 1, name: 'Indlæs fra fil' }).waitFor();
  return page;
}

/** Chooses Personer and the file, uploads, and waits for the dry run. */
async function uploadPeople(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Personer', { exact: true }).check();
  await page.getByLabel('Fil', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByRole('button', { name: 'Indlæs filen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Trin 2: Se, hvad importen vil gøre' }).waitFor();
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describeBrowser('[IMPORT]', (browser) => {
  beforeAll(async () => {
    const { context, me } = await signedInContext(browser(), DEMO.admin);
    const units = (await (await context.request.get('/api/units')).json()).items as UnitRes[];
    const parent = units.find((u) => u.name === 'Personale og Organisation');
    expect(parent).toBeDefined();
    const res = await context.request.post('/api/units', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { name: 'E2E Importteam', kind: 'team', parentId: parent!.id, externalId: UNIT_ID },
    });
    expect(res.status()).toBe(201);
    await context.close();
  });

  it('[IMPORT][CSV]: an administrator imports three people from a Windows-1252 file, and æøå survive', async () => {
    const { context } = await signedInContext(browser(), DEMO.admin);
    const page = await openImportPage(context);
    expect(await axeViolations(page)).toEqual([]);

    await uploadPeople(
      page,
      'nye-personer.csv',
      windows1252([
        HEADER,
        `E2E-1;Søren Æblegård;soeren.aeblegaard@demo.aktion.dk;Teamleder for løn;${UNIT_ID};Leder`,
        `E2E-2;Åse Ørnebjerg;;Konsulent;${UNIT_ID};Medarbejder`,
        `E2E-3;Bjørn Blåbærholm;;HR-partner;${UNIT_ID};Medarbejder`,
      ]),
    );
    expect(await focusedId(page)).toBe('import-dry-run-heading');
    await page.getByText('Importen vil oprette 3 personer.').waitFor();
    await page.getByText(/læst som Windows-1252 med semikolon/).waitFor();
    await page.locator('summary', { hasText: 'Nye personer (3)' }).click();
    await page.getByRole('table', { name: 'Nye personer (3)' }).getByText('Bjørn Blåbærholm').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Gennemfør importen' }).click();
    await page.getByRole('heading', { name: 'Importen er gennemført' }).waitFor();
    await page.getByText('Importen har oprettet 3 personer.').waitFor();
    expect(await focusedId(page)).toBe('import-done');
    const history = page.getByRole('table', { name: 'De seneste importer, nyeste først' });
    await history.getByRole('row', { name: /nye-personer\.csv.*Gennemført.*3 nye/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Se personerne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personer' }).waitFor();
    await page.goto(`/organisation/personer?q=${encodeURIComponent('Blåbærholm')}`);
    await page.getByRole('link', { name: 'Bjørn Blåbærholm' }).waitFor();

    const found = async (q: string) =>
      (
        (await (await context.request.get(`/api/people?q=${encodeURIComponent(q)}`)).json())
          .items as PersonRes[]
      )[0];
    const soeren = await found('Æblegård');
    expect(soeren).toMatchObject({
      name: 'Søren Æblegård',
      externalId: 'E2E-1',
      jobTitle: 'Teamleder for løn',
      level: 'leder',
    });
    expect(soeren?.unit?.name).toBe('E2E Importteam');
    expect((await found('Ørnebjerg'))?.name).toBe('Åse Ørnebjerg');
    expect((await found('Blåbærholm'))?.level).toBe('medarbejder');
    await context.close();
  });

  it('[IMPORT][CSV]: a file with an unknown level shows the line, and the import cannot be applied', async () => {
    const { context } = await signedInContext(browser(), DEMO.admin);
    const page = await openImportPage(context);
    // A file the server cannot read at all is refused before any dry run.
    await page.getByLabel('Personer', { exact: true }).check();
    await page
      .getByLabel('Fil', { exact: true })
      .setInputFiles({ name: 'tom.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await page.getByRole('button', { name: 'Indlæs filen' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Filen er tom/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await uploadPeople(
      page,
      'med-fejl.csv',
      utf8Bom([
        HEADER,
        `E2E-4;Ditte Dæmning;;Konsulent;${UNIT_ID};Medarbejder`,
        `E2E-5;Øjvind Å;;Konsulent;${UNIT_ID};Overlord`,
      ]),
    );
    await page.getByRole('heading', { name: 'Filen har 1 problem' }).waitFor();
    await page.getByText(/Linje 3, kolonnen "Ledelsesniveau":/).waitFor();
    await page.getByText(/Ukendt ledelsesniveau "Overlord"/).waitFor();
    expect(await page.getByRole('button', { name: 'Gennemfør importen' }).isDisabled()).toBe(true);
    await page.getByText(/Du kan ikke gennemføre importen, før problemerne i filen er rettet/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('[IMPORT][CSV]: other column names go through the mapping step, which can be saved', async () => {
    const { context } = await signedInContext(browser(), DEMO.admin);
    const page = await openImportPage(context);
    await uploadPeople(
      page,
      'loensystem.csv',
      utf8Bom(['Lønnummer;Fulde navn;Afdeling', `E2E-6;Gry Ærtebølle;${UNIT_ID}`]),
    );
    await page.getByText(/Vi kan ikke finde en kolonne til: Medarbejder-id, Navn/).waitFor();
    expect(await page.getByRole('button', { name: 'Gennemfør importen' }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Hvad er kolonnen "Lønnummer"?').selectOption('externalId');
    await page.getByLabel('Hvad er kolonnen "Fulde navn"?').selectOption('name');
    await page.getByLabel('Hvad er kolonnen "Afdeling"?').selectOption('unitExternalId');
    await page.getByLabel('Gem opsætningen som').fill('Lønsystemet (E2E)');
    await page.getByRole('button', { name: 'Gem opsætningen' }).click();
    await page.getByText('Opsætningen "Lønsystemet (E2E)" er gemt.').waitFor();

    await page.getByRole('button', { name: 'Prøv igen med denne opsætning' }).click();
    // The people of the first test are in the same unit and not in this file, so they would leave.
    await page.getByText(/^Importen vil oprette 1 person og markere 3 som fratrådte\./).waitFor();
    expect(await focusedId(page)).toBe('import-dry-run-heading');
    expect(await page.getByRole('button', { name: 'Gennemfør importen' }).isEnabled()).toBe(true);
    // The mapping stays open after the retry, so it can still be saved or changed.
    expect(await page.getByRole('button', { name: 'Tilpas kolonnerne' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    await page.locator('summary', { hasText: 'Personer, der markeres som fratrådte (3)' }).click();
    expect(await axeViolations(page)).toEqual([]);

    // The saved setup is offered for the next file.
    await page
      .getByLabel('Gemt opsætning af kolonner (valgfrit)')
      .selectOption({ label: 'Lønsystemet (E2E)' });
    await context.close();
  });
});
