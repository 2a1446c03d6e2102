import { describe, expect, it } from 'vitest';
import { createSharedResource } from './sharedResource.js';

/** A loader whose answers the test releases one by one. */
function controlled<T>() {
  const calls: Array<{ resolve: (v: T) => void; reject: (e: unknown) => void }> = [];
  const load = () =>
    new Promise<T>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { load, calls };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createSharedResource', () => {
  it('loads once per organisation however many components ask', async () => {
    const { load, calls } = controlled<string>();
    const store = createSharedResource(load);
    let heard = 0;
    store.subscribe(() => heard++);
    store.ensure('org-a');
    store.ensure('org-a');
    expect(calls).toHaveLength(1);
    calls[0]!.resolve('glossary of a');
    await settle();
    expect(store.getSnapshot()).toEqual({ key: 'org-a', data: 'glossary of a', error: null });
    expect(heard).toBe(1);
    store.ensure('org-a');
    expect(calls).toHaveLength(1);
  });

  it('refresh asks again and every subscriber hears the new value', async () => {
    const { load, calls } = controlled<string>();
    const store = createSharedResource(load);
    store.ensure('org-a');
    calls[0]!.resolve('old');
    await settle();
    const seen: Array<string | null> = [];
    store.subscribe(() => seen.push(store.getSnapshot().data));
    const done = store.refresh();
    expect(calls).toHaveLength(2);
    calls[1]!.resolve('new');
    await done;
    expect(seen).toEqual(['new']);
  });

  it('drops an answer for an organisation the person has left, and one overtaken by a refresh', async () => {
    const { load, calls } = controlled<string>();
    const store = createSharedResource(load);
    store.ensure('org-a');
    store.ensure('org-b');
    expect(store.getSnapshot().key).toBeNull();
    calls[0]!.resolve('late answer for a');
    calls[1]!.resolve('b');
    await settle();
    expect(store.getSnapshot()).toEqual({ key: 'org-b', data: 'b', error: null });

    const first = store.refresh();
    const second = store.refresh();
    calls[3]!.resolve('newest');
    calls[2]!.resolve('stale');
    await Promise.all([first, second]);
    expect(store.getSnapshot().data).toBe('newest');
  });

  it('keeps a failure, and tries again when asked again', async () => {
    const { load, calls } = controlled<string>();
    const store = createSharedResource(load);
    store.ensure('org-a');
    calls[0]!.reject(new Error('offline'));
    await settle();
    expect(store.getSnapshot()).toMatchObject({ key: 'org-a', data: null });
    expect(store.getSnapshot().error).toBeInstanceOf(Error);
    store.ensure('org-a');
    expect(calls).toHaveLength(2);
    calls[1]!.resolve('back');
    await settle();
    expect(store.getSnapshot()).toEqual({ key: 'org-a', data: 'back', error: null });
  });

  it('set puts a saved value without asking, and a load under way cannot overwrite it', async () => {
    const { load, calls } = controlled<string>();
    const store = createSharedResource(load);
    store.ensure('org-a');
    store.set('org-a', 'saved');
    calls[0]!.resolve('loaded before the save');
    await settle();
    expect(store.getSnapshot()).toEqual({ key: 'org-a', data: 'saved', error: null });
  });
});
