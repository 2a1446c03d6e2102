import { expect, it } from 'vitest';
import { baseURL, DEMO, describeBrowser, signedInContext } from './fixtures.js';

describeBrowser('[USERS]', (browser) => {
  const email = `ny.leder.${Date.now()}@demo.aktion.dk`;

  it('[USERS][INVITE]: an administrator invites a person, who sets a password through the link', async () => {
    const { context } = await signedInContext(browser(), DEMO.admin);
    const page = await context.newPage();
    await page.goto('/admin/brugere');
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Send invitation' }) });
    await form.getByLabel('E-mail').fill(email);
    await form.getByLabel('Navn').fill('Nina Nyleder');
    await form.getByLabel('Deltager (leder)').check();
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitationen er sendt til ${email}.`).waitFor();

    let link = '';
    await expect
      .poll(async () => {
        const outbox = await (await context.request.get('/api/dev/outbox')).json();
        const mail = outbox.items.find((m: { to: string }) => m.to === email);
        link = /https?:\/\/\S+\/invitation\/[\w-]+/.exec(mail?.text ?? '')?.[0] ?? '';
        return link;
      })
      .not.toBe('');
    await context.close();

    const guest = await browser().newContext({ baseURL: baseURL(), locale: 'da-DK' });
    const invited = await guest.newPage();
    await invited.goto(new URL(link).pathname);
    await invited.getByRole('heading', { name: /Du er inviteret til Demo Kommune/ }).waitFor();
    await invited.getByLabel('Ny adgangskode', { exact: true }).fill('en god lang sætning til aktion');
    await invited.getByLabel('Gentag ny adgangskode').fill('en god lang sætning til aktion');
    await invited.getByRole('button', { name: 'Tag imod invitationen' }).click();
    await invited.getByText(/Hej Nina Nyleder/).waitFor();
    await guest.close();
  });

  it('[USERS][ROLES]: an administrator changes a role, and the audit log shows it', async () => {
    const { context } = await signedInContext(browser(), DEMO.admin);
    const page = await context.newPage();
    await page.goto('/admin/brugere');
    const row = page.getByRole('row', { name: /Mads Medarbejder/ });
    await row.getByRole('button', { name: /Redigér roller/ }).click();
    const editor = page.locator('form', {
      has: page.getByRole('group', { name: /Roller for Mads Medarbejder/ }),
    });
    await editor.getByLabel('Moderator af medarbejderstemmen').check();
    await editor.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Rollerne for Mads Medarbejder er gemt.').waitFor();
    expect(await row.textContent()).toContain('Moderator af medarbejderstemmen');

    await page.goto('/admin/log');
    const first = page.locator('table tbody tr').first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/Anne Administrator/);
    expect(await first.textContent()).toMatch(/roles|roller/i);

    const users = await (await context.request.get('/api/users')).json();
    const mads = users.items.find((u: { email: string }) => u.email === DEMO.employee);
    expect(mads.roles).toEqual(['employee', 'voice_moderator']);
    await context.close();
  });
});
