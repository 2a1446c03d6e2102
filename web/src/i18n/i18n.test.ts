import { describe, expect, it } from 'vitest';
import { da } from './da.js';
import { en } from './en.js';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n', () => {
  it('every Danish key has an English text', () => {
    const missing = keys(da).filter((k) => !keys(en).includes(k));
    expect(missing).toEqual([]);
  });

  it('every English key has a Danish text', () => {
    const extra = keys(en).filter((k) => !keys(da).includes(k));
    expect(extra).toEqual([]);
  });

  it('no text is empty', () => {
    const empty = [...leaves(da), ...leaves(en)].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(empty).toEqual([]);
  });

  it('both languages use the same placeholders', () => {
    const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const enMap = new Map(leaves(en));
    const differ = leaves(da).filter(
      ([k, v]) => placeholders(v).join() !== placeholders(enMap.get(k)).join(),
    );
    expect(differ).toEqual([]);
  });
});
