// Child servers for the harness: start, wait until healthy, read RSS, stop.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Child {
  name: string;
  proc: ChildProcess;
  port: number;
  /** The last lines the child printed, for error messages. */
  tail: () => string;
}

const running = new Set<Child>();

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a TypeScript entry with `node --import tsx`, so the pid is the server's own node process. */
export function startChild(
  name: string,
  cwd: string,
  entry: string,
  port: number,
  env: NodeJS.ProcessEnv,
): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer): void => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 30));
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const child: Child = { name, proc, port, tail: () => lines.join('\n') };
  running.add(child);
  proc.once('exit', () => running.delete(child));
  return child;
}

export async function waitHealthy(child: Child, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.proc.exitCode !== null) {
      throw new Error(`${child.name} exited with ${child.proc.exitCode}:\n${child.tail()}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${child.port}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${child.name} not healthy after ${timeoutMs} ms:\n${child.tail()}`);
}

/** Resident set size in MiB, from /proc/<pid>/status (Linux). */
export function rssMiB(child: Child): number {
  const status = readFileSync(`/proc/${child.proc.pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for ${child.name}`);
  return Number(kb) / 1024;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** SIGTERM, then SIGKILL after 5 s; resolves when the child has exited. */
export async function stopChild(child: Child): Promise<void> {
  if (child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.proc.once('exit', () => r()));
  child.proc.kill('SIGTERM');
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopChild));
}

/** Last resort when the harness itself exits: no child outlives it. */
export function killAllNow(): void {
  for (const child of running) child.proc.kill('SIGKILL');
}
