import { beforeAll, expect, it, vi } from 'vitest';
import type { EventRes } from '../../../../core/schemas/events.js';
import { describeEachDialect } from '../../test/databases.js';
import { eventBody, registrationBody } from '../../test/events.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

/** Registrations that arrive together are written together (group commit); each keeps its own answer. */
describeEachDialect('registration batches', (dialect) => {
  const get = useTestApp(dialect, { publicRateLimit: 0 });
  let admin: Session;

  beforeAll(async () => {
    admin = (await signedInUser(get().app, get().ctx.db, ['admin'])).session;
  });

  async function published(overrides: Parameters<typeof eventBody>[0]): Promise<EventRes> {
    const made = await send(get().app, admin, {
      method: 'POST',
      url: '/api/events',
      payload: eventBody(overrides),
    });
    const id = made.json<EventRes>().id;
    await send(get().app, admin, { method: 'POST', url: `/api/events/${id}/publish`, payload: {} });
    return made.json<EventRes>();
  }

  /** Sends all at once; answers in the order of the bodies, with the number of transactions used. */
  async function together(slug: string, bodies: Record<string, unknown>[]) {
    const transactions = vi.spyOn(get().ctx.db.kysely, 'transaction');
    try {
      const answers = await Promise.all(
        bodies.map((payload) =>
          get().app.inject({ method: 'POST', url: `/api/public/events/${slug}/registrations`, payload }),
        ),
      );
      return { answers, transactions: transactions.mock.calls.length };
    } finally {
      transactions.mockRestore();
    }
  }

  const rowsOf = (eventId: string) =>
    get()
      .ctx.db.kysely.selectFrom('registrations')
      .select(['id', 'email', 'status', 'seq'])
      .where('event_id', '=', eventId)
      .orderBy('seq')
      .execute();

  it('a duplicate e-mail in the middle of a batch fails alone; the others get their seats, audit entry and mail', async () => {
    const event = await published({ capacity: 3, waitingList: true });
    const holder = registrationBody();
    expect(
      (
        await get().app.inject({
          method: 'POST',
          url: `/api/public/events/${event.slug}/registrations`,
          payload: holder,
        })
      ).statusCode,
    ).toBe(201);
    const twice = registrationBody();
    const bodies = [
      registrationBody(),
      { ...holder, name: 'Same Address' }, // holds a seat already
      registrationBody(),
      twice,
      registrationBody(),
      { ...twice, name: 'Twice In One Batch' },
    ];
    const { answers, transactions } = await together(event.slug, bodies);
    expect(transactions).toBeLessThan(bodies.length);

    const refused = answers.flatMap((a, i) => (a.statusCode === 201 ? [] : [i]));
    expect(refused).toContain(1);
    expect(refused).toHaveLength(2);
    expect(refused.filter((i) => i === 3 || i === 5)).toHaveLength(1); // one of the pair wins
    for (const i of refused) {
      expect(answers[i]?.statusCode).toBe(409);
      expect(answers[i]?.json().error).toMatchObject({ code: 'conflict', reason: 'duplicate_email' });
    }
    const statuses = answers.filter((a) => a.statusCode === 201).map((a) => a.json().status);
    expect(statuses.sort()).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);

    const rows = await rowsOf(event.id);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(3);
    expect(new Set(rows.map((r) => r.email)).size).toBe(5);
    const ids = rows.map((r) => r.id);
    const audits = await get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'registration.created')
      .where('entity_id', 'in', ids)
      .execute();
    expect(audits).toHaveLength(5);
    const emails = rows.map((r) => r.email);
    const mails = await get()
      .ctx.db.kysely.selectFrom('mail_outbox')
      .select(['id', 'to_address'])
      .where('to_address', 'in', emails)
      .execute();
    expect(mails.map((m) => m.to_address).sort()).toEqual(emails.sort());
    const jobs = await get()
      .ctx.db.kysely.selectFrom('jobs')
      .select('id')
      .where('name', '=', 'mail.send')
      .where(
        'payload',
        'in',
        mails.map((m) => JSON.stringify({ mailId: m.id })),
      )
      .execute();
    expect(jobs).toHaveLength(5);
  });

  it('40 at once for 5 seats without a waiting list: exactly 5 confirmed, 35 refused as full', async () => {
    const event = await published({ capacity: 5, waitingList: false });
    const { answers, transactions } = await together(
      event.slug,
      Array.from({ length: 40 }, () => registrationBody()),
    );
    expect(transactions).toBeLessThan(40);
    expect(answers.filter((a) => a.statusCode === 201 && a.json().status === 'confirmed')).toHaveLength(5);
    const full = answers.filter((a) => a.statusCode === 409);
    expect(full).toHaveLength(35);
    expect(full.every((a) => a.json().error.reason === 'event_full')).toBe(true);
    const rows = await rowsOf(event.id);
    expect(rows.map((r) => r.status)).toEqual(Array(5).fill('confirmed'));
  });
});
