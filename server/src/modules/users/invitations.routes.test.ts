import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases.js';
import { createUser, signedInUser } from '../../test/factories.js';
import { lastMailTo } from '../../test/mail.js';
import { send, useTestApp } from '../../test/test-app.js';

const NEW_PASSWORD = 'min nye kode til aktion';

describeEachDialect('invitations API', (dialect) => {
  const get = useTestApp(dialect);
  const info = (token: string) => get().app.inject({ method: 'GET', url: `/api/auth/invitations/${token}` });
  const accept = (payload: Record<string, unknown>) =>
    get().app.inject({ method: 'POST', url: '/api/auth/invitations/accept', payload });

  describe('access', () => {
    it('requires a session (401) and the admin role (403); another organisation’s invitation is 404', async () => {
      const { app, ctx } = get();
      const payload = { email: 'ny@kommune.dk', name: 'Ny', roles: ['employee'] };
      expect((await app.inject({ method: 'POST', url: '/api/invitations', payload })).statusCode).toBe(401);
      const employee = await signedInUser(app, ctx.db, ['employee']);
      expect(
        (await send(app, employee.session, { method: 'POST', url: '/api/invitations', payload })).statusCode,
      ).toBe(403);
      const other = await signedInUser(app, ctx.db);
      const created = await send(app, other.session, { method: 'POST', url: '/api/invitations', payload });
      const admin = await signedInUser(app, ctx.db);
      const res = await send(app, admin.session, {
        method: 'POST',
        url: `/api/invitations/${created.json().id}/revoke`,
      });
      expect(res.statusCode).toBe(404);
    });

    it('validates the invitation', async () => {
      const { app, ctx } = get();
      const admin = await signedInUser(app, ctx.db);
      const res = await send(app, admin.session, {
        method: 'POST',
        url: '/api/invitations',
        payload: { email: 'ikke-en-mail', name: '', roles: ['admin', 'admin'] },
      });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields).sort()).toEqual(['email', 'name', 'roles']);
    });
  });

  it('invites a new person, who sets a password and is signed in with the invited roles', async () => {
    const { app, ctx, runner } = get();
    const admin = await signedInUser(app, ctx.db);
    const created = await send(app, admin.session, {
      method: 'POST',
      url: '/api/invitations',
      payload: { email: 'Ny.Leder@Kommune.dk', name: 'Ny Leder', roles: ['participant', 'employee'] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'ny.leder@kommune.dk', status: 'pending' });
    const duplicate = await send(app, admin.session, {
      method: 'POST',
      url: '/api/invitations',
      payload: { email: 'ny.leder@kommune.dk', name: 'Ny Leder', roles: ['employee'] },
    });
    expect(duplicate.statusCode).toBe(409);

    await runner.runDue();
    const mail = (await lastMailTo(ctx.db, 'ny.leder@kommune.dk'))!;
    expect(mail.subject).toMatch(/inviteret/);
    const described = await info(mail.token!);
    expect(described.json()).toMatchObject({ email: 'ny.leder@kommune.dk', existingAccount: false });

    const weak = await accept({ token: mail.token, name: 'Ny Leder', password: 'kort' });
    expect(weak.statusCode).toBe(400);
    const ok = await accept({ token: mail.token, name: 'Ny Leder', password: NEW_PASSWORD });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      user: { email: 'ny.leder@kommune.dk', name: 'Ny Leder' },
      organisations: [{ id: admin.organisationId, roles: ['participant', 'employee'] }],
    });
    expect((await accept({ token: mail.token, name: 'Ny Leder', password: NEW_PASSWORD })).statusCode).toBe(
      410,
    );
    expect((await info(mail.token!)).statusCode).toBe(410);
    const list = await send(app, admin.session, { method: 'GET', url: '/api/invitations' });
    expect(list.json().items[0].status).toBe('accepted');
  });

  it('lets a person with an account join with their existing password', async () => {
    const { app, ctx } = get();
    const admin = await signedInUser(app, ctx.db);
    const elsewhere = await createUser(ctx.db, { roles: ['employee'] });
    await send(app, admin.session, {
      method: 'POST',
      url: '/api/invitations',
      payload: { email: elsewhere.email, name: 'X', roles: ['observer'] },
    });
    const mail = (await lastMailTo(ctx.db, elsewhere.email))!;
    expect((await info(mail.token!)).json().existingAccount).toBe(true);
    const wrong = await accept({ token: mail.token, name: 'X', password: 'ikke min adgangskode' });
    expect(wrong.statusCode).toBe(401);
    // Guessing the existing account's password through the link meets the login limits.
    for (let i = 0; i < 2; i++) await accept({ token: mail.token, name: 'X', password: 'gæt' });
    const limited = await accept({ token: mail.token, name: 'X', password: elsewhere.password });
    expect(limited.statusCode).toBe(429);
    get().clock.advance(1_000);
    const ok = await accept({ token: mail.token, name: 'X', password: elsewhere.password });
    expect(ok.json().organisations).toHaveLength(2);
  });

  it('refuses a revoked or expired invitation with 410', async () => {
    const { app, ctx, clock } = get();
    const admin = await signedInUser(app, ctx.db);
    const invite = (email: string) =>
      send(app, admin.session, {
        method: 'POST',
        url: '/api/invitations',
        payload: { email, name: 'N', roles: ['employee'] },
      });
    const revoked = await invite('tilbage@kommune.dk');
    const r = await send(app, admin.session, {
      method: 'POST',
      url: `/api/invitations/${revoked.json().id}/revoke`,
    });
    expect(r.json().status).toBe('revoked');
    expect(
      (
        await send(app, admin.session, {
          method: 'POST',
          url: `/api/invitations/${revoked.json().id}/revoke`,
        })
      ).statusCode,
    ).toBe(409);
    const revokedMail = (await lastMailTo(ctx.db, 'tilbage@kommune.dk'))!;
    expect((await info(revokedMail.token!)).json().error.reason).toBe('link_used');

    await invite('sent@kommune.dk');
    const late = (await lastMailTo(ctx.db, 'sent@kommune.dk'))!;
    clock.advance(7 * 24 * 3600_000 + 1);
    const res = await accept({ token: late.token, name: 'N', password: NEW_PASSWORD });
    expect(res.statusCode).toBe(410);
    expect(res.json().error.reason).toBe('link_expired');
  });
});
