import { describe, expect, it } from 'vitest';
import {
  ADD_ID,
  addRow,
  fieldIdFor,
  fromOrigins,
  originId,
  toOrigins,
  validate,
} from './embedOriginsForm.js';

describe('the list of web sites', () => {
  it('names the line of each problem, and leaves empty lines out', () => {
    const rows = fromOrigins([
      'https://www.viborg.dk',
      '',
      'www.viborg.dk',
      'https://www.viborg.dk/tilmelding',
      'http://www.viborg.dk',
      'https://*.viborg.dk',
      'https://WWW.viborg.dk',
    ]);
    expect(validate(rows)).toEqual([
      { id: 'embed-origin-2', n: 3, kind: 'embed_origin_url' },
      { id: 'embed-origin-3', n: 4, kind: 'embed_origin_path' },
      { id: 'embed-origin-4', n: 5, kind: 'embed_origin_https' },
      { id: 'embed-origin-5', n: 6, kind: 'embed_origin_wildcard' },
      { id: 'embed-origin-6', n: 7, kind: 'duplicate', first: 1 },
    ]);
    expect(toOrigins(fromOrigins([' https://www.viborg.dk ', '  ']))).toEqual(['https://www.viborg.dk']);
  });

  it('allows at most 20 sites', () => {
    const rows = fromOrigins(Array.from({ length: 21 }, (_, i) => `https://s${i}.viborg.dk`));
    expect(validate(rows)).toEqual([{ id: ADD_ID, kind: 'too_many' }]);
    expect(validate(rows.slice(1))).toEqual([]);
  });

  it('adds rows with fresh keys and points server errors at the first filled row', () => {
    const rows = addRow(fromOrigins(['https://a.dk']));
    expect(rows.map((r) => r.key)).toEqual([0, 1]);
    expect(fieldIdFor(rows)).toBe(originId(rows[0]!));
    expect(fieldIdFor([])).toBe(ADD_ID);
  });
});
