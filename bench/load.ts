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
}

export type LoadOptions = Omit<Options, 'connections' | 'duration' | 'warmup'>;

/**
 * autocannon's own latency histogram holds whole milliseconds, which reads 0 ms for the baseline;
 * the percentiles come from the per-response times instead, recorded in microseconds (2xx only).
 */
export async function load(label: string, duration: number, opts: LoadOptions): Promise<Load> {
  process.stdout.write(`  ${label} … `);
  const instance = autocannon({
    ...opts,
    connections: CONNECTIONS,
    duration,
    warmup: { connections: CONNECTIONS, duration: Math.min(3, duration) },
    timeout: 30,
  });
  const hist = createHistogram();
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) hist.record(Math.max(1, Math.round(ms * 1000)));
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
