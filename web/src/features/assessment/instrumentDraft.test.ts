import { describe, expect, it } from 'vitest';
import type { InstrumentVersionRes } from '../../../../core/schemas/assessment-instruments.js';
import {
  formFieldOf,
  inLanguage,
  ownItemsOf,
  withAdded,
  withRemoved,
  withReplaced,
} from './instrumentDraft.js';

const text = (da: string) => ({ da, en: `${da} (en)` });
const item = (key: string, source: 'built_in' | 'organisation') => ({
  key,
  text: text(key),
  reverse: false,
  source,
});
const dimension = (key: string, items: ReturnType<typeof item>[]) => ({
  key,
  kind: 'focus_area' as const,
  name: text(key),
  description: text(key),
  reflections: [],
  items,
});
const version = {
  dimensions: [
    dimension('a', [item('a.1', 'built_in'), item('a.org-x', 'organisation')]),
    dimension('b', [
      item('b.1', 'built_in'),
      item('b.org-y', 'organisation'),
      item('b.org-z', 'organisation'),
    ]),
  ],
} as unknown as InstrumentVersionRes;

describe('editing own statements', () => {
  it('sends back only the own statements, with their keys, in order', () => {
    expect(ownItemsOf(version).map((e) => [e.dimension, e.item.key])).toEqual([
      ['a', 'a.org-x'],
      ['b', 'b.org-y'],
      ['b', 'b.org-z'],
    ]);
  });

  it('adds after the dimension’s own statements, keeps keys on change, and removes by key', () => {
    const items = ownItemsOf(version);
    const added = withAdded(items, 'a', { text: text('ny'), reverse: true });
    expect(added.map((e) => e.item.key ?? e.item.text.da)).toEqual(['a.org-x', 'ny', 'b.org-y', 'b.org-z']);
    expect(added[1]?.item).toEqual({ text: text('ny'), reverse: true });
    expect(withAdded(items, 'c', { text: text('c'), reverse: false }).at(-1)?.dimension).toBe('c');
    const changed = withReplaced(items, 'b.org-y', { text: text('om'), reverse: true });
    expect(changed[1]?.item).toEqual({ key: 'b.org-y', text: text('om'), reverse: true });
    expect(withRemoved(items, 'b.org-y').map((e) => e.item.key)).toEqual(['a.org-x', 'b.org-z']);
  });

  it('picks the language and finds the form field of a server error', () => {
    expect(inLanguage(text('hej'), 'en')).toBe('hej (en)');
    expect(inLanguage(text('hej'), 'da')).toBe('hej');
    expect(formFieldOf('items.3.item.text.en')).toBe('en');
    expect(formFieldOf('items.0.item.text.da')).toBe('da');
    expect(formFieldOf('items.0.dimension')).toBeNull();
  });
});
