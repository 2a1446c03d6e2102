import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'aktion-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('server start and stop', () => {
  it('migrates, seeds the demo, prints the address and logins, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${join(dir, 'start.sqlite')}`,
        AKTION_DEMO: '1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const deadline = Date.now() + 30_000;
    while (!out.includes('medarbejder@demo.aktion.dk') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(out).toContain('Aktion kører på');
    expect(out).toContain('admin@demo.aktion.dk');
    expect(out).toContain('aktion-demo');
    // Serving for real before the stop: the health check answers over HTTP.
    const address = /Aktion kører på (http:\/\/\S+)/.exec(out)?.[1];
    expect((await fetch(`${address}/api/health`)).status).toBe(200);
    const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    child.kill('SIGTERM');
    expect(await exit).toEqual({ code: 0, signal: null });
  }, 40_000);

  it('refuses a bad configuration with a message that says what to fix', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
      env: { ...process.env, PORT: 'abc', DATABASE_URL: 'mysql://x' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(err).toMatch(/PORT/);
    expect(err).toMatch(/DATABASE_URL: must start with sqlite: or postgres:\/\//);
  }, 20_000);
});
