import type { Db } from '../db/dialect.js';
import { indexInsight, nextSearchKey } from '../modules/insights/insights.search.js';
import { createEntry } from './action-learning.js';

/**
 * An insight written straight to the database (with its first version and, on SQLite, its search
 * row), for tests that need one to exist rather than test how it is made.
 */
export async function insertInsight(
  db: Db,
  organisationId: string,
  authorUserId: string,
  options: {
    statement?: string;
    visibility?: 'private' | 'set' | 'cohort' | 'organisation';
    cohortId?: string | null;
    setId?: string | null;
    tags?: string[];
    fieldId?: string | null;
  } = {},
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const statement = options.statement ?? `Indsigt ${id.slice(0, 8)}`;
  const tags = options.tags ?? [];
  const visibility = options.visibility ?? 'organisation';
  await db.kysely.transaction().execute(async (trx) => {
    const row = {
      id,
      organisation_id: organisationId,
      author_user_id: authorUserId,
      author_person_id: null,
      cohort_id: options.cohortId ?? null,
      set_id: options.setId ?? null,
      visibility,
      source_type: null,
      source_id: null,
      statement,
      field_id: options.fieldId ?? null,
      tags: JSON.stringify(tags),
      version: 1,
      search_key: await nextSearchKey(trx),
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('insights').values(row).execute();
    await trx
      .insertInto('insight_versions')
      .values({
        insight_id: id,
        organisation_id: organisationId,
        version: 1,
        statement,
        tags: row.tags,
        focus_area_ids: '[]',
        field_id: row.field_id,
        visibility,
        set_id: row.set_id,
        edited_by_user_id: authorUserId,
        created_at: now,
      })
      .execute();
    await indexInsight(trx, { ...row, tags });
  });
  return { id, statement };
}

/** A journal entry of the person in the cohort. */
export async function insertJournalEntry(
  db: Db,
  organisationId: string,
  cohortId: string,
  personId: string,
  body = 'Jeg prøvede at lade teamet planlægge ugen selv.',
) {
  return (await createEntry(db, organisationId, cohortId, personId, { body })).id;
}

/** An action project of the person in the cohort. */
export async function insertProject(db: Db, organisationId: string, cohortId: string, personId: string) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db.kysely
    .insertInto('action_projects')
    .values({
      id,
      organisation_id: organisationId,
      cohort_id: cohortId,
      person_id: personId,
      title: 'Færre dobbeltregistreringer',
      challenge: 'Vi skriver det samme tre steder.',
      question: 'Hvordan kan vi skrive det én gang?',
      attempt: 'En fælles skabelon.',
      involve: 'To sagsbehandlere.',
      success_measure: 'Halv tid på registrering.',
      status: 'idea',
      share: 'private',
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** A meeting of a learning set. */
export async function insertMeeting(db: Db, organisationId: string, cohortId: string, setId: string) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db.kysely
    .insertInto('learning_set_meetings')
    .values({
      id,
      organisation_id: organisationId,
      cohort_id: cohortId,
      set_id: setId,
      activity_id: null,
      starts_at: now,
      location: null,
      questions: 'Hvad ville der ske, hvis du spurgte borgerne først?',
      next_steps: 'Afprøve en kort borgersamtale.',
      notes: '',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
