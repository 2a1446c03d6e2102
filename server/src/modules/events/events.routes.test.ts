import { beforeAll, describe, expect, it } from 'vitest';
import type { EventRes } from '../../../../core/schemas/events.js';
import { describeEachDialect } from '../../test/databases.js';
import { eventBody, registrationBody } from '../../test/events.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('events', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;

  beforeAll(async () => {
    admin = (await signedInUser(get().app, get().ctx.db, ['admin'])).session;
  });

  async function published(overrides: Parameters<typeof eventBody>[0] = {}): Promise<EventRes> {
    const made = await send(get().app, admin, {
      method: 'POST',
      url: '/api/events',
      payload: eventBody(overrides),
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json<EventRes>().id;
    const pub = await send(get().app, admin, {
      method: 'POST',
      url: `/api/events/${id}/publish`,
      payload: {},
    });
    expect(pub.statusCode, pub.body).toBe(200);
    return pub.json<EventRes>();
  }
  const registerAt = (slug: string, body: Record<string, unknown> = registrationBody()) =>
    get().app.inject({ method: 'POST', url: `/api/public/events/${slug}/registrations`, payload: body });

  describe('organising', () => {
    it('creates a draft with a slug from the title, and publishes it', async () => {
      const res = await send(get().app, admin, {
        method: 'POST',
        url: '/api/events',
        payload: eventBody({ title: 'Økonomi og Ældre på Ærø' }),
      });
      expect(res.statusCode, res.body).toBe(201);
      const event = res.json<EventRes>();
      expect(event).toMatchObject({
        slug: 'oekonomi-og-aeldre-paa-aeroe',
        status: 'draft',
        publishedAt: null,
      });
      expect(event.price).toEqual({ exVatOre: 217500, vatOre: 54375, inclVatOre: 271875 });
      // Not public before it is published.
      expect(
        (await get().app.inject({ method: 'GET', url: `/api/public/events/${event.slug}` })).statusCode,
      ).toBe(404);
      const again = await send(get().app, admin, {
        method: 'POST',
        url: '/api/events',
        payload: eventBody({ title: 'Økonomi og Ældre på Ærø' }),
      });
      expect(again.json().slug).toBe('oekonomi-og-aeldre-paa-aeroe-2');
    });

    it('gives parallel events with the same title each their own slug, never an error', async () => {
      const answers = await Promise.all(
        [1, 2, 3, 4, 5].map(() =>
          send(get().app, admin, {
            method: 'POST',
            url: '/api/events',
            payload: eventBody({ title: 'Samme titel' }),
          }),
        ),
      );
      expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(answers.map((a) => a.json().slug)).size).toBe(5);
    });

    it('publishes as organisation-only when asked', async () => {
      const made = await send(get().app, admin, { method: 'POST', url: '/api/events', payload: eventBody() });
      const pub = await send(get().app, admin, {
        method: 'POST',
        url: `/api/events/${made.json().id}/publish`,
        payload: { visibility: 'organisation' },
      });
      expect(pub.json()).toMatchObject({ status: 'published', visibility: 'organisation' });
      expect(
        (await get().app.inject({ method: 'GET', url: `/api/public/events/${pub.json().slug}` })).statusCode,
      ).toBe(404);
    });

    it('explains impossible times and a missing place on the fields to fix', async () => {
      const body = eventBody();
      const res = await send(get().app, admin, {
        method: 'POST',
        url: '/api/events',
        payload: {
          ...body,
          endsAt: body.startsAt,
          venueName: null,
          address: null,
          registrationDeadline: body.endsAt,
        },
      });
      expect(res.statusCode).toBe(400);
      const fields = res.json().error.fields;
      expect(fields.endsAt).toMatch(/efter starten/);
      expect(fields.address).toMatch(/sted/);
      expect(fields.registrationDeadline).toMatch(/før/);
    });

    it('never lowers capacity below the seats taken', async () => {
      const event = await published({ capacity: 3 });
      for (let i = 0; i < 2; i++) expect((await registerAt(event.slug)).statusCode).toBe(201);
      const res = await send(get().app, admin, {
        method: 'PUT',
        url: `/api/events/${event.id}`,
        payload: eventBody({ title: event.title, capacity: 1 }),
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ reason: 'capacity_below_taken' });
    });
  });

  describe('public registration', () => {
    it('shows the price with VAT and registers, with a private link and a confirmation mail', async () => {
      const event = await published();
      const page = await get().app.inject({ method: 'GET', url: `/api/public/events/${event.slug}` });
      expect(page.json()).toMatchObject({
        price: { exVatOre: 217500, vatOre: 54375, inclVatOre: 271875 },
        seatsLeft: 300,
        registrationOpen: true,
        invoiceRequired: true,
      });
      const body = registrationBody();
      const res = await registerAt(event.slug, body);
      expect(res.statusCode, res.body).toBe(201);
      const created = res.json();
      expect(created.status).toBe('confirmed');
      expect(created.manageUrl).toMatch(new RegExp(`/arrangementer/${event.slug}/tilmelding/[\\w-]{40,}$`));
      const mail = await get()
        .ctx.db.kysely.selectFrom('mail_outbox')
        .select(['subject', 'text_body'])
        .where('to_address', '=', body.email)
        .executeTakeFirstOrThrow();
      expect(mail.subject).toContain('Du er tilmeldt');
      expect(mail.text_body).toContain(created.manageUrl);
      const list = await send(get().app, admin, {
        method: 'GET',
        url: `/api/events/${event.id}/registrations`,
      });
      expect(list.json().items[0]).toMatchObject({
        email: body.email,
        ean: '5798009811578',
        status: 'confirmed',
      });
      expect(list.json().seats).toMatchObject({ confirmed: 1, seatsLeft: 299 });
    });

    it('refuses a wrong EAN or CVR saying which check failed, and asks for invoice details', async () => {
      const event = await published();
      const ean = await registerAt(event.slug, registrationBody({ ean: '5798009811579' }));
      expect(ean.statusCode).toBe(400);
      expect(ean.json().error.fields.ean).toMatch(/kontrolcifferet/);
      const cvr = await registerAt(event.slug, registrationBody({ ean: null, cvr: '29189634' }));
      expect(cvr.json().error.fields.cvr).toMatch(/cifrene passer ikke sammen/);
      const none = await registerAt(event.slug, registrationBody({ ean: null, cvr: null }));
      expect(none.json().error.fields.ean).toMatch(/EAN-nummer/);
      const terms = await registerAt(event.slug, registrationBody({ acceptTerms: false }));
      expect(terms.json().error.fields.acceptTerms).toMatch(/acceptere/);
    });

    it('holds one seat per e-mail address', async () => {
      const event = await published();
      const body = registrationBody();
      expect((await registerAt(event.slug, body)).statusCode).toBe(201);
      const again = await registerAt(event.slug, { ...body, name: 'Someone Else' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.reason).toBe('duplicate_email');
    });

    it('puts people on the waiting list when full, or refuses when there is none', async () => {
      const listed = await published({ capacity: 1 });
      expect((await registerAt(listed.slug)).json().status).toBe('confirmed');
      expect(
        (await get().app.inject({ method: 'GET', url: `/api/public/events/${listed.slug}` })).json(),
      ).toMatchObject({
        seatsLeft: 0,
        nextGoesToWaitingList: true,
      });
      expect((await registerAt(listed.slug)).json().status).toBe('waitlisted');
      const list = await send(get().app, admin, {
        method: 'GET',
        url: `/api/events/${listed.id}/registrations`,
      });
      expect(list.json().items.map((r: { waitingPosition: number | null }) => r.waitingPosition)).toEqual([
        null,
        1,
      ]);

      const strict = await published({ capacity: 1, waitingList: false, priceExVatOre: 0 });
      expect((await registerAt(strict.slug, registrationBody({ ean: null }))).statusCode).toBe(201);
      const full = await registerAt(strict.slug, registrationBody({ ean: null }));
      expect(full.statusCode).toBe(409);
      expect(full.json().error.reason).toBe('event_full');
      const page = await get().app.inject({ method: 'GET', url: `/api/public/events/${strict.slug}` });
      expect(page.json()).toMatchObject({ registrationOpen: false, closedReason: 'full' });
    });

    it('offers the event and the public list as iCalendar', async () => {
      const event = await published();
      const one = await get().app.inject({
        method: 'GET',
        url: `/api/public/events/${event.slug}/calendar.ics`,
      });
      expect(one.headers['content-type']).toContain('text/calendar');
      expect(one.body).toContain(`UID:${event.id}@aktion`);
      const feed = await get().app.inject({ method: 'GET', url: '/api/public/events.ics' });
      expect(feed.body).toContain(`SUMMARY:${event.title}`);
      expect(feed.body).toContain('BEGIN:VTIMEZONE');
    });

    it('closes at the deadline and knows nothing of unpublished or unknown events', async () => {
      const event = await published();
      get().clock.advance(
        new Date(event.registrationDeadline).getTime() - get().clock.now().getTime() + 1000,
      );
      const late = await registerAt(event.slug);
      expect(late.statusCode).toBe(409);
      expect(late.json().error.reason).toBe('registration_closed');
      const page = await get().app.inject({ method: 'GET', url: `/api/public/events/${event.slug}` });
      expect(page.json()).toMatchObject({ registrationOpen: false, closedReason: 'deadline' });
      expect((await registerAt('no-such-event')).statusCode).toBe(404);
    });
  });
});

