/** What one item of a batch came to: its own value or its own error. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Group commit: items of one key (an event) that arrive while a batch of that key is being
 * written wait and go into the next batch together, so a rush pays one transaction (one lock,
 * one commit) per batch instead of one per item. `write` gets the items in arrival order and
 * answers each with its own outcome; an item's error never fails the others. The first batch of
 * a key starts after the current turn of the event loop, so requests read together go together.
 */
export function groupCommit<I, T>(
  write: (key: string, items: I[]) => Promise<Outcome<T>[]>,
  maxBatch: number,
): (key: string, item: I) => Promise<T> {
  interface Waiting {
    item: I;
    resolve: (value: T) => void;
    reject: (error: unknown) => void;
  }
  const queues = new Map<string, Waiting[]>();

  const drain = async (key: string, queue: Waiting[]) => {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      let outcomes: Outcome<T>[];
      try {
        outcomes = await write(
          key,
          batch.map((w) => w.item),
        );
      } catch (error) {
        outcomes = batch.map(() => ({ ok: false, error }));
      }
      batch.forEach((w, i) => {
        const outcome = outcomes[i] ?? { ok: false, error: new Error('group commit: no outcome') };
        if (outcome.ok) w.resolve(outcome.value);
        else w.reject(outcome.error);
      });
    }
    queues.delete(key);
  };

  return (key, item) =>
    new Promise<T>((resolve, reject) => {
      let queue = queues.get(key);
      if (!queue) {
        const fresh: Waiting[] = [];
        queues.set(key, fresh);
        setImmediate(() => void drain(key, fresh));
        queue = fresh;
      }
      queue.push({ item, resolve, reject });
    });
}
