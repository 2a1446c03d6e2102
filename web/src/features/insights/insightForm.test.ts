import { describe, expect, it } from 'vitest';
import {
  emptyInsight,
  INSIGHT_IDS,
  insightFieldId,
  parseSourceParam,
  parseTags,
  toCreateInsightBody,
  toUpdateInsightBody,
  validateInsight,
} from './insightForm.js';
import { emptySearch, filterFromSearch, paramsFromSearch, searchFromParams } from './libraryQuery.js';

const ID = '0b9d2f4e-8f3a-4c1b-9d2e-3f4a5b6c7d8e';

describe('insight form', () => {
  it('reads tags separated by commas, tidying spaces and empty ones', () => {
    expect(parseTags(' hjemmepleje,  planlægning af   ugen ,, ; data ')).toEqual([
      'hjemmepleje',
      'planlægning af ugen',
      'data',
    ]);
    expect(parseTags('')).toEqual([]);
  });

  it('names what to put right, on the field it belongs to', () => {
    const ok = { ...emptyInsight(), statement: 'Små forsøg virker.' };
    expect(validateInsight(ok, false)).toEqual([]);
    expect(validateInsight({ ...ok, statement: '  ' }, false)).toEqual([
      { id: INSIGHT_IDS.statement, problem: 'statement' },
    ]);
    expect(validateInsight({ ...ok, statement: 'x'.repeat(1001) }, false)[0]?.problem).toBe(
      'statementTooLong',
    );
    expect(
      validateInsight({ ...ok, tags: Array.from({ length: 11 }, (_, i) => `t${i}`).join(',') }, false),
    ).toEqual([{ id: INSIGHT_IDS.tags, problem: 'tagsTooMany' }]);
    expect(validateInsight({ ...ok, tags: 'x'.repeat(41) }, false)[0]?.problem).toBe('tagTooLong');
    expect(validateInsight({ ...ok, visibility: 'cohort' }, false)[0]?.problem).toBe('needsCohort');
    expect(validateInsight({ ...ok, visibility: 'set', cohortId: ID }, false)[0]?.problem).toBe('noSet');
    expect(validateInsight({ ...ok, visibility: 'set', cohortId: ID }, true)).toEqual([]);
  });

  it('sends the cohort only without a source, and the version with an edit', () => {
    const s = {
      ...emptyInsight(ID),
      statement: ' Godt ',
      tags: 'a, b',
      fieldId: '',
      visibility: 'cohort' as const,
    };
    expect(toCreateInsightBody(s, null)).toMatchObject({
      statement: 'Godt',
      tags: ['a', 'b'],
      fieldId: null,
      cohortId: ID,
      visibility: 'cohort',
      sourceType: null,
    });
    expect(toCreateInsightBody(s, { type: 'project', id: ID })).toMatchObject({
      cohortId: null,
      sourceType: 'project',
      sourceId: ID,
    });
    expect(toUpdateInsightBody(s, 3)).toMatchObject({ version: 3, statement: 'Godt', fieldId: null });
  });

  it('reads ?kilde= as type:id, and nothing else', () => {
    expect(parseSourceParam(`journal_entry:${ID}`)).toEqual({ type: 'journal_entry', id: ID });
    expect(parseSourceParam(`meeting:${ID}`)).toEqual({ type: 'meeting', id: ID });
    expect(parseSourceParam(`note:${ID}`)).toBeNull();
    expect(parseSourceParam('project:123')).toBeNull();
    expect(parseSourceParam(ID)).toBeNull();
    expect(parseSourceParam(null)).toBeNull();
  });

  it('puts a server error on its field', () => {
    expect(insightFieldId('tags.3')).toBe(INSIGHT_IDS.tags);
    expect(insightFieldId('visibility')).toBe(INSIGHT_IDS.visibility);
    expect(insightFieldId('sourceId')).toBe(INSIGHT_IDS.statement);
  });
});

describe('library search in the address', () => {
  it('round-trips and sends only what is chosen', () => {
    const s = { ...emptySearch, q: ' digitale løsninger ', fieldId: ID, mine: true };
    const params = paramsFromSearch(s);
    expect(params).toEqual({ q: 'digitale løsninger', fag: ID, mine: '1' });
    expect(searchFromParams(new URLSearchParams(params))).toEqual({ ...s, q: 'digitale løsninger' });
    expect(filterFromSearch(emptySearch, { limit: 20, offset: 0 })).toEqual({
      q: undefined,
      focusAreaId: undefined,
      fieldId: undefined,
      cohortId: undefined,
      mine: undefined,
      limit: 20,
      offset: 0,
    });
  });
});
