import type { Db } from '../db/dialect.js';

/**
 * A programme with one version holding one track and one module, written straight to the
 * database (for tests that need one to exist, not to test how it is made).
 */
export async function createProgrammeVersion(
  db: Db,
  organisationId: string,
  options: { status?: 'draft' | 'published'; title?: string } = {},
) {
  const now = new Date().toISOString();
  const programmeId = crypto.randomUUID();
  const versionId = crypto.randomUUID();
  const trackId = crypto.randomUUID();
  const title = options.title ?? `Program ${programmeId.slice(0, 8)}`;
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
  await db.kysely
    .insertInto('programme_versions')
    .values({
      id: versionId,
      programme_id: programmeId,
      organisation_id: organisationId,
      number: 1,
      name: 'Version 1',
      status: options.status ?? 'draft',
      based_on_version_id: null,
      target_levels: '["chef"]',
      revision: 0,
      published_at: options.status === 'published' ? now : null,
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
  await db.kysely
    .insertInto('programme_modules')
    .values({
      id: crypto.randomUUID(),
      version_id: versionId,
      track_id: trackId,
      lineage_id: crypto.randomUUID(),
      position: 0,
      kind: 'session',
      title: 'Kick-off',
      description: '',
      duration_minutes: 120,
      objectives: '[]',
      focus_area_ids: '[]',
      materials: '[]',
    })
    .execute();
  return { programmeId, versionId, title };
}

export async function createFocusArea(db: Db, organisationId: string, name = `Fokus ${crypto.randomUUID()}`) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db.kysely
    .insertInto('focus_areas')
    .values({
      id,
      organisation_id: organisationId,
      key: null,
      name,
      description: '',
      colour: '#1d5a85',
      position: 0,
      archived_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, name };
}
