import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/dialect.js';
import { describeEachDialect } from '../../test/databases.js';
import { eventRow, registrationBody } from '../../test/events.js';
import { signedInUser } from '../../test/factories.js';
import { send, type TestApp, useTestApp } from '../../test/test-app.js';
import { PREFLIGHT_MAX_AGE_SECONDS } from './cors.js';

const VIBORG = 'https://www.viborg.dk';
const KL = 'https://www.kl.dk';
const STRANGER = 'https://evil.example';

/** An organisation with an administrator, one published public event and the given web sites. */
async function organisationWith(t: TestApp, origins: string[]) {
  const admin = await signedInUser(t.app, t.ctx.db, ['admin']);
  const row = eventRow(admin.organisationId, { status: 'published', published_at: new Date().toISOString() });
  await t.ctx.db.kysely.insertInto('events').values(row).execute();
  const saved = await send(t.app, admin.session, {
    method: 'PUT',
    url: '/api/organisations/current/embed-origins',
    payload: { origins },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return { admin, slug: row.slug, title: row.title };
}

const corsHeaders = (res: LightMyRequestResponse) =>
  Object.keys(res.headers).filter((h) => h.startsWith('access-control-'));

function expectAllowed(res: LightMyRequestResponse, origin: string) {
  expect(res.headers['access-control-allow-origin']).toBe(origin);
  expect(String(res.headers.vary)).toMatch(/\bOrigin\b/);
  expect(res.headers['access-control-allow-credentials']).toBeUndefined();
}

function expectRefused(res: LightMyRequestResponse) {
  expect(corsHeaders(res)).toEqual([]);
}

const preflight = (t: TestApp, slug: string, origin: string) =>
  t.app.inject({
    method: 'OPTIONS',
    url: `/api/public/events/${slug}/registrations`,
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });

const registerFrom = (t: TestApp, slug: string, origin: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/events/${slug}/registrations`,
    headers: { origin, ...headers },
    payload: registrationBody(),
  });

async function setOrigins(db: Db, organisationId: string, origins: string[]) {
  await db.kysely.deleteFrom('embed_origins').where('organisation_id', '=', organisationId).execute();
  for (const origin of origins) {
    await db.kysely
      .insertInto('embed_origins')
      .values({ organisation_id: organisationId, origin, created_at: new Date().toISOString() })
      .execute();
  }
}

describeEachDialect('CORS on the public event API', (dialect) => {
  const get = useTestApp(dialect, { publicRateLimit: 0 });
  let viborg: Awaited<ReturnType<typeof organisationWith>>;
  let kl: Awaited<ReturnType<typeof organisationWith>>;

  beforeAll(async () => {
    viborg = await organisationWith(get(), [VIBORG, 'http://localhost:5173']);
    kl = await organisationWith(get(), [KL]);
  });

  describe('one event (by slug)', () => {
    it('opens GET to a web site the event’s organisation lists', async () => {
      const res = await get().app.inject({
        method: 'GET',
        url: `/api/public/events/${viborg.slug}`,
        headers: { origin: VIBORG },
      });
      expect(res.statusCode).toBe(200);
      expectAllowed(res, VIBORG);
      const local = await get().app.inject({
        method: 'GET',
        url: `/api/public/events/${viborg.slug}/calendar.ics`,
        headers: { origin: 'http://localhost:5173' },
      });
      expect(local.statusCode).toBe(200);
      expectAllowed(local, 'http://localhost:5173');
    });

    it('answers the preflight of a registration with 204 and what may be sent', async () => {
      const res = await preflight(get(), viborg.slug, VIBORG);
      expect(res.statusCode).toBe(204);
      expectAllowed(res, VIBORG);
      expect(res.headers['access-control-allow-methods']).toBe('GET, POST');
      expect(res.headers['access-control-allow-headers']).toBe('content-type');
      expect(res.headers['access-control-max-age']).toBe(String(PREFLIGHT_MAX_AGE_SECONDS));
      expect(res.body).toBe('');
    });

    it('opens the registration (POST) itself, and its errors, so the site can show the message', async () => {
      const res = await registerFrom(get(), viborg.slug, VIBORG);
      expect(res.statusCode, res.body).toBe(201);
      expectAllowed(res, VIBORG);
      const invalid = await get().app.inject({
        method: 'POST',
        url: `/api/public/events/${viborg.slug}/registrations`,
        headers: { origin: VIBORG, 'accept-language': 'en' },
        payload: { ...registrationBody(), email: 'not an address' },
      });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().error.fields.email).toBeTruthy();
      expectAllowed(invalid, VIBORG);
    });

    it('gives a web site nobody lists no CORS headers at all (the browser then blocks it)', async () => {
      const get1 = await get().app.inject({
        method: 'GET',
        url: `/api/public/events/${viborg.slug}`,
        headers: { origin: STRANGER },
      });
      expect(get1.statusCode).toBe(200);
      expectRefused(get1);
      // The answer still varies by Origin, so a cache never hands it to an allowed site.
      expect(String(get1.headers.vary)).toMatch(/\bOrigin\b/);
      const pre = await preflight(get(), viborg.slug, STRANGER);
      expect(pre.statusCode).toBe(204);
      expectRefused(pre);
      expectRefused(await registerFrom(get(), viborg.slug, STRANGER));
    });

    it('does not open one organisation’s event to another organisation’s web site', async () => {
      expectRefused(
        await get().app.inject({
          method: 'GET',
          url: `/api/public/events/${viborg.slug}`,
          headers: { origin: KL },
        }),
      );
      expectRefused(await preflight(get(), viborg.slug, KL));
      expectRefused(await registerFrom(get(), viborg.slug, KL));
      // …while KL's own event is open to it.
      expectAllowed(await preflight(get(), kl.slug, KL), KL);
    });

    it('matches the origin exactly: no other scheme, port or sub-domain, never "null"', async () => {
      for (const origin of [
        'http://www.viborg.dk',
        'https://www.viborg.dk:8443',
        'https://viborg.dk',
        'https://x.www.viborg.dk',
        'null',
      ]) {
        expectRefused(await preflight(get(), viborg.slug, origin));
      }
    });

    it('gives no CORS headers for an unknown event', async () => {
      const res = await get().app.inject({
        method: 'GET',
        url: '/api/public/events/no-such-event',
        headers: { origin: VIBORG },
      });
      expect(res.statusCode).toBe(404);
      expectRefused(res);
    });

    it('takes a change of the list into account at once', async () => {
      const { ctx } = get();
      const origin = 'https://skole.viborg.dk';
      expectRefused(await preflight(get(), viborg.slug, origin));
      const put = (origins: string[]) =>
        send(get().app, viborg.admin.session, {
          method: 'PUT',
          url: '/api/organisations/current/embed-origins',
          payload: { origins },
        });
      expect((await put([VIBORG, 'http://localhost:5173', origin])).statusCode).toBe(200);
      expectAllowed(await preflight(get(), viborg.slug, origin), origin);
      expect((await put([VIBORG, 'http://localhost:5173'])).statusCode).toBe(200);
      expectRefused(await preflight(get(), viborg.slug, origin));
      await setOrigins(ctx.db, viborg.admin.organisationId, [VIBORG, 'http://localhost:5173']);
    });
  });

  describe('the shared list and feed', () => {
    it('opens to a web site that any organisation lists, and shows every organisation’s events', async () => {
      for (const origin of [VIBORG, KL]) {
        const res = await get().app.inject({
          method: 'GET',
          url: '/api/public/events',
          headers: { origin },
        });
        expect(res.statusCode).toBe(200);
        expectAllowed(res, origin);
        // The answer does not depend on Origin (see docs/ARCHITECTURE.md, Events).
        expect(res.body).toContain(viborg.title);
        expect(res.body).toContain(kl.title);
      }
      const feed = await get().app.inject({
        method: 'GET',
        url: '/api/public/events.ics',
        headers: { origin: KL },
      });
      expect(feed.statusCode).toBe(200);
      expectAllowed(feed, KL);
    });

    it('stays closed to a web site nobody lists', async () => {
      for (const url of ['/api/public/events', '/api/public/events.ics']) {
        const res = await get().app.inject({ method: 'GET', url, headers: { origin: STRANGER } });
        expect(res.statusCode).toBe(200);
        expectRefused(res);
      }
    });
  });

  describe('routes for Aktion’s own pages', () => {
    it('gives the private registration links no CORS, even for a listed web site', async () => {
      const token = 'x'.repeat(40);
      for (const [method, url] of [
        ['GET', `/api/public/registrations/${token}`],
        ['GET', `/api/public/registrations/${token}/calendar.ics`],
        ['POST', `/api/public/registrations/${token}/cancel`],
        ['OPTIONS', `/api/public/registrations/${token}/cancel`],
      ] as const) {
        const res = await get().app.inject({ method, url, headers: { origin: VIBORG } });
        expect(res.statusCode, `${method} ${url}`).toBeGreaterThanOrEqual(400);
        expectRefused(res);
      }
    });

    it('needs no CORS for Aktion’s own origin, and gives the admin API none', async () => {
      const own = new URL(get().ctx.config.publicUrl).origin;
      expectRefused(await registerFrom(get(), viborg.slug, own));
      const res = await send(get().app, viborg.admin.session, {
        method: 'GET',
        url: '/api/organisations/current/embed-origins',
        headers: { origin: VIBORG },
      });
      expect(res.statusCode).toBe(200);
      expectRefused(res);
    });
  });

  describe('session checks', () => {
    it('lets a cross-origin registration through without a CSRF token, even with a session cookie', async () => {
      // A site on the same site as Aktion (aktion.viborg.dk / www.viborg.dk) may send the cookie
      // along; the public routes ignore the session, so neither CSRF nor origin checks apply.
      const res = await registerFrom(get(), viborg.slug, VIBORG, { cookie: viborg.admin.session.cookie });
      expect(res.statusCode, res.body).toBe(201);
      expectAllowed(res, VIBORG);
    });

    it('still refuses a foreign origin on a session route', async () => {
      const res = await send(get().app, viborg.admin.session, {
        method: 'PUT',
        url: '/api/organisations/current/embed-origins',
        headers: { origin: VIBORG },
        payload: { origins: [VIBORG] },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.reason).toBe('foreign_origin');
    });
  });
});

describeEachDialect('CORS when the rate limit answers', (dialect) => {
  const get = useTestApp(dialect, { publicRateLimit: 1 });

  it('opens the 429 to an allowed web site, so it can tell the visitor to wait', async () => {
    const { slug } = await organisationWith(get(), [VIBORG]);
    expect((await registerFrom(get(), slug, VIBORG)).statusCode).toBe(201);
    const limited = await registerFrom(get(), slug, VIBORG);
    expect(limited.statusCode).toBe(429);
    expectAllowed(limited, VIBORG);
  });
});