describeEachDialect('member events', (dialect) => {
  const get = useTestApp(dialect);
  it('lets members find and register for organisation-only events; the public and other organisations cannot', async () => {
    const { app, ctx } = get();
    const admin = await signedInUser(app, ctx.db, ['admin']);
    const made = await send(app, admin.session, {
      method: 'POST',
      url: '/api/events',
      payload: eventBody({ priceExVatOre: 0, visibility: 'organisation', title: 'Intern workshop' }),
    });
    const event = made.json<EventRes>();
    await send(app, admin.session, { method: 'POST', url: `/api/events/${event.id}/publish`, payload: {} });
    const employee = await signedInUser(app, ctx.db, ['employee'], admin.organisationId);
    const list = await send(app, employee.session, { method: 'GET', url: '/api/my/events' });
    expect(
      list.json().items.map((e: { slug: string; visibility: string }) => [e.slug, e.visibility]),
    ).toEqual([[event.slug, 'organisation']]);
    const body = registrationBody({ ean: null, email: employee.email });
    const res = await send(app, employee.session, {
      method: 'POST',
      url: `/api/my/events/${event.slug}/registrations`,
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe('confirmed');

    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/public/events/${event.slug}/registrations`,
          payload: body,
        })
      ).statusCode,
    ).toBe(404);
    const stranger = await signedInUser(app, ctx.db, ['employee']);
    expect(
      (await send(app, stranger.session, { method: 'GET', url: `/api/my/events/${event.slug}` })).statusCode,
    ).toBe(404);
    const foreign = await send(app, stranger.session, {
      method: 'POST',
      url: `/api/my/events/${event.slug}/registrations`,
      payload: registrationBody({ ean: null }),
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describeEachDialect('public rate limit', (dialect) => {
  const get = useTestApp(dialect, { publicRateLimit: 3 });
  it('answers 429 after the limit per client address: writes at the limit, reads at ten times it', async () => {
    const post = () =>
      get().app.inject({
        method: 'POST',
        url: '/api/public/events/none/registrations',
        payload: registrationBody(),
      });
    const writes: number[] = [];
    for (let i = 0; i < 4; i++) writes.push((await post()).statusCode);
    expect(writes).toEqual([404, 404, 404, 429]);
    const reads: number[] = [];
    for (let i = 0; i < 31; i++)
      reads.push((await get().app.inject({ method: 'GET', url: '/api/public/events' })).statusCode);
    expect(reads.filter((s) => s === 200)).toHaveLength(30);
    expect(reads.at(-1)).toBe(429);
  });
});
