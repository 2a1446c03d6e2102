// Child servers for the harness: start, wait until healthy, read RSS and its peak, stop.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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

/** A figure of /proc/<pid>/status in MiB (Linux): VmRSS (resident now) or VmHWM (peak resident). */
export function statusMiB(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1];
  if (!kb) throw new Error(`no ${field} for process ${pid}`);
  return Number(kb) / 1024;
}

/** Resident set size in MiB, from /proc/<pid>/status (Linux). */
export function rssMiB(child: Child): number {
  return statusMiB(child.proc.pid!, 'VmRSS');
}

/** Peak resident set size (VmHWM) in MiB. */
export function peakMiB(child: Child): number {
  return statusMiB(child.proc.pid!, 'VmHWM');
}

/**
 * Resets the child's VmHWM to its VmRSS now (`5` to /proc/<pid>/clear_refs, Linux ≥ 4.0), so a
 * later VmHWM is the peak since this moment. False when the kernel refuses.
 */
export function resetPeak(child: Child): boolean {
  try {
    writeFileSync(`/proc/${child.proc.pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
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
