import { describe, expect, it } from 'vitest';
import type { ImportCounts } from '../../../../core/schemas/imports.js';
import { summaryLines } from './summary.js';

const counts: ImportCounts = {
  units: { created: 2, changed: 0, moved: 1, ended: 0, unchanged: 140 },
  people: { created: 12, changed: 3, moved: 1, left: 2, returned: 0, unchanged: 1204 },
  problems: 0,
};

describe('summaryLines', () => {
  it('lists only the categories with rows, in sentence order', () => {
    expect(summaryLines('people', counts)).toEqual([
      {
        entity: 'people',
        parts: [
          { category: 'created', count: 12 },
          { category: 'changed', count: 3 },
          { category: 'moved', count: 1 },
          { category: 'left', count: 2 },
        ],
        unchanged: 1204,
      },
    ]);
  });

  it('gives an OS2mo file a line for units and one for people', () => {
    const lines = summaryLines('os2mo', counts);
    expect(lines.map((l) => l.entity)).toEqual(['units', 'people']);
    expect(lines[0]!.parts).toEqual([
      { category: 'created', count: 2 },
      { category: 'moved', count: 1 },
    ]);
  });
});
