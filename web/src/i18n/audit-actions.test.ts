import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { da } from './da.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('audit log texts', () => {
  it('names every action and entity type the server records in plain words', () => {
    const actions = new Set<string>();
    const types = new Set<string>();
    for (const file of sourceFiles('server/src')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/action: '([a-z_]+)\.([a-z_]+)'/g)) actions.add(`${m[1]}.${m[2]}`);
      // Helpers that record one entry per organisation take the action as an argument.
      for (const m of text.matchAll(/auditEverywhere\([^;]*?'([a-z_]+)\.([a-z_]+)'/g))
        actions.add(`${m[1]}.${m[2]}`);
      for (const m of text.matchAll(/entityType: '([a-z_]+)'/g)) types.add(m[1]!);
    }
    expect(actions.size).toBeGreaterThan(5);
    const texts = da.auditActions as Record<string, Record<string, string>>;
    const missing = [...actions].filter((a) => {
      const [entity = '', verb = ''] = a.split('.');
      return !texts[entity]?.[verb];
    });
    expect(missing, 'add these to auditActions in da.ts and en.ts').toEqual([]);
    expect([...types].filter((t) => !(t in da.entityTypes))).toEqual([]);
  });
});
