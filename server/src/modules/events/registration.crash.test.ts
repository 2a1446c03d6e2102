import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { createDb } from '../../db/dialect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { describeEachDialect } from '../../test/databases.js';
import { eventBody, eventRow, registrationBody } from '../../test/events.js';

const SEATS = 25;
const SECRET = 'crash-test-secret-key-of-at-least-32-chars';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** The real server as its own OS process, so SIGKILL is a real crash. */
async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      AKTION_DEMO: '0',
      AKTION_RUN_JOBS: '0',
      AKTION_PUBLIC_RATE_LIMIT: '0',
      AKTION_SECRET_KEY: SECRET,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${err}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

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

  async function databaseUrl(): Promise<string> {
    if (dialect === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'aktion-crash-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      return `sqlite:${join(dir, 'crash.sqlite')}`;
    }
    const admin = process.env.TEST_DATABASE_URL ?? '';
    const name = `crash_${randomBytes(5).toString('hex')}`;
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`create database ${name}`);
    await c.end();
    cleanups.push(async () => {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
    });
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return url.toString();
  }

  it('SIGKILL during a rush: every confirmation the client got survives, and seats never overflow', async () => {
    const url = await databaseUrl();
    const slug = await prepare(url);
    const first = await startServer(url);
    const before = rush(first.base, slug, 16);
    // Let registrations flow, then kill the process without warning while requests are in flight.
    while (before.confirmed.length < 5) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    await before.stop();

    const second = await startServer(url);
    const after = rush(second.base, slug, 8);
    await new Promise((r) => setTimeout(r, 1500));
    await after.stop();
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));

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
