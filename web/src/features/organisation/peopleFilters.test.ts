import { describe, expect, it } from 'vitest';
import { readFilters, toApiFilters, writeFilters } from './peopleFilters.js';

describe('people filters in the address', () => {
  it('reads the defaults from an empty query', () => {
    expect(readFilters(new URLSearchParams())).toEqual({
      values: { unitId: '', includeSubunits: true, levels: [], fieldId: '', q: '', status: 'active' },
      offset: 0,
    });
  });

  it('writes the four leader levels as "leaders" and reads them back', () => {
    const { values } = readFilters(new URLSearchParams('level=teamleder,chef,leder,direktør'));
    expect(values.levels).toEqual(['direktør', 'chef', 'leder', 'teamleder']);
    expect(writeFilters(values).toString()).toBe('level=leaders');
    expect(readFilters(writeFilters(values)).values.levels).toEqual(values.levels);
  });

  it('keeps unit, subunits, field, search, status and offset, and drops unknown levels', () => {
    const query = 'unitId=u1&includeSubunits=false&level=chef,boss&fieldId=f1&q=Hansen&status=all&offset=100';
    const { values, offset } = readFilters(new URLSearchParams(query));
    expect(values.levels).toEqual(['chef']);
    expect(offset).toBe(100);
    expect(writeFilters(values, offset).toString()).toBe(
      'unitId=u1&includeSubunits=false&level=chef&fieldId=f1&q=Hansen&status=all&offset=100',
    );
    expect(toApiFilters(values).level).toEqual(['chef']);
  });

  it('leaves out includeSubunits when no unit is chosen', () => {
    const { values } = readFilters(new URLSearchParams('includeSubunits=false'));
    expect(writeFilters(values).toString()).toBe('');
  });
});
