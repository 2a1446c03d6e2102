import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventRes } from '../../../../core/schemas/events.js';
import { HOUR } from '../../lib/clock.js';
import { describeEachDialect } from '../../test/databases.js';
import { eventBody, registrationBody } from '../../test/events.js';
import { createUser, loginAs, signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';
import { expireOffers } from './lifecycle.service.js';

const tokenOf = (manageUrl: string) => manageUrl.split('/').pop() ?? '';

describeEachDialect('registration lifecycle', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let adminEmail = '';
  let adminOrg = '';
  // Tests move the clock past deadlines: every test starts with a fresh session and events ahead of "now".
  beforeEach(async () => {
    const user = await signedInUser(get().app, get().ctx.db, ['admin']);
    admin = user.session;
    adminEmail = user.email;
    adminOrg = user.organisationId;
  });
  const body = (overrides: Parameters<typeof eventBody>[0] = {}) =>
    eventBody(overrides, 90, get().clock.now());

  async function published(overrides: Parameters<typeof eventBody>[0] = {}): Promise<EventRes> {
    const made = await send(get().app, admin, {
      method: 'POST',
      url: '/api/events',
      payload: body(overrides),
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json<EventRes>().id;
    return (
      await send(get().app, admin, { method: 'POST', url: `/api/events/${id}/publish`, payload: {} })
    ).json();
  }
  async function registered(slug: string, form = registrationBody()) {
    const res = await get().app.inject({
      method: 'POST',
      url: `/api/public/events/${slug}/registrations`,
      payload: form,
    });
    expect(res.statusCode, res.body).toBe(201);
    return {
      ...res.json<{ id: string; status: string; manageUrl: string }>(),
      email: form.email,
      token: tokenOf(res.json().manageUrl),
    };
  }
  const view = (token: string) =>
    get().app.inject({ method: 'GET', url: `/api/public/registrations/${token}` });
  const act = (token: string, what: 'substitute' | 'cancel' | 'accept', payload?: object) =>
    get().app.inject({ method: 'POST', url: `/api/public/registrations/${token}/${what}`, payload });
  const checkIn = (eventId: string, payload: object) =>
    send(get().app, admin, { method: 'POST', url: `/api/events/${eventId}/check-ins`, payload });
  const statuses = async (eventId: string) =>
    (await send(get().app, admin, { method: 'GET', url: `/api/events/${eventId}/registrations` }))
      .json()
      .items.map((r: { email: string; status: string }) => r.status);

  describe('substitution', () => {
    it('hands a seat on at a sold-out event: same registration, new ticket, old QR code and link dead', async () => {
      const event = await published({ capacity: 1 });
      const mette = await registered(event.slug);
      await registered(event.slug); // the waiting list is not touched by a substitution
      const before = (await view(mette.token)).json();
      expect(before).toMatchObject({ status: 'confirmed', canSubstitute: true, canCancel: false });

      const res = await act(mette.token, 'substitute', {
        name: 'Lars Kollega',
        email: 'lars@viborg.dk',
        jobTitle: 'Leder',
      });
      expect(res.statusCode, res.body).toBe(200);
      const lars = tokenOf(res.json().manageUrl);
      expect((await view(mette.token)).statusCode).toBe(410);
      const after = (await view(lars)).json();
      expect(after).toMatchObject({
        status: 'confirmed',
        name: 'Lars Kollega',
        organisation: 'Viborg Kommune',
      });
      expect(after.history.map((h: { name: string }) => h.name)).toEqual([before.name, 'Lars Kollega']);
      expect(after.history[0].until).not.toBeNull();
      expect(after.ticket.token).not.toBe(before.ticket.token);
      expect(await statuses(event.id)).toEqual(['confirmed', 'waitlisted']);

      // The old QR code no longer checks anyone in; the new one does, once.
      expect((await checkIn(event.id, { token: before.ticket.token })).statusCode).toBe(404);
      const first = await checkIn(event.id, { token: after.ticket.token });
      expect(first.json()).toMatchObject({
        result: 'checked_in',
        name: 'Lars Kollega',
        arrived: 1,
        expected: 1,
      });
      get().clock.advance(60_000);
      const second = await checkIn(event.id, { code: after.ticket.code.toLowerCase() });
      expect(second.json()).toMatchObject({ result: 'already', checkedInAt: first.json().checkedInAt });

      const mails = await get()
        .ctx.db.kysely.selectFrom('mail_outbox')
        .select('subject')
        .where('to_address', 'in', [mette.email, 'lars@viborg.dk'])
        .execute();
      expect(mails.map((m) => m.subject)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/givet videre/),
          expect.stringMatching(/fået en plads/),
        ]),
      );
    });

    it('refuses after the substitution deadline, and a binding registration cannot be cancelled', async () => {
      const event = await published();
      const r = await registered(event.slug);
      const cancel = await act(r.token, 'cancel');
      expect(cancel.statusCode).toBe(409);
      expect(cancel.json().error.reason).toBe('binding');
      get().clock.advance(
        new Date(event.terms.substitutionUntil ?? '').getTime() - get().clock.now().getTime() + 1000,
      );
      const late = await act(r.token, 'substitute', {
        name: 'Too Late',
        email: 'late@viborg.dk',
        jobTitle: null,
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.reason).toBe('substitution_closed');
    });
  });

  describe('waiting list', () => {
    it('tells everyone waiting and closes their places when the organiser turns the waiting list off', async () => {
      const event = await published({ capacity: 1 });
      const first = await registered(event.slug);
      const waiting = await registered(event.slug);
      const res = await send(get().app, admin, {
        method: 'PUT',
        url: `/api/events/${event.id}`,
        payload: { ...body(), title: event.title, capacity: 1, waitingList: false },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect((await view(waiting.token)).json()).toMatchObject({
        status: 'cancelled',
        closedReason: 'waiting_list_closed',
      });
      expect((await view(first.token)).json().status).toBe('confirmed');
      const mail = await get()
        .ctx.db.kysely.selectFrom('mail_outbox')
        .select('subject')
        .where('to_address', '=', waiting.email)
        .where('subject', 'like', 'Ventelisten er lukket%')
        .execute();
      expect(mail).toHaveLength(1);
      // Full and without a waiting list: a newcomer is refused, not waitlisted.
      const late = await get().app.inject({
        method: 'POST',
        url: `/api/public/events/${event.slug}/registrations`,
        payload: registrationBody(),
      });
      expect(late.json().error.reason).toBe('event_full');
    });

    it('offers a freed seat to the first in line, holds it against new registrations, and confirms on acceptance', async () => {
      const base = body();
      const event = await published({
        capacity: 1,
        terms: { kind: 'cancellable', cancellableUntil: base.registrationDeadline, substitutionUntil: null },
      });
      const first = await registered(event.slug);
      const second = await registered(event.slug);
      const third = await registered(event.slug);
      expect([first.status, second.status, third.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
      expect((await view(third.token)).json().waitingPosition).toBe(2);

      expect((await act(first.token, 'cancel')).statusCode).toBe(204);
      const offered = (await view(second.token)).json();
      expect(offered).toMatchObject({ status: 'offered', canAccept: true });
      // The held offer takes the seat: a newcomer waits.
      expect((await registered(event.slug)).status).toBe('waitlisted');
      expect((await act(second.token, 'accept')).statusCode).toBe(204);
      expect((await view(second.token)).json()).toMatchObject({
        status: 'confirmed',
        ticket: expect.any(Object),
      });
      expect((await act(second.token, 'accept')).statusCode).toBe(409);
    });

    it('passes an offer not taken in time to the next, and never exceeds the seats', async () => {
      const base = body();
      const event = await published({
        capacity: 2,
        offerHoldHours: 48,
        terms: { kind: 'cancellable', cancellableUntil: base.registrationDeadline, substitutionUntil: null },
      });
      const a = await registered(event.slug);
      await registered(event.slug);
      const c = await registered(event.slug);
      const d = await registered(event.slug);
      await act(a.token, 'cancel');
      expect((await view(c.token)).json().status).toBe('offered');
      get().clock.advance(48 * HOUR + 1000);
      expect(await expireOffers(get().ctx)).toBeGreaterThanOrEqual(1);
      expect((await view(c.token)).json()).toMatchObject({
        status: 'cancelled',
        closedReason: 'offer_expired',
      });
      expect((await view(d.token)).json().status).toBe('offered');
      admin = await loginAs(get().app, adminEmail); // two days later: a new session
      const s = (
        await send(get().app, admin, { method: 'GET', url: `/api/events/${event.id}/registrations` })
      ).json().seats;
      expect(s.confirmed + s.offered).toBeLessThanOrEqual(2);
    });

    it('makes no offers after the registration deadline', async () => {
      const base = body();
      const event = await published({
        capacity: 1,
        terms: { kind: 'cancellable', cancellableUntil: base.startsAt, substitutionUntil: null },
      });
      const a = await registered(event.slug);
      const b = await registered(event.slug);
      get().clock.advance(
        new Date(event.registrationDeadline).getTime() - get().clock.now().getTime() + 1000,
      );
      expect((await act(a.token, 'cancel')).statusCode).toBe(204);
      expect((await view(b.token)).json().status).toBe('waitlisted');
    });
  });

  describe('review cases', () => {
    it('does not hand on a seat someone already came in on, and clears the dietary needs it passes on', async () => {
      const event = await published();
      const r = await registered(event.slug, registrationBody({ dietaryNeeds: 'Cøliaki' }));
      const ticket = (await view(r.token)).json().ticket;
      expect((await checkIn(event.id, { code: ticket.code })).json().result).toBe('checked_in');
      const refused = await act(r.token, 'substitute', {
        name: 'Lars',
        email: 'lars2@viborg.dk',
        jobTitle: null,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.reason).toBe('already_checked_in');

      const other = await registered(event.slug, registrationBody({ dietaryNeeds: 'Vegansk' }));
      const moved = await act(other.token, 'substitute', {
        name: 'Kim',
        email: 'kim@viborg.dk',
        jobTitle: null,
      });
      expect(moved.statusCode).toBe(200);
      const list = (
        await send(get().app, admin, { method: 'GET', url: `/api/events/${event.id}/registrations` })
      ).json();
      expect(list.items.find((i: { name: string }) => i.name === 'Kim').dietaryNeeds).toBeNull();
    });

    it('checks in by name from the list, and gives the calendar file through the private link', async () => {
      const event = await published();
      const r = await registered(event.slug);
      const byName = await checkIn(event.id, { registrationId: r.id });
      expect(byName.json()).toMatchObject({ result: 'checked_in' });
      const both = await checkIn(event.id, { registrationId: r.id, code: 'ABC234' });
      expect(both.statusCode).toBe(400);
      const ics = await get().app.inject({
        method: 'GET',
        url: `/api/public/registrations/${r.token}/calendar.ics`,
      });
      expect(ics.headers['content-type']).toContain('text/calendar');
      expect(ics.body).toContain(`SUMMARY:${event.title}`);
    });

    it('lets only the first of simultaneous scans check in', async () => {
      const event = await published();
      const r = await registered(event.slug);
      const { token } = (await view(r.token)).json().ticket;
      const answers = await Promise.all([1, 2, 3, 4].map(() => checkIn(event.id, { token })));
      expect(answers.map((a) => a.json().result).sort()).toEqual([
        'already',
        'already',
        'already',
        'checked_in',
      ]);
    });

    it('lets someone on the waiting list of a binding event step off it', async () => {
      const event = await published({ capacity: 1 });
      await registered(event.slug);
      const waiting = await registered(event.slug);
      expect((await act(waiting.token, 'cancel')).statusCode).toBe(204);
      expect((await view(waiting.token)).json().status).toBe('cancelled');
    });

    it('never holds an offer past the start of the event', async () => {
      const base = body({});
      const event = await published({
        capacity: 1,
        offerHoldHours: 24 * 14,
        registrationDeadline: new Date(new Date(base.startsAt).getTime() - HOUR).toISOString(),
        terms: { kind: 'cancellable', cancellableUntil: base.startsAt, substitutionUntil: null },
      });
      const a = await registered(event.slug);
      const b = await registered(event.slug);
      get().clock.advance(new Date(event.startsAt).getTime() - get().clock.now().getTime() - 2 * HOUR);
      await act(a.token, 'cancel');
      expect((await view(b.token)).json().offeredUntil).toBe(event.startsAt);
    });

    it('shows facilitators who comes, without dietary needs or invoice details', async () => {
      const event = await published();
      await registered(event.slug, registrationBody({ dietaryNeeds: 'Halal' }));
      const facilitator = await loginAs(
        get().app,
        (await createUser(get().ctx.db, { organisationId: adminOrg, roles: ['facilitator'] })).email,
      );
      const list = (
        await send(get().app, facilitator, { method: 'GET', url: `/api/events/${event.id}/registrations` })
      ).json();
      expect(list.items[0]).toMatchObject({ dietaryNeeds: null, ean: null });
      expect(list.items[0].name).toBeTruthy();
    });
  });

  describe('ticket mails', () => {
    interface HeldMail {
      id: string;
      to: string;
      text: string;
      attachments: { position: number; fileName: string; contentType: string }[];
    }
    /** Runs the job runner, then the held mails to one address, newest first, as the outbox shows them. */
    async function mailsTo(email: string): Promise<HeldMail[]> {
      await get().runner.runDue();
      const res = await send(get().app, admin, { method: 'GET', url: '/api/dev/outbox' });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: HeldMail[] }>().items.filter((m) => m.to === email);
    }
    /** The one held mail to an address whose text matches. */
    async function mailTo(email: string, text: RegExp): Promise<HeldMail> {
      const found = (await mailsTo(email)).filter((m) => text.test(m.text));
      expect(found).toHaveLength(1);
      return found[0] as HeldMail;
    }
    const file = (mail: HeldMail, position: number) =>
      send(get().app, admin, { method: 'GET', url: `/api/dev/outbox/${mail.id}/attachments/${position}` });
    async function qrTokenOf(mail: HeldMail) {
      const png = mail.attachments.find((a) => a.contentType === 'image/png');
      if (!png) return null;
      const image = PNG.sync.read((await file(mail, png.position)).rawPayload);
      return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;
    }

    it('sends the confirmation with the calendar file and a QR code that checks the person in', async () => {
      const event = await published({ capacity: 1 });
      const mette = await registered(event.slug);
      const waiting = await registered(event.slug);
      const mail = await mailTo(mette.email, /Du er tilmeldt/);
      expect(mail.attachments.map((a) => a.fileName)).toEqual([
        `${event.slug}.ics`,
        expect.stringMatching(/^billet-[A-Z2-9]{6}\.png$/),
      ]);
      const ticket = (await view(mette.token)).json().ticket;
      expect(mail.text).toContain(ticket.code);

      const calendar = await file(mail, 0);
      expect(calendar.headers['content-type']).toMatch(/^text\/calendar/);
      const vevent = new ICAL.Component(ICAL.parse(calendar.body)).getFirstSubcomponent('vevent');
      expect(vevent?.getFirstPropertyValue('summary')).toBe(event.title);

      const token = await qrTokenOf(mail);
      expect(token).toBe(ticket.token);
      expect((await checkIn(event.id, { token })).json()).toMatchObject({ result: 'checked_in' });

      // A place on the waiting list is no ticket: no files.
      const waitMail = await mailTo(waiting.email, /ventelisten/);
      expect(waitMail.attachments).toEqual([]);
    });

    it('sends the colleague a new QR code, and never a code that a substitution has made worthless', async () => {
      const event = await published();
      const mette = await registered(event.slug);
      // Handed on before the runner sent the first mail: that mail goes without the dead QR code.
      const res = await act(mette.token, 'substitute', {
        name: 'Lars',
        email: 'lars@viborg.dk',
        jobTitle: null,
      });
      expect(res.statusCode, res.body).toBe(200);
      const first = await mailTo(mette.email, /Du er tilmeldt/);
      expect(first.attachments.map((a) => a.contentType)).toEqual(['text/calendar; charset=utf-8']);
      const larsMail = await mailTo('lars@viborg.dk', /videre til dig/);
      const larsTicket = (await view(tokenOf(res.json().manageUrl))).json().ticket;
      expect(await qrTokenOf(larsMail)).toBe(larsTicket.token);
    });

    it('sends the ticket when a waiting-list offer is accepted', async () => {
      const base = body();
      const event = await published({
        capacity: 1,
        terms: { kind: 'cancellable', cancellableUntil: base.registrationDeadline, substitutionUntil: null },
      });
      const first = await registered(event.slug);
      const second = await registered(event.slug);
      expect((await act(first.token, 'cancel')).statusCode).toBe(204);
      expect((await act(second.token, 'accept')).statusCode).toBe(204);
      const accepted = await mailTo(second.email, /Din tilmelding er bekræftet/);
      expect(await qrTokenOf(accepted)).toBe((await view(second.token)).json().ticket.token);
    });

    it("keeps one organisation's mail files from another", async () => {
      const event = await published();
      const mette = await registered(event.slug);
      const mail = await mailTo(mette.email, /Du er tilmeldt/);
      const stranger = await signedInUser(get().app, get().ctx.db, ['admin']);
      const res = await send(get().app, stranger.session, {
        method: 'GET',
        url: `/api/dev/outbox/${mail.id}/attachments/0`,
      });
      expect(res.statusCode).toBe(404);
    });
  });

  it('knows nothing behind a forged link', async () => {
    const res = await view('x'.repeat(43));
    expect(res.statusCode).toBe(410);
  });
});
