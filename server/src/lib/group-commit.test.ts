import { describe, expect, it } from 'vitest';
import { groupCommit, type Outcome } from './group-commit.js';

/** A writer that records its batches and refuses odd numbers, each on its own. */
function recorder() {
  const batches: number[][] = [];
  let release: (() => void) | null = null;
  const write = async (_key: string, items: number[]): Promise<Outcome<number>[]> => {
    batches.push(items);
    if (batches.length === 1) await new Promise<void>((r) => (release = r)); // the first write is slow
    return items.map((n) =>
      n % 2 === 0 ? { ok: true, value: n * 10 } : { ok: false, error: new Error(`odd ${n}`) },
    );
  };
  return { batches, write, release: () => release?.() };
}

describe('groupCommit', () => {
  it('writes items of a key that arrive together in one batch, answering each on its own', async () => {
    const r = recorder();
    const submit = groupCommit(r.write, 50);
    const answers = Promise.allSettled([2, 3, 4].map((n) => submit('event', n)));
    await new Promise((resolve) => setImmediate(resolve));
    r.release();
    const settled = await answers;
    expect(r.batches).toEqual([[2, 3, 4]]);
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : String(s.reason)))).toEqual([
      20,
      'Error: odd 3',
      40,
    ]);
  });

  it('queues items that arrive while a batch is written for the next batch, at most maxBatch at a time', async () => {
    const r = recorder();
    const submit = groupCommit(r.write, 2);
    const first = submit('event', 2);
    await new Promise((resolve) => setImmediate(resolve)); // the first batch is being written
    const later = [4, 6, 8].map((n) => submit('event', n));
    r.release();
    expect(await Promise.all([first, ...later])).toEqual([20, 40, 60, 80]);
    expect(r.batches).toEqual([[2], [4, 6], [8]]);
  });

  it('keeps keys apart, and a writer that throws fails its batch only', async () => {
    let calls = 0;
    const submit = groupCommit(async (key: string, items: number[]): Promise<Outcome<string>[]> => {
      calls++;
      if (key === 'broken') throw new Error('database gone');
      return items.map((n) => ({ ok: true, value: `${key}:${n}` }));
    }, 50);
    const [a, b] = await Promise.allSettled([submit('broken', 1), submit('fine', 2)]);
    expect(a).toMatchObject({ status: 'rejected', reason: new Error('database gone') });
    expect(b).toEqual({ status: 'fulfilled', value: 'fine:2' });
    expect(calls).toBe(2);
  });
});
