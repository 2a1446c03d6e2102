import { describe, expect, it } from 'vitest';
import { noFilter, toPreviewBody } from './enrolment.js';

describe('toPreviewBody', () => {
  it('sends nothing for no filter', () => {
    expect(toPreviewBody(noFilter)).toEqual({});
  });

  it('sends the unit, sub-units only when left out, levels and search as the API names them', () => {
    expect(
      toPreviewBody({
        ...noFilter,
        unitId: 'u',
        includeSubunits: false,
        levels: ['chef', 'leder'],
        q: ' an ',
      }),
    ).toEqual({ unitId: 'u', includeSubunits: 'false', level: 'chef,leder', q: 'an' });
    expect(toPreviewBody({ ...noFilter, levels: ['direktør', 'chef', 'leder', 'teamleder'] })).toEqual({
      level: 'leaders',
    });
  });

  it('never sends "without sub-units" when no unit is chosen', () => {
    expect(toPreviewBody({ ...noFilter, includeSubunits: false })).toEqual({});
  });
});
