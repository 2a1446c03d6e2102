import { termKey } from '../../../core/plain-language/jargon.js';
import type { Db } from '../db/dialect.js';

/** A glossary term written straight to the database (tests that need one to exist). */
export async function insertGlossaryTerm(
  db: Db,
  organisationId: string,
  options: { term?: string; variants?: string[]; explanation?: string } = {},
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const term = options.term ?? `Begreb ${id.slice(0, 8)}`;
  const explanation = options.explanation ?? 'En kort og klar forklaring af ordet.';
  await db.kysely
    .insertInto('glossary_terms')
    .values({
      id,
      organisation_id: organisationId,
      term,
      term_key: termKey(term),
      variants: JSON.stringify(options.variants ?? []),
      explanation,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, term, explanation };
}

/** A version of the base narrative written straight to the database, with the given parts. */
export async function insertNarrativeVersion(
  db: Db,
  organisationId: string,
  options: {
    version?: number;
    status?: 'draft' | 'published';
    title?: string;
    parts: Array<{ headline: string; body: string; forLeaders?: string }>;
  },
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const document = {
    title: options.title ?? 'Vores digitale fortælling',
    parts: options.parts.map((p, i) => ({
      key: `del-${i + 1}`,
      headline: p.headline,
      body: p.body,
      forLeaders: p.forLeaders ?? '',
      principles: [],
      focusAreaIds: [],
    })),
  };
  await db.kysely
    .insertInto('narrative_versions')
    .values({
      id,
      organisation_id: organisationId,
      version: options.version ?? 1,
      status: options.status ?? 'draft',
      document: JSON.stringify(document),
      revision: 1,
      published_at: options.status === 'published' ? now : null,
      created_by_user_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, document };
}

/**
 * A programme with the given versions (numbered 1, 2, …), each with one track holding one module
 * per description given.
 */
export async function insertProgrammeWithVersions(
  db: Db,
  organisationId: string,
  title: string,
  versions: ReadonlyArray<ReadonlyArray<{ title: string; description: string }>>,
) {
  const now = new Date().toISOString();
  const programmeId = crypto.randomUUID();
  await db.kysely
    .insertInto('programmes')
    .values({
      id: programmeId,
      organisation_id: organisationId,
      title,
      purpose: '',
      owners: '[]',
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const [v, modules] of versions.entries()) {
    const versionId = crypto.randomUUID();
    const trackId = crypto.randomUUID();
    await db.kysely
      .insertInto('programme_versions')
      .values({
        id: versionId,
        programme_id: programmeId,
        organisation_id: organisationId,
        number: v + 1,
        name: `Version ${v + 1}`,
        status: v + 1 < versions.length ? 'published' : 'draft',
        based_on_version_id: null,
        target_levels: '["chef"]',
        revision: 0,
        published_at: v + 1 < versions.length ? now : null,
        archived_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db.kysely
      .insertInto('programme_tracks')
      .values({
        id: trackId,
        version_id: versionId,
        lineage_id: crypto.randomUUID(),
        position: 0,
        title: 'Spor 1',
        description: '',
      })
      .execute();
    for (const [i, m] of modules.entries()) {
      await db.kysely
        .insertInto('programme_modules')
        .values({
          id: crypto.randomUUID(),
          version_id: versionId,
          track_id: trackId,
          lineage_id: crypto.randomUUID(),
          position: i,
          kind: 'session',
          title: m.title,
          description: m.description,
          duration_minutes: 60,
          objectives: '[]',
          focus_area_ids: '[]',
          materials: '[]',
        })
        .execute();
    }
  }
  return { programmeId };
}
