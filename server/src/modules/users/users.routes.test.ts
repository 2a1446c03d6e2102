import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases.js';
import { createUser, loginAs, signedInUser } from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';

describeEachDialect('users API', (dialect) => {
  const get = useTestApp(dialect);

  describe('access', () => {
    it('requires a session (401) and the admin role (403)', async () => {
      const { app, ctx } = get();
      expect((await app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
      const { session } = await signedInUser(app, ctx.db, ['facilitator', 'observer']);
      const res = await send(app, session, { method: 'GET', url: '/api/users' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    });

    it('answers 404 for a user of another organisation and 400 for a malformed id', async () => {
      const { app, ctx } = get();
      const { session } = await signedInUser(app, ctx.db);
      const stranger = await createUser(ctx.db, { roles: ['admin'] });
      for (const url of [`/api/users/${stranger.id}/deactivate`, `/api/users/${stranger.id}/reactivate`]) {
        expect((await send(app, session, { method: 'POST', url })).statusCode).toBe(404);
      }
      const roles = await send(app, session, {
        method: 'PUT',
        url: `/api/users/${stranger.id}/roles`,
        payload: { roles: ['employee'] },
      });
      expect(roles.statusCode).toBe(404);
      const malformed = await send(app, session, { method: 'POST', url: '/api/users/123/deactivate' });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().error.fields.id).toBeDefined();
    });
  });

  it('lists only my organisation’s users', async () => {
    const { app, ctx } = get();
    const admin = await signedInUser(app, ctx.db);
    const colleague = await createUser(ctx.db, { organisationId: admin.organisationId, name: 'Kollega' });
    await createUser(ctx.db);
    const res = await send(app, admin.session, { method: 'GET', url: '/api/users' });
    expect(
      res
        .json()
        .items.map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([admin.id, colleague.id].sort());
  });

  describe('roles', () => {
    it('changes roles, audits before and after, and rejects unknown roles', async () => {
      const { app, ctx } = get();
      const admin = await signedInUser(app, ctx.db);
      const colleague = await createUser(ctx.db, { organisationId: admin.organisationId });
      const url = `/api/users/${colleague.id}/roles`;
      const bad = await send(app, admin.session, { method: 'PUT', url, payload: { roles: ['boss'] } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.roles).toMatch(/admin, facilitator/);
      const empty = await send(app, admin.session, { method: 'PUT', url, payload: { roles: [] } });
      expect(empty.statusCode).toBe(400);
      const ok = await send(app, admin.session, {
        method: 'PUT',
        url,
        payload: { roles: ['participant', 'facilitator'] },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().roles).toEqual(['facilitator', 'participant']);
      const audit = await send(app, admin.session, {
        method: 'GET',
        url: `/api/audit?entityId=${colleague.id}`,
      });
      expect(audit.json().items[0]).toMatchObject({
        action: 'user.roles_changed',
        actor: { id: admin.id },
        changes: { roles: { from: ['employee'], to: ['facilitator', 'participant'] } },
      });
    });

    it('keeps at least one active administrator', async () => {
      const { app, ctx } = get();
      const admin = await signedInUser(app, ctx.db);
      const res = await send(app, admin.session, {
        method: 'PUT',
        url: `/api/users/${admin.id}/roles`,
        payload: { roles: ['employee'] },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.reason).toBe('last_admin');
      const deputy = await createUser(ctx.db, { organisationId: admin.organisationId, roles: ['admin'] });
      const ok = await send(app, admin.session, {
        method: 'PUT',
        url: `/api/users/${admin.id}/roles`,
        payload: { roles: ['employee'] },
      });
      expect(ok.statusCode).toBe(200);
      expect(deputy.id).toBeTruthy();
    });

    it('never leaves zero administrators when two demote each other at once over HTTP', async () => {
      const { app, ctx } = get();
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        for (let round = 0; round < 5; round++) {
          const a = await signedInUser(app, ctx.db);
          const b = await createUser(ctx.db, { organisationId: a.organisationId, roles: ['admin'] });
          const bSession = await loginAs(app, b.email);
          const demote = (session: typeof a.session, target: string) =>
            fetch(`${address}/api/users/${target}/roles`, {
              method: 'PUT',
              headers: {
                'content-type': 'application/json',
                cookie: session.cookie,
                'x-csrf-token': session.csrfToken,
              },
              body: JSON.stringify({ roles: ['employee'] }),
            }).then((r) => r.status);
          const statuses = await Promise.all([demote(a.session, b.id), demote(bSession, a.id)]);
          // One wins; the other is refused: 409 (last admin) or 403 (already demoted when it arrived).
          expect(statuses.filter((s) => s === 200)).toHaveLength(1);
          expect([403, 409]).toContain(statuses.find((s) => s !== 200));
          const winner = await send(app, statuses[0] === 200 ? a.session : bSession, {
            method: 'GET',
            url: '/api/me',
          });
          expect(winner.json().organisations[0].roles).toContain('admin'); // the winner is still admin
        }
      } finally {
        await app.server.close();
      }
    });
  });

  describe('deactivation', () => {
    it('deactivates a user, ends their session here, and reactivates them', async () => {
      const { app, ctx } = get();
      const admin = await signedInUser(app, ctx.db);
      const colleague = await createUser(ctx.db, { organisationId: admin.organisationId });
      const theirSession = await loginAs(app, colleague.email);
      const res = await send(app, admin.session, {
        method: 'POST',
        url: `/api/users/${colleague.id}/deactivate`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().active).toBe(false);
      expect((await send(app, theirSession, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
      await expect(loginAs(app, colleague.email)).rejects.toThrow(/403/);
      const back = await send(app, admin.session, {
        method: 'POST',
        url: `/api/users/${colleague.id}/reactivate`,
      });
      expect(back.json().active).toBe(true);
      await loginAs(app, colleague.email);
    });

    it('will not let an administrator deactivate themself', async () => {
      const { app, ctx } = get();
      const admin = await signedInUser(app, ctx.db);
      await createUser(ctx.db, { organisationId: admin.organisationId, roles: ['admin'] });
      const res = await send(app, admin.session, {
        method: 'POST',
        url: `/api/users/${admin.id}/deactivate`,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.reason).toBe('self_deactivate');
    });
  });
});
