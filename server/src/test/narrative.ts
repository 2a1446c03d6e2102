import type { NarrativeDocument, NarrativePart } from '../../../core/schemas/narrative.js';
import type { Db } from '../db/dialect.js';

/** One part of a narrative, valid by the contract; `key` also tags the texts so a test can find them. */
export function narrativePart(key: string, overrides: Partial<NarrativePart> = {}): NarrativePart {
  return {
    key,
    headline: `Vi starter med borgeren (${key})`,
    body: `Vi spørger borgerne først. Så vælger vi værktøjet (${key}).`,
    forLeaders: 'Tal med dit team om, hvad borgerne har brug for.',
    principles: ['Når vi vælger en løsning, prioriterer vi borgerens tid.'],
    focusAreaIds: [],
    ...overrides,
  };
}

export function narrativeDocument(
  parts: NarrativePart[],
  title = 'Vores digitale fortælling',
): NarrativeDocument {
  return { title, parts };
}

/**
 * A version of the organisation's narrative written straight to the database, for tests that need
 * one to exist rather than test how it is made. A draft of version 1 with one part by default.
 */
export async function insertNarrativeVersion(
  db: Db,
  organisationId: string,
  options: {
    version?: number;
    status?: 'draft' | 'published';
    document?: NarrativeDocument;
    publishedAt?: string;
  } = {},
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const status = options.status ?? 'draft';
  const document = options.document ?? narrativeDocument([narrativePart('del-1')]);
  await db.kysely
    .insertInto('narrative_versions')
    .values({
      id,
      organisation_id: organisationId,
      version: options.version ?? 1,
      status,
      document: JSON.stringify(document),
      revision: 1,
      published_at: status === 'published' ? (options.publishedAt ?? now) : null,
      created_by_user_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, document };
}

/** A question on a part, asked by `askedBy` (a user id or null), answered when `answer` is given. */
export async function insertNarrativeQuestion(
  db: Db,
  organisationId: string,
  options: {
    partKey?: string;
    question?: string;
    askedBy?: string | null;
    answer?: string;
    askedAt?: string;
  } = {},
) {
  const id = crypto.randomUUID();
  const now = options.askedAt ?? new Date().toISOString();
  const question = options.question ?? `Hvad betyder det for mit team? (${id.slice(0, 8)})`;
  await db.kysely
    .insertInto('narrative_questions')
    .values({
      id,
      organisation_id: organisationId,
      part_key: options.partKey ?? 'del-1',
      question,
      asked_by_user_id: options.askedBy ?? null,
      answer: options.answer ?? null,
      answered_by_user_id: null,
      answered_at: options.answer ? now : null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, question };
}

/**
 * A version with a title no other test uses (a marker to look for) and a version number that
 * never clashes, for tests that need many organisations' narratives side by side.
 */
export function uniqueNarrativeVersion(
  db: Db,
  organisationId: string,
  status: 'draft' | 'published' = 'draft',
  version = 1 + Math.floor(Math.random() * 1e9),
) {
  const title = `Fortælling ${crypto.randomUUID()}`;
  return insertNarrativeVersion(db, organisationId, {
    status,
    version,
    document: narrativeDocument([narrativePart('del-1')], title),
  });
}
