import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  MatrixDocument,
  MatrixOverviewRes,
  MatrixVersionRes,
} from '../core/schemas/responsibilities.js';
import { axeViolations, DEMO, describeBrowser, screenshot, signedInContext } from './fixtures.js';

const VERSIONS = '/api/responsibilities/versions';

async function csrf(context: BrowserContext): Promise<string> {
  return (await (await context.request.get('/api/me')).json()).csrfToken as string;
}

async function overview(context: BrowserContext): Promise<MatrixOverviewRes> {
  return (await (await context.request.get('/api/responsibilities')).json()) as MatrixOverviewRes;
}

/** Deletes a draft an earlier spec or run left, so a new one can be made. */
async function deleteDraft(context: BrowserContext): Promise<void> {
  const { draft } = await overview(context);
  if (draft)
    await context.request.delete(`${VERSIONS}/${draft.id}`, {
      headers: { 'x-csrf-token': await csrf(context) },
    });
}

/**
 * A task with exactly one A and, in a later column, a C or an I: giving that column an A breaks
 * the one-A rule, and swapping the letters mends it while every R stays where it was.
 */
function pickSwap(doc: MatrixDocument) {
  for (const task of doc.tasks) {
    const letters = doc.actors.map((a) => task.cells[a.key]);
    if (letters.filter((l) => l === 'A').length !== 1) continue;
    const a = letters.indexOf('A');
    const other = letters.findIndex((l, i) => i > a && (l === 'C' || l === 'I'));
    if (other === -1) continue;
    const old = letters[other] as 'C' | 'I';
    return { task: task.title, accountable: doc.actors[a]!.name, other: doc.actors[other]!.name, old };
  }
  throw new Error('no task fits the swap');
}

