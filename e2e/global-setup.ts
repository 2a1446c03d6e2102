import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromium: boolean;
  }
}

export const CHROMIUM = '/usr/bin/chromium';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Builds the web app and starts the real server on a fresh SQLite file with the demo seed, as
 * `npm start` does. Without Debian's Chromium the browser tests are skipped, and say so.
 */
export default async function setup(project: TestProject) {
  const chromium = existsSync(CHROMIUM);
  project.provide('chromium', chromium);
  if (!chromium) {
    if (process.env.CI === 'true')
      throw new Error(`CI=true but ${CHROMIUM} is missing: install Debian's chromium.`);
    console.warn(`\n  ⚠ Browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium).\n`);
    project.provide('baseURL', '');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'aktion-e2e-'));
  // A build of its own: two runs at once (or a running `npm start`) never serve each other's files.
  const webDist = join(dir, 'web');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', webDist, '--emptyOutDir'], {
    stdio: 'inherit',
  });
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['tsx', 'server/src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'e2e.sqlite')}`,
      AKTION_DEMO: '1',
      AKTION_WEB_DIST: webDist,
      AKTION_SECRET_FILE: join(dir, 'secret.key'),
      AKTION_PUBLIC_URL: baseURL,
      AKTION_LOGIN_RATE_LIMIT: '0',
      AKTION_JOB_POLL_MS: '200',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server stopped during start:\n${output}`);
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not start within 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('baseURL', baseURL);
  return async () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dir, { recursive: true, force: true });
  };
}
