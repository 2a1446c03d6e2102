// Load with autocannon and the figures a row shows: req/s, p50, p99, and their ratios.
import { createHistogram } from 'node:perf_hooks';
import autocannon, { type Options, type Result } from 'autocannon';
import type { Row } from './report.js';

export const CONNECTIONS = 10;

export interface Load {
  rps: number;
  p50: number;
  p99: number;
  problems: string;
  /** 2xx answers of the measured run, and its length in seconds (autocannon's own figure). */
  ok: number;
  seconds: number;
  /**
   * Connections that got at least one answer in the measured run, and the longest time one of them
   * waited for its first answer (ms). Every connection is new when the run starts.
   */
  answered: number;
  slowestFirstMs: number;
}

export type LoadOptions = Omit<Options, 'connections' | 'duration' | 'warmup'>;

export interface LoadShape {
  /** Concurrent connections, CONNECTIONS unless given. */
  connections?: number;
  /**
   * A warm-up against other options (an unrecorded autocannon run of the same length and
   * connections) instead of autocannon's own, which repeats the measured requests: for writes
   * whose target must start empty.
   */
  warmup?: LoadOptions;
}

export const WARMUP_S = 3;

/**
 * autocannon's own latency histogram holds whole milliseconds, which reads 0 ms for the baseline;
 * the percentiles come from the per-response times instead, recorded in microseconds (2xx only).
 */
export async function load(
  label: string,
  duration: number,
  opts: LoadOptions,
  shape: LoadShape = {},
): Promise<Load> {
  process.stdout.write(`  ${label} … `);
  const connections = shape.connections ?? CONNECTIONS;
  const warmupS = Math.min(WARMUP_S, duration);
  if (shape.warmup) {
    await autocannon({ ...shape.warmup, connections, duration: warmupS, timeout: 30 });
  }
  const instance = autocannon({
    ...opts,
    connections,
    duration,
    ...(shape.warmup ? {} : { warmup: { connections, duration: warmupS } }),
    timeout: 30,
  });
  const hist = createHistogram();
  const firstMs = new Map<unknown, number>();
  instance.on('response', (client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) hist.record(Math.max(1, Math.round(ms * 1000)));
    if (!firstMs.has(client)) firstMs.set(client, ms);
  });
  const r: Result = await instance;
  const bad = [
    r.non2xx ? `${r.non2xx} non-2xx` : '',
    r.errors ? `${r.errors} errors` : '',
    r.timeouts ? `${r.timeouts} timeouts` : '',
  ].filter(Boolean);
  const result: Load = {
    rps: r.requests.average,
    p50: hist.count ? hist.percentile(50) / 1000 : Number.NaN,
    p99: hist.count ? hist.percentile(99) / 1000 : Number.NaN,
    problems: bad.join(', '),
    ok: r['2xx'],
    seconds: r.duration,
    answered: firstMs.size,
    slowestFirstMs: Math.max(0, ...firstMs.values()),
  };
  console.log(`${fmtLoad(result)}${bad.length ? ` (${result.problems})` : ''}`);
  return result;
}

/** Three significant figures (whole numbers from 100). */
export const num = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toPrecision(3));
export const fmtLoad = (l: Load): string =>
  `${num(l.rps)} req/s · p50 ${num(l.p50)} ms · p99 ${num(l.p99)} ms`;
export const ratio = (a: number, b: number): string => (b > 0 ? `${num(a / b)}×` : 'n/a');
const loadRatio = (a: Load, b: Load): string =>
  `req/s ${ratio(a.rps, b.rps)} · p50 ${ratio(a.p50, b.p50)} · p99 ${ratio(a.p99, b.p99)}`;

/** Problems of either side, named by `labels` (what the row calls its two columns). */
const problems = (a: Load, b: Load, labels: [string, string]): string =>
  [a.problems && `${labels[0]}: ${a.problems}`, b.problems && `${labels[1]}: ${b.problems}`]
    .filter(Boolean)
    .join('; ');

export function loadRow(
  scenario: string,
  a: Load,
  b: Load,
  note: string,
  labels: [string, string] = ['Aktion', 'baseline'],
): Row {
  const notes = [note, problems(a, b, labels)].filter(Boolean).join('; ');
  return { scenario, aktion: fmtLoad(a), baseline: fmtLoad(b), ratio: loadRatio(a, b), notes };
}
