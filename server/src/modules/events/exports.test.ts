import { beforeAll, expect, it } from 'vitest';
import type { EventRes } from '../../../../core/schemas/events.js';
import { DAY } from '../../lib/clock.js';
import { describeEachDialect } from '../../test/databases.js';
import { eventBody, registrationBody } from '../../test/events.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';
import { applyEventRetention } from './retention.js';

describeEachDialect('event exports, messages and retention', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let event: EventRes;
  let other: EventRes;

  beforeAll(async () => {
    admin = (await signedInUser(get().app, get().ctx.db, ['admin'])).session;
    const make = async (daysAhead: number) => {
      const made = await send(get().app, admin, {
        method: 'POST',
        url: '/api/events',
        payload: eventBody({ capacity: 2 }, daysAhead, get().clock.now()),
      });
      const id = made.json<EventRes>().id;
      return (
        await send(get().app, admin, { method: 'POST', url: `/api/events/${id}/publish`, payload: {} })
      ).json<EventRes>();
    };
    event = await make(20);
    other = await make(400);
    const register = (slug: string, body: Record<string, unknown>) =>
      get().app.inject({ method: 'POST', url: `/api/public/events/${slug}/registrations`, payload: body });
    await register(
      event.slug,
      registrationBody({ name: 'Anne Ø', organisation: 'Viborg Kommune', dietaryNeeds: 'Vegetar' }),
    );
    await register(
      event.slug,
      registrationBody({ name: '=HYPERLINK("x")', ean: null, cvr: '29189633', organisation: 'Firma A/S' }),
    );
    await register(event.slug, registrationBody({ name: 'Venter' }));
    await register(other.slug, registrationBody({ name: 'Senere', dietaryNeeds: 'Glutenfri' }));
  });

  it('exports the invoice basis: a line per paid seat and a total of the rounded lines', async () => {
    const res = await send(get().app, admin, {
      method: 'GET',
      url: `/api/events/${event.id}/invoice-basis.csv`,
    });
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(4); // header, two seats, total (the waiting list is not invoiced)
    // EAN and reference stay text in Excel (="…"), not 5,79801E+12.
    expect(lines[1]).toContain('Viborg Kommune;"=""5798009811578""";;"=""PO-2291""";');
    expect(lines[1]).toContain('2.175,00;543,75;2.718,75');
    expect(lines[2]).toContain("'=HYPERLINK");
    expect(lines[3]).toMatch(/^I alt;.*2 pladser.*4\.350,00;1\.087,50;5\.437,50$/);
  });

  it('exports every registration with its status for Danish Excel', async () => {
    const res = await send(get().app, admin, {
      method: 'GET',
      url: `/api/events/${event.id}/registrations.csv`,
    });
    const lines = res.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]?.split(';')[0]).toBe('Status');
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(['Tilmeldt', 'Tilmeldt', 'Venteliste']);
  });

  it('sends a message to the registered, and the waiting list when asked', async () => {
    const res = await send(get().app, admin, {
      method: 'POST',
      url: `/api/events/${event.id}/messages`,
      payload: { subject: 'Praktisk', text: 'Husk madpakke', includeWaitingList: false },
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ sent: 2 });
    const all = await send(get().app, admin, {
      method: 'POST',
      url: `/api/events/${event.id}/messages`,
      payload: { subject: 'Praktisk', text: 'Husk madpakke', includeWaitingList: true },
    });
    expect(all.json()).toEqual({ sent: 3 });
  });

  it('deletes dietary needs 30 days after the event and anonymises registrants after 12 months, nothing else', async () => {
    const t = get();
    t.clock.advance(20 * DAY + 29 * DAY);
    expect(await applyEventRetention(t.ctx)).toEqual({ dietary: 0, registrants: 0 });
    t.clock.advance(2 * DAY);
    expect(await applyEventRetention(t.ctx)).toEqual({ dietary: 1, registrants: 0 });
    const later = await t.ctx.db.kysely
      .selectFrom('registrations')
      .select(['dietary_needs'])
      .where('event_id', '=', other.id)
      .execute();
    expect(later).toEqual([{ dietary_needs: 'Glutenfri' }]);
    t.clock.advance(366 * DAY);
    expect((await applyEventRetention(t.ctx)).registrants).toBe(3);
    const rows = await t.ctx.db.kysely
      .selectFrom('registrations')
      .select(['name', 'email', 'organisation_name', 'price_ex_vat_ore', 'status'])
      .where('event_id', '=', event.id)
      .execute();
    expect(rows.every((r) => r.name === 'Slettet' && r.email.endsWith('@invalid'))).toBe(true);
    expect(rows.map((r) => r.organisation_name).sort()).toEqual([
      'Firma A/S',
      'Viborg Kommune',
      'Viborg Kommune',
    ]);
    const attendees = await t.ctx.db.kysely
      .selectFrom('registration_attendees')
      .select('name')
      .where('name', '!=', 'Slettet')
      .execute();
    expect(attendees.map((a) => a.name)).toEqual(['Senere']);
    // Once is enough.
    expect((await applyEventRetention(t.ctx)).registrants).toBe(0);
    // Each run that removed something says so per event, with counts and nothing personal.
    const audit = await t.ctx.db.kysely
      .selectFrom('audit_log')
      .select(['entity_id', 'changes', 'actor_user_id'])
      .where('action', '=', 'event.retention_applied')
      .where('entity_id', '=', event.id)
      .orderBy('created_at')
      .execute();
    expect(audit.map((a) => [a.actor_user_id, JSON.parse(a.changes ?? '{}')])).toEqual([
      [null, { dietaryNeedsDeleted: 1, registrantsAnonymised: 0 }],
      [null, { dietaryNeedsDeleted: 0, registrantsAnonymised: 3 }],
    ]);
  });
});
