import { afterAll, expect, it } from 'vitest';
import { createDb } from '../../db/dialect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { describeEachDialect } from '../../test/databases.js';
import { eventBody, eventRow, registrationBody } from '../../test/events.js';
import { scratchDatabaseUrl, startServerProcess } from '../../test/server-process.js';

const SEATS = 25;

/** A database with one published event, made before the server starts. */
async function prepare(databaseUrl: string): Promise<string> {
  const db = createDb(databaseUrl);
  await migrateToLatest(db);
  const now = new Date().toISOString();
  const orgId = crypto.randomUUID();
  const body = eventBody({ capacity: SEATS });
  const slug = `crash-${orgId.slice(0, 8)}`;
  await db.kysely
    .insertInto('organisations')
    .values({ id: orgId, name: 'Crash Kommune', slug: `org-${slug}`, created_at: now })
    .execute();
  await db.kysely
    .insertInto('events')
    .values(
      eventRow(orgId, {
        slug,
        status: 'published',
        capacity: SEATS,
        price_ex_vat_ore: body.priceExVatOre,
        published_at: now,
      }),
    )
    .execute();
  await db.close();
  return slug;
}

/** Keeps `parallel` registrations in flight until stopped; collects what the server confirmed. */
function rush(base: string, slug: string, parallel: number) {
  const confirmed: string[] = [];
  let running = true;
  const loops = Array.from({ length: parallel }, async () => {
    while (running) {
      try {
        const res = await fetch(`${base}/api/public/events/${slug}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(registrationBody()),
        });
        const answer = (await res.json()) as { id?: string; status?: string };
        if (res.status === 201 && answer.status === 'confirmed' && answer.id) confirmed.push(answer.id);
      } catch {
        return; // the server is gone
      }
    }
  });
  return {
    confirmed,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

describeEachDialect('registration crash', (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('SIGKILL during a rush: every confirmation the client got survives, and seats never overflow', async () => {
    const url = await scratchDatabaseUrl(dialect, cleanups);
    const slug = await prepare(url);
    const first = await startServerProcess(url);
    const before = rush(first.base, slug, 16);
    // Let registrations flow, then kill the process without warning while requests are in flight.
    while (before.confirmed.length < 5) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    await before.stop();

    const second = await startServerProcess(url);
    const after = rush(second.base, slug, 8);
    await new Promise((r) => setTimeout(r, 1500));
    await after.stop();
    await second.stop();

    const db = createDb(url);
    try {
      const rows = await db.kysely.selectFrom('registrations').select(['id', 'status']).execute();
      const confirmedNow = new Set(rows.filter((r) => r.status === 'confirmed').map((r) => r.id));
      for (const id of [...before.confirmed, ...after.confirmed]) expect(confirmedNow.has(id), id).toBe(true);
      expect(confirmedNow.size).toBeLessThanOrEqual(SEATS);
      expect(before.confirmed.length + after.confirmed.length).toBeGreaterThan(5);
    } finally {
      await db.close();
    }
  }, 120_000);
});
