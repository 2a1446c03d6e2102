/**
 * One server resource shared by every component that shows it (the glossary underlines terms in
 * many texts on one page): fetched once per person and organisation, refreshed on demand, and every
 * subscriber re-renders with the new value. Plain TypeScript, so it is tested without a browser.
 */
export interface SharedSnapshot<T> {
  /** Whom the value belongs to (person and organisation); null before the first load. */
  key: string | null;
  data: T | null;
  error: unknown;
}

export interface SharedResource<T> {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => SharedSnapshot<T>;
  /** Loads for this organisation unless loaded (or loading) already. */
  ensure: (key: string) => void;
  /** Loads again for the current organisation (after an edit). */
  refresh: () => Promise<void>;
  /** Puts a value the server just answered with, without asking again. */
  set: (key: string, data: T) => void;
}

export function createSharedResource<T>(load: () => Promise<T>): SharedResource<T> {
  let snapshot: SharedSnapshot<T> = { key: null, data: null, error: null };
  /** The organisation whose load is under way, and the promise of it. */
  let pending: { key: string; promise: Promise<void> } | null = null;
  const listeners = new Set<() => void>();
  const publish = (next: SharedSnapshot<T>) => {
    snapshot = next;
    for (const l of listeners) l();
  };

  const fetchFor = (key: string): Promise<void> => {
    if (pending?.key === key) return pending.promise;
    const token = { key, promise: Promise.resolve() };
    // Only the newest load may publish: an answer for an organisation the person has left since,
    // or one overtaken by a refresh, is dropped.
    const current = () => pending === token;
    token.promise = load()
      .then(
        (data) => {
          if (current()) publish({ key, data, error: null });
        },
        (error: unknown) => {
          if (current()) publish({ key, data: null, error });
        },
      )
      .finally(() => {
        if (current()) pending = null;
      });
    pending = token;
    return token.promise;
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    ensure(key) {
      if (snapshot.key === key && snapshot.error === null) return;
      if (snapshot.key !== key && snapshot.key !== null) publish({ key: null, data: null, error: null });
      void fetchFor(key);
    },
    refresh() {
      const key = snapshot.key ?? pending?.key;
      if (!key) return Promise.resolve();
      if (pending?.key === key) pending = null;
      return fetchFor(key);
    },
    set(key, data) {
      pending = null;
      publish({ key, data, error: null });
    },
  };
}
