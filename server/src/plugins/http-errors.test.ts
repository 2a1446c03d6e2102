import { expect, it } from 'vitest';
import { describeEachDialect } from '../test/databases.js';
import { signedInUser } from '../test/factories.js';
import { send, useTestApp } from '../test/test-app.js';

describeEachDialect('HTTP errors', (dialect) => {
  const get = useTestApp(dialect);

  it('answers 413 in the shared shape for a body over 1 MB, and changes nothing', async () => {
    const { app, ctx } = get();
    const { session } = await signedInUser(app, ctx.db);
    const res = await send(app, session, {
      method: 'POST',
      url: '/api/invitations',
      payload: JSON.stringify({ email: 'a@b.dk', name: 'x'.repeat(1_100_000), roles: ['employee'] }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    const list = await send(app, session, { method: 'GET', url: '/api/invitations' });
    expect(list.json().items).toEqual([]);
  });

  it('answers 404 for an unknown API route and 400 for a non-JSON body', async () => {
    const { app, ctx } = get();
    const { session } = await signedInUser(app, ctx.db);
    const missing = await send(app, session, { method: 'GET', url: '/api/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'not_found', reason: 'route_not_found' });
    const text = await send(app, session, {
      method: 'PUT',
      url: '/api/me/locale',
      payload: 'locale=en',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.code).toBe('validation_failed');
  });

  it('sends strict security headers', async () => {
    const res = await get().app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the OpenAPI document', async () => {
    const res = await get().app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.json().openapi).toMatch(/^3\./);
    expect(Object.keys(res.json().paths)).toContain('/api/auth/login');
  });
});
