import {
  type NarrativeDocument,
  NarrativeLimits,
  type NarrativePart,
  type SaveNarrativeReq,
} from '../../../../core/schemas/narrative.js';

/**
 * A part as the editor holds it. `id` is local (React keys and field ids); `key` is the part's
 * stable key, null until the part is first saved: it is made from the headline then and never
 * changes after, because leaders' questions hang on it.
 */
export interface PartDraft {
  id: string;
  key: string | null;
  headline: string;
  body: string;
  forLeaders: string;
  /** One input per principle; blank ones are left out when saving. */
  principles: string[];
  focusAreaIds: string[];
}

export interface NarrativeDraft {
  title: string;
  parts: PartDraft[];
  /** The next local id for a part added here. */
  nextId: number;
}

export type PartField = 'headline' | 'body' | 'forLeaders' | 'principles' | 'focusAreaIds';
export const TITLE_ID = 'narrative-title';
export const ADD_PART_ID = 'narrative-add-part';
export const partFieldId = (part: Pick<PartDraft, 'id'>, field: PartField | 'up' | 'down' | 'remove') =>
  `part-${part.id}-${field}`;
export const principleId = (part: Pick<PartDraft, 'id'>, index: number) =>
  index === 0 ? partFieldId(part, 'principles') : `${partFieldId(part, 'principles')}-${index}`;

export function fromDocument(doc: NarrativeDocument): NarrativeDraft {
  return {
    title: doc.title,
    nextId: 1,
    parts: doc.parts.map((p) => ({
      id: `k-${p.key}`,
      key: p.key,
      headline: p.headline,
      body: p.body,
      forLeaders: p.forLeaders,
      principles: [...p.principles],
      focusAreaIds: [...p.focusAreaIds],
    })),
  };
}

/** Danish letters spelled out, other accents dropped: "Første skridt på vejen" → "foerste-skridt-paa-vejen". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A key from the headline, unique among `taken`: "maal", then "maal-2", "maal-3" … (max 60 characters). */
export function keyFromHeadline(headline: string, taken: ReadonlySet<string>): string {
  const base = slugify(headline) || 'afsnit';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, 60 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Every part with its key: parts added since the last save get one from their headline. */
export function withKeys(parts: readonly PartDraft[]): Array<PartDraft & { key: string }> {
  const taken = new Set(parts.map((p) => p.key).filter((k): k is string => k !== null));
  return parts.map((p) => {
    if (p.key !== null) return { ...p, key: p.key };
    const key = keyFromHeadline(p.headline, taken);
    taken.add(key);
    return { ...p, key };
  });
}

function toPart(p: PartDraft & { key: string }): NarrativePart {
  return {
    key: p.key,
    headline: p.headline.trim(),
    body: p.body.trim(),
    forLeaders: p.forLeaders.trim(),
    principles: p.principles.map((l) => l.trim()).filter(Boolean),
    focusAreaIds: [...p.focusAreaIds],
  };
}

/** The request body; call it when `validateDraft` found nothing (the server checks again). */
export function toRequest(d: NarrativeDraft, revision: number): SaveNarrativeReq {
  return { revision, document: { title: d.title.trim(), parts: withKeys(d.parts).map(toPart) } };
}

export type Problem = 'titleRequired' | 'headlineRequired' | 'bodyRequired' | 'tooManyPrinciples';
export interface DraftProblem {
  id: string;
  problem: Problem;
  /** The part's number (1-based), for the message. */
  part?: number;
}

/** What the editor can tell before sending, in the order of the fields on the page. */
export function validateDraft(d: NarrativeDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!d.title.trim()) problems.push({ id: TITLE_ID, problem: 'titleRequired' });
  d.parts.forEach((p, i) => {
    const part = i + 1;
    if (!p.headline.trim())
      problems.push({ id: partFieldId(p, 'headline'), problem: 'headlineRequired', part });
    if (!p.body.trim()) problems.push({ id: partFieldId(p, 'body'), problem: 'bodyRequired', part });
    if (p.principles.filter((l) => l.trim()).length > NarrativeLimits.principlesMax)
      problems.push({ id: partFieldId(p, 'principles'), problem: 'tooManyPrinciples', part });
  });
  return problems;
}

/** The field id a server `fields` path points at (`document.parts.2.body`), else the title. */
export function fieldIdForPath(path: string, d: NarrativeDraft): string {
  const match = /^document\.parts\.(\d+)(?:\.(\w+))?/.exec(path);
  if (match) {
    const part = d.parts[Number(match[1])];
    if (!part) return ADD_PART_ID;
    const field = match[2];
    const known: PartField[] = ['headline', 'body', 'forLeaders', 'principles', 'focusAreaIds'];
    return partFieldId(part, known.includes(field as PartField) ? (field as PartField) : 'headline');
  }
  if (path.startsWith('document.parts')) return ADD_PART_ID;
  return TITLE_ID;
}

export function addPart(d: NarrativeDraft): { draft: NarrativeDraft; part: PartDraft } {
  const part: PartDraft = {
    id: `n-${d.nextId}`,
    key: null,
    headline: '',
    body: '',
    forLeaders: '',
    principles: [''],
    focusAreaIds: [],
  };
  return { draft: { ...d, nextId: d.nextId + 1, parts: [...d.parts, part] }, part };
}

export function updatePart(d: NarrativeDraft, id: string, change: Partial<PartDraft>): NarrativeDraft {
  return { ...d, parts: d.parts.map((p) => (p.id === id ? { ...p, ...change } : p)) };
}

export function removePart(d: NarrativeDraft, id: string): NarrativeDraft {
  return { ...d, parts: d.parts.filter((p) => p.id !== id) };
}

/** Moves a part one place up (-1) or down (1); at the edge nothing happens. */
export function movePart(d: NarrativeDraft, id: string, by: -1 | 1): NarrativeDraft {
  const from = d.parts.findIndex((p) => p.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= d.parts.length) return d;
  const parts = [...d.parts];
  const [moved] = parts.splice(from, 1);
  parts.splice(to, 0, moved!);
  return { ...d, parts };
}

/** True when the editor holds something the server does not have. */
export function isDirty(d: NarrativeDraft, saved: NarrativeDraft): boolean {
  const shape = (x: NarrativeDraft) =>
    JSON.stringify([
      x.title,
      x.parts.map((p) => [
        p.key,
        p.headline,
        p.body,
        p.forLeaders,
        p.principles.filter((l) => l.trim()),
        p.focusAreaIds,
      ]),
    ]);
  return shape(d) !== shape(saved);
}

/** The user's parts that differ from the newest saved ones: kept on screen after a stale save. */
export function unsavedParts(mine: NarrativeDraft, newest: NarrativeDraft): PartDraft[] {
  const theirs = new Map(newest.parts.map((p) => [p.key, p]));
  const same = (a: PartDraft, b: PartDraft | undefined) =>
    b !== undefined &&
    a.headline.trim() === b.headline.trim() &&
    a.body.trim() === b.body.trim() &&
    a.forLeaders.trim() === b.forLeaders.trim() &&
    a.principles.filter((l) => l.trim()).join('\n') === b.principles.filter((l) => l.trim()).join('\n');
  return mine.parts.filter((p) => !same(p, p.key === null ? undefined : theirs.get(p.key)));
}
