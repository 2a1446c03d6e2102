import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DialectName } from '../db/dialect.js';

const SECRET = 'process-test-secret-key-of-at-least-32-chars';

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

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  /** SIGTERM, and wait until the process has gone. */
  stop(): Promise<void>;
}

/** The real server as its own OS process (so SIGKILL is a real crash), once it answers. */
export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
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
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await gone;
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${err}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * An empty database of its own that several processes can open: a SQLite file in a temporary
 * folder, or a new PostgreSQL database beside TEST_DATABASE_URL's. `cleanups` gets its removal.
 */
export async function scratchDatabaseUrl(
  dialect: DialectName,
  cleanups: (() => Promise<void>)[],
): Promise<string> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'aktion-process-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    return `sqlite:${join(dir, 'test.sqlite')}`;
  }
  const admin = process.env.TEST_DATABASE_URL ?? '';
  const name = `scratch_${randomBytes(5).toString('hex')}`;
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