/** The select of one cell, found by its accessible name "<task> – <column>". */
const cell = (page: Page, task: string, actor: string) =>
  page.getByRole('combobox', { name: `${task} – ${actor}`, exact: true });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describeBrowser('[RESPONSIBILITIES]', (browser) => {
  let admin: BrowserContext;
  let leader: BrowserContext;
  /** The draft's version number and the cells the first test changes, for the second. */
  let version = 0;
  let swap: ReturnType<typeof pickSwap>;

  beforeAll(async () => {
    admin = (await signedInContext(browser(), DEMO.admin)).context;
    leader = (await signedInContext(browser(), DEMO.participant)).context;
    await deleteDraft(admin);
  });
  afterAll(async () => {
    await admin?.close();
    await leader?.close();
  });

  // Longer than the default: axe goes through a page of some 150 selects and a form per column.
  it('[RESPONSIBILITIES][DRAFT]: an administrator drafts and, by keyboard, gives a task two As; the live check and publishing say no', async () => {
    const before = await overview(admin);
    expect(before.published).not.toBeNull();
    const page = await admin.newPage();
    await page.goto('/ansvar/rediger');
    await page.getByRole('heading', { level: 1, name: 'Rediger roller og ansvar' }).waitFor();
    await page.getByText(`Udkastet starter som en kopi af version ${before.published?.version}`).waitFor();
    await page.getByRole('button', { name: 'Lav et udkast' }).click();
    await page.getByText('Udkastet er lavet.').waitFor();
    const draftHeading = page.getByRole('heading', { level: 2, name: /^Udkast til version \d+$/ });
    version = Number((await draftHeading.textContent())?.match(/\d+/)?.[0]);
    const draft = (await (
      await admin.request.get(`${VERSIONS}/${(await overview(admin)).draft?.id}`)
    ).json()) as MatrixVersionRes;
    swap = pickSwap(draft.document);

    // A second A, by keyboard: the live check names the task, and publishing says why it cannot.
    const other = cell(page, swap.task, swap.other);
    await other.focus();
    await page.keyboard.press('a');
    expect(await other.inputValue()).toBe('A');
    const twoAs = page.getByRole('link', { name: `Opgaven '${swap.task}' har 2 A'er` });
    await twoAs.waitFor();
    await page.getByText('Du har ændringer, der ikke er gemt.').waitFor();
    const publish = page.getByRole('button', { name: 'Udgiv udkastet' });
    expect(await publish.getAttribute('aria-disabled')).toBe('true');
    await page.getByText('Gem dine ændringer, før du udgiver.').waitFor();

    // Saved with the error, the rule still stops publishing.
    await page.getByRole('button', { name: 'Gem udkastet' }).click();
    await page.getByText('Udkastet er gemt.').waitFor();
    await page.getByText('Ret fejlen i tjekket, før du udgiver.').waitFor();
    // Pressed anyway, the button points to the reason; the server refuses as well.
    await publish.focus();
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('matrix-publish-blocked');
    expect(await page.getByRole('button', { name: 'Ja, udgiv' }).count()).toBe(0);
    const saved = (await (await admin.request.get(`${VERSIONS}/${draft.id}`)).json()) as MatrixVersionRes;
    const refused = await admin.request.post(`${VERSIONS}/${draft.id}/publish`, {
      headers: { 'x-csrf-token': await csrf(admin) },
      data: { revision: saved.revision },
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.reason).toBe('matrix_invalid');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'responsibilities-editor');
    await page.close();
  }, 120_000);

  it('[RESPONSIBILITIES][PUBLISH]: the administrator mends the rule by keyboard, saves, publishes and sees the change', async () => {
    const page = await admin.newPage();
    await page.goto('/ansvar/rediger');
    const twoAs = page.getByRole('link', { name: `Opgaven '${swap.task}' har 2 A'er` });
    const publish = page.getByRole('button', { name: 'Udgiv udkastet' });

    // The problem's link takes focus to the first A of the task; the old letter goes there.
    await twoAs.waitFor();
    await twoAs.focus();
    await page.keyboard.press('Enter');
    const accountable = cell(page, swap.task, swap.accountable);
    expect(await focusedId(page)).toBe(await accountable.getAttribute('id'));
    await page.keyboard.press(swap.old.toLowerCase());
    expect(await accountable.inputValue()).toBe(swap.old);
    await expect.poll(() => twoAs.count()).toBe(0);

    await page.getByRole('button', { name: 'Gem udkastet' }).click();
    await expect.poll(() => page.getByText('Du har ændringer, der ikke er gemt.').count()).toBe(0);
    expect(await publish.getAttribute('aria-disabled')).toBeNull();
    await publish.click();
    await page.getByText(`Vil du udgive version ${version}?`).waitFor();
    await page.getByRole('button', { name: 'Ja, udgiv' }).click();
    await page.getByText(`Version ${version} er udgivet. Nu kan alle se den.`).waitFor();

    // The changes from the version before, in words.
    await page.getByRole('button', { name: `Se ændringer i version ${version}` }).click();
    const diff = page.getByRole('region', { name: new RegExp(`til version ${version}$`) });
    await diff.getByText(`${swap.task} – ${swap.other}: ${swap.old} → A`).waitFor();
    await diff.getByText(`${swap.task} – ${swap.accountable}: A → ${swap.old}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // What everybody sees now.
    await page.getByRole('link', { name: 'Se den udgivne tabel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Roller og ansvar' }).waitFor();
    await page.getByText(new RegExp(`^Version ${version}, udgivet`)).waitFor();
    const table = page.getByRole('table', { name: `Roller og ansvar, version ${version}` });
    const row = table.getByRole('row', { name: new RegExp(`^${swap.task}`) });
    expect(await row.getByText('A – ansvarlig').count()).toBe(1);
    for (const name of ['Det har jeg ansvar for', 'Hent som Excel (XLSX)', 'Rediger'])
      await page.getByRole('link', { name }).waitFor();
    await page.getByRole('button', { name: 'Udskriv' }).waitFor();
    await page.close();
  });

  it('[RESPONSIBILITIES][VIEW]: the published matrix reads well on screen, on paper and on a phone', async () => {
    const { published } = await overview(admin);
    const page = await admin.newPage();
    await page.goto('/ansvar');
    await page.getByRole('heading', { level: 1, name: 'Roller og ansvar' }).waitFor();
    await page.getByRole('table', { name: `Roller og ansvar, version ${published?.version}` }).waitFor();
    await page
      .getByRole('rowheader', { name: published?.document.taskGroups[0]?.name, exact: true })
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'responsibilities-view');

    // On paper: no menu or buttons, the organisation and date on top.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    await page.getByText(/Udskrevet/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/responsibilities-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // On a phone the table scrolls in its own region, never the page.
    await page.setViewportSize({ width: 390, height: 844 });
    const region = page.getByRole('region', { name: 'Tabellen over roller og ansvar' });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'responsibilities-phone');
    await page.close();
  });

  it("[RESPONSIBILITIES][STALE]: a save over someone else's says so and offers the newest edition", async () => {
    await deleteDraft(admin);
    const made = await admin.request.post(VERSIONS, { headers: { 'x-csrf-token': await csrf(admin) } });
    expect(made.status()).toBe(201);
    const draft = (await made.json()) as MatrixVersionRes;
    const task = draft.document.tasks[0]!;
    const actor = draft.document.actors.find((a) => !task.cells[a.key])!;
    const page = await admin.newPage();
    await page.goto('/ansvar/rediger');
    const select = cell(page, task.title, actor.name);
    await select.waitFor();

    const theirs = {
      ...draft.document,
      tasks: draft.document.tasks.map((x) =>
        x.key === task.key ? { ...x, cells: { ...x.cells, [actor.key]: 'I' } } : x,
      ),
    };
    const saved = await admin.request.put(`${VERSIONS}/${draft.id}`, {
      data: { revision: draft.revision, document: theirs },
      headers: { 'x-csrf-token': await csrf(admin) },
    });
    expect(saved.status()).toBe(200);

    await select.selectOption('C');
    await page.getByRole('button', { name: 'Gem udkastet' }).click();
    await page.getByText('En anden har gemt udkastet imens').waitFor();
    await page.getByText('Dine ændringer er ikke gemt.').waitFor();
    expect(await select.inputValue()).toBe('C');
    await page.getByRole('button', { name: 'Hent den nyeste udgave' }).click();
    await expect.poll(() => select.inputValue()).toBe('I');
    await deleteDraft(admin);
    await page.close();
  });

  it('[RESPONSIBILITIES][MINE]: a leader sees the tasks she does or answers for, and why', async () => {
    const page = await leader.newPage();
    await page.goto('/ansvar');
    await page.getByRole('link', { name: 'Det har jeg ansvar for' }).click();
    await page.getByRole('heading', { level: 1, name: 'Det har jeg ansvar for' }).waitFor();
    await page.getByText('fordi du er leder').waitFor();
    expect(await page.getByText(/^Du er:/).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { level: 4 }).count()).toBeGreaterThan(0);
    await page.getByText('Spørg til råds før (C)').first().waitFor();
    expect(await page.getByRole('link', { name: 'Rediger' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'responsibilities-mine');
    await page.close();
  });
});
