import { describe, expect, it } from 'vitest';
import type { GlossaryTermRes } from '../../../../core/schemas/glossary.js';
import {
  initialOf,
  parseVariants,
  searchTerms,
  sortTerms,
  takenInVariants,
  toGlossaryBody,
  validateGlossaryForm,
} from './glossaryForm.js';

const term = (t: string, variants: string[] = [], explanation = 'En forklaring.'): GlossaryTermRes => ({
  id: t,
  term: t,
  variants,
  explanation,
  unexplainedTerms: [],
  updatedAt: '2026-11-28T00:00:00.000Z',
});

describe('glossary form', () => {
  it('reads the variants as a comma-separated list, without blanks', () => {
    expect(parseVariants(" API'er ,  snit   flade,, ")).toEqual(["API'er", 'snit flade']);
    expect(parseVariants('')).toEqual([]);
  });

  it('says what is missing or wrong, field by field', () => {
    expect(validateGlossaryForm({ term: ' ', variants: '', explanation: '' })).toEqual([
      { field: 'term', problem: 'termMissing' },
      { field: 'explanation', problem: 'explanationMissing' },
    ]);
    expect(validateGlossaryForm({ term: 'API', variants: 'api', explanation: 'x' })).toEqual([
      { field: 'variants', problem: 'variantTwice' },
    ]);
    expect(validateGlossaryForm({ term: 'API', variants: 'snitflade, Snitflade', explanation: 'x' })).toEqual(
      [{ field: 'variants', problem: 'variantTwice' }],
    );
    expect(
      validateGlossaryForm({
        term: 'x'.repeat(81),
        variants: 'a,b,c,d,e,f,g,h,i,j,k',
        explanation: 'y'.repeat(601),
      }),
    ).toEqual([
      { field: 'term', problem: 'termTooLong' },
      { field: 'variants', problem: 'variantsTooMany' },
      { field: 'explanation', problem: 'explanationTooLong' },
    ]);
    expect(validateGlossaryForm({ term: 'API', variants: "API'er", explanation: 'Et stik.' })).toEqual([]);
  });

  it('sends the form trimmed', () => {
    expect(
      toGlossaryBody({ term: ' RPA ', variants: 'robotter , softwarerobot', explanation: ' En robot. ' }),
    ).toEqual({
      term: 'RPA',
      variants: ['robotter', 'softwarerobot'],
      explanation: 'En robot.',
    });
  });

  it('puts a taken form on the variants field only when the term itself is free', () => {
    const others = [{ term: 'API', variants: ['snitflade'], explanation: '' }];
    expect(takenInVariants({ term: 'Integration', variants: 'Snitflade', explanation: '' }, others)).toBe(
      true,
    );
    expect(takenInVariants({ term: 'api', variants: 'snitflade', explanation: '' }, others)).toBe(false);
    expect(takenInVariants({ term: 'Integration', variants: 'kobling', explanation: '' }, others)).toBe(
      false,
    );
  });
});

describe('the glossary list', () => {
  it('sorts A–Å in Danish order, with Æ, Ø and Å last', () => {
    const sorted = sortTerms([
      term('Åben kilde'),
      term('data'),
      term('Øko'),
      term('API'),
      term('Ægte'),
      term('cloud'),
    ]);
    expect(sorted.map((t) => t.term)).toEqual(['API', 'cloud', 'data', 'Ægte', 'Øko', 'Åben kilde']);
  });

  it('searches the term, its variants and the explanation, in any case', () => {
    const terms = [term('API', ["API'er"], 'Et stik mellem to systemer.'), term('RPA', ['softwarerobot'])];
    expect(searchTerms(terms, 'api').map((t) => t.term)).toEqual(['API']);
    expect(searchTerms(terms, 'ROBOT').map((t) => t.term)).toEqual(['RPA']);
    expect(searchTerms(terms, 'systemer').map((t) => t.term)).toEqual(['API']);
    expect(searchTerms(terms, '  ')).toHaveLength(2);
    expect(searchTerms(terms, 'blockchain')).toEqual([]);
  });

  it('groups a term under its first letter; a digit goes under #', () => {
    expect(initialOf('api')).toBe('A');
    expect(initialOf('Øko')).toBe('Ø');
    expect(initialOf('5G')).toBe('#');
  });
});
