import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases.js';
import { createUser, loginAs, signedInUser, TEST_PASSWORD } from '../../test/factories.js';
import { lastMailTo } from '../../test/mail.js';
import { send, useTestApp } from '../../test/test-app.js';

describeEachDialect('password reset', (dialect) => {
  const get = useTestApp(dialect);
  const request = (email: string) =>
    get().app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
  const confirm = (token: string, password: string) =>
    get().app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password },
    });

  it('answers the same whether or not the address has an account', async () => {
    const user = await createUser(get().ctx.db);
    const known = await request(user.email);
    const unknown = await request('ingen@nowhere.dk');
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(await lastMailTo(get().ctx.db, 'ingen@nowhere.dk')).toBeNull();
  });

  it('sends a link that sets a new password once, ends old sessions, and is then gone', async () => {
    const { app, ctx, runner } = get();
    const user = await createUser(ctx.db);
    const old = await loginAs(app, user.email);
    await request(user.email);
    await runner.runDue();
    const mail = (await lastMailTo(ctx.db, user.email))!;
    expect(mail).toMatchObject({ status: 'held', subject: 'Nulstil din adgangskode til Aktion' });
    expect(mail.token).toBeTruthy();

    const weak = await confirm(mail.token!, 'kort');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields.password).toMatch(/12 tegn/);
    const common = await confirm(mail.token!, 'Adgangskode123');
    expect(common.json().error.fields.password).toMatch(/almindelig/);

    expect((await confirm(mail.token!, 'en helt ny og lang sætning')).statusCode).toBe(204);
    const again = await confirm(mail.token!, 'en anden ny og lang sætning');
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toMatchObject({ code: 'gone', reason: 'link_used' });

    expect(
      (await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: old.cookie } })).statusCode,
    ).toBe(401);
    await expect(loginAs(app, user.email, TEST_PASSWORD)).rejects.toThrow(/401/);
    await loginAs(app, user.email, 'en helt ny og lang sætning');
  });

  it('sends at most one mail per account per five minutes, and a used link voids the older ones', async () => {
    const { ctx, clock, app } = get();
    const user = await createUser(ctx.db);
    const admin = await signedInUser(app, ctx.db, ['admin'], user.organisationId);
    await request(user.email);
    const first = (await lastMailTo(ctx.db, user.email))!;
    await request(user.email);
    expect((await lastMailTo(ctx.db, user.email))!.token).toBe(first.token);
    clock.advance(5 * 60_000);
    await request(user.email);
    const second = (await lastMailTo(ctx.db, user.email))!;
    expect(second.token).not.toBe(first.token);
    expect((await confirm(second.token!, 'en helt ny og lang sætning')).statusCode).toBe(204);
    const older = await confirm(first.token!, 'en anden ny og lang sætning');
    expect(older.statusCode).toBe(410);
    // Reset links are never in an organisation's dev outbox.
    const outbox = await send(app, admin.session, { method: 'GET', url: '/api/dev/outbox' });
    expect(outbox.body).not.toContain(user.email);
  });

  it('expires after one hour', async () => {
    const { ctx, clock } = get();
    const user = await createUser(ctx.db);
    await request(user.email);
    const mail = (await lastMailTo(ctx.db, user.email))!;
    clock.advance(3600_000 + 1);
    const res = await confirm(mail.token!, 'en helt ny og lang sætning');
    expect(res.statusCode).toBe(410);
    expect(res.json().error.reason).toBe('link_expired');
  });

  describe('bad links', () => {
    it('answers 410 for an unknown token and 400 for a malformed one', async () => {
      expect((await confirm('x'.repeat(43), 'en helt ny og lang sætning')).statusCode).toBe(410);
      expect((await confirm('kort', 'en helt ny og lang sætning')).statusCode).toBe(400);
    });
  });
});
