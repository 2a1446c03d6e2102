import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { type BuiltApp, buildApp } from '../app.js';
import { type Config, testConfig } from '../config.js';
import type { DialectName } from '../db/dialect.js';
import { FakeClock } from '../lib/clock.js';
import { openTestDb } from './databases.js';

export interface TestApp extends BuiltApp {
  clock: FakeClock;
}

/**
 * Builds the real app (same plugins and options as production) on a fresh database for the
 * suite. Returns a getter: the app exists only once beforeAll has run.
 */
export function useTestApp(dialect: DialectName, overrides: Partial<Config> = {}): () => TestApp {
  let built: TestApp | null = null;
  let drop: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    const db = await openTestDb(dialect);
    drop = db.drop;
    const clock = new FakeClock(new Date());
    const app = await buildApp(testConfig({ loginRateLimit: 0, ...overrides }), { db, clock });
    await app.app.ready();
    built = { ...app, clock };
  });
  afterAll(async () => {
    await built?.app.close();
    await drop?.();
  });
  return () => {
    if (!built) throw new Error('the test app is not built yet');
    return built;
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
  organisationId: string;
}

/** One request as a browser would send it: session cookie, CSRF token, own origin. */
export function send(
  app: FastifyInstance,
  session: Session | null,
  options: InjectOptions & { method: NonNullable<InjectOptions['method']>; url: string },
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] ??= session.csrfToken;
  }
  return app.inject({ ...options, headers });
}
