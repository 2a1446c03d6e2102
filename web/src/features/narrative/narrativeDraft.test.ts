import { describe, expect, it } from 'vitest';
import { MatrixKeySchema } from '../../../../core/schemas/responsibilities.js';
import {
  addPart,
  fieldIdForPath,
  fromDocument,
  isDirty,
  keyFromHeadline,
  movePart,
  type NarrativeDraft,
  partFieldId,
  slugify,
  TITLE_ID,
  toRequest,
  unsavedParts,
  updatePart,
  validateDraft,
} from './narrativeDraft.js';

const saved = fromDocument({
  title: 'Vores vej',
  parts: [
    {
      key: 'borgerne-foerst',
      headline: 'Borgerne først',
      body: 'Tekst.',
      forLeaders: '',
      principles: ['Når vi vælger, prioriterer vi borgerne.'],
      focusAreaIds: [],
    },
    { key: 'data', headline: 'Data', body: 'Mere.', forLeaders: 'Spørg.', principles: [], focusAreaIds: [] },
  ],
});

function withNewPart(d: NarrativeDraft, headline: string): NarrativeDraft {
  const { draft, part } = addPart(d);
  return updatePart(draft, part.id, { headline, body: 'Noget.' });
}

describe('part keys', () => {
  it('spells out æ, ø and å, drops other accents and keeps a–z, 0–9 and hyphens', () => {
    expect(slugify('Første skridt på vejen – også for små teams!')).toBe(
      'foerste-skridt-paa-vejen-ogsaa-for-smaa-teams',
    );
    expect(slugify('Café & AI: 2030')).toBe('cafe-ai-2030');
    expect(slugify('Ærø')).toBe('aeroe');
  });

  it('makes a key the schema accepts, at most 60 characters, unique in the document', () => {
    const long = keyFromHeadline(
      'Et meget langt afsnit om alt det, vi gerne vil med data og digitalisering',
      new Set(),
    );
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('-')).toBe(false);
    expect(MatrixKeySchema.safeParse(long).success).toBe(true);
    expect(keyFromHeadline('Data', new Set(['data']))).toBe('data-2');
    expect(keyFromHeadline('Data', new Set(['data', 'data-2']))).toBe('data-3');
    expect(keyFromHeadline('!!!', new Set())).toBe('afsnit');
    const taken = new Set([long]);
    const second = keyFromHeadline(
      'Et meget langt afsnit om alt det, vi gerne vil med data og digitalisering',
      taken,
    );
    expect(second.length).toBeLessThanOrEqual(60);
    expect(second.endsWith('-2')).toBe(true);
  });

  it('gives new parts a key at save and keeps saved keys when the headline changes', () => {
    let d = withNewPart(saved, 'Data');
    d = updatePart(d, d.parts[0]!.id, { headline: 'Borgerne altid først' });
    const keys = toRequest(d, 3).document.parts.map((p) => p.key);
    expect(keys).toEqual(['borgerne-foerst', 'data', 'data-2']);
  });
});

describe('the request', () => {
  it('trims texts, leaves out blank principles and carries the revision', () => {
    const { draft, part } = addPart(saved);
    const d = updatePart(draft, part.id, {
      headline: '  Nyt  ',
      body: ' Tekst ',
      principles: ['', '  Når vi vælger X, prioriterer vi Y. ', ' '],
    });
    const req = toRequest(d, 7);
    expect(req.revision).toBe(7);
    expect(req.document.parts[2]).toEqual({
      key: 'nyt',
      headline: 'Nyt',
      body: 'Tekst',
      forLeaders: '',
      principles: ['Når vi vælger X, prioriterer vi Y.'],
      focusAreaIds: [],
    });
  });
});

describe('validation and server errors', () => {
  it('names the empty title, headline and body in page order', () => {
    const { draft, part } = addPart({ ...saved, title: ' ' });
    expect(validateDraft(draft)).toEqual([
      { id: TITLE_ID, problem: 'titleRequired' },
      { id: partFieldId(part, 'headline'), problem: 'headlineRequired', part: 3 },
      { id: partFieldId(part, 'body'), problem: 'bodyRequired', part: 3 },
    ]);
    expect(validateDraft(saved)).toEqual([]);
  });

  it('points a server field path at the field of the right part', () => {
    const second = saved.parts[1]!;
    expect(fieldIdForPath('document.parts.1.body', saved)).toBe(partFieldId(second, 'body'));
    expect(fieldIdForPath('document.parts.1.principles', saved)).toBe(partFieldId(second, 'principles'));
    expect(fieldIdForPath('document.parts.1.key', saved)).toBe(partFieldId(second, 'headline'));
    expect(fieldIdForPath('document.title', saved)).toBe(TITLE_ID);
  });
});

describe('moving and unsaved text', () => {
  it('moves a part one place and stops at the edges', () => {
    const [a, b] = saved.parts;
    expect(movePart(saved, b!.id, -1).parts.map((p) => p.id)).toEqual([b!.id, a!.id]);
    expect(movePart(saved, a!.id, -1)).toBe(saved);
    expect(movePart(saved, b!.id, 1)).toBe(saved);
    expect(isDirty(movePart(saved, b!.id, -1), saved)).toBe(true);
    expect(isDirty(saved, saved)).toBe(false);
  });

  it('keeps the parts the user changed or added, not the ones equal to the newest save', () => {
    const mine = withNewPart(updatePart(saved, saved.parts[1]!.id, { forLeaders: 'Mit eget.' }), 'Ny del');
    expect(unsavedParts(mine, saved).map((p) => p.headline)).toEqual(['Data', 'Ny del']);
    expect(unsavedParts(saved, saved)).toEqual([]);
  });
});
