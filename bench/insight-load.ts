/**
 * Loads the `insights` scenario's 100,000 insights straight into Aktion's database beside the
 * running server: Demo Kommune's (the seed's 30 plus generated ones, by its demo accounts and the
 * cohort's participants) and 97 more organisations' ("Indsigtskommune <n>", each with the default
 * fields, the four focus areas and 20 accounts). Every insight gets its first version, its focus
 * areas and, on SQLite, its search row, in chunks, one transaction per organisation.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_FOCUS_AREAS } from '../core/programme-template.js';
import type { Db } from '../server/src/db/dialect.js';
import { stableId } from '../server/src/db/seed/municipality.js';
import type { Trx } from '../server/src/lib/context.js';
import { indexInsights, nextSearchKey } from '../server/src/modules/insights/insights.search.js';
import type { NewInsightRow, NewInsightVersionRow } from '../server/src/modules/insights/insights.tables.js';
import { addDefaultFields } from '../server/src/modules/people/fields.service.js';
import { type GeneratedInsight, generateInsights } from './insight-data.js';

export const ORGANISATIONS = 98;
export const TOTAL_INSIGHTS = 100_000;
const DEMO_SEEDED = 30;
const PER_ORGANISATION = Math.floor(TOTAL_INSIGHTS / ORGANISATIONS);
const AUTHORS_PER_ORGANISATION = 20;
const CHUNK = 400;
const DAY = 86_400_000;

interface Place {
  organisationId: string;
  authors: Array<{ userId: string | null; personId: string | null }>;
  fieldIds: string[];
  areaIds: string[];
  cohortId: string | null;
}

async function chunked<T>(rows: T[], write: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

async function insertGenerated(trx: Trx, place: Place, insights: GeneratedInsight[], now: number) {
  const firstKey = await nextSearchKey(trx);
  const rows: NewInsightRow[] = [];
  const versions: NewInsightVersionRow[] = [];
  const areas: Array<{ insight_id: string; organisation_id: string; focus_area_id: string }> = [];
  insights.forEach((g, i) => {
    // A private insight is its account's; the cohort's people without an account share only.
    const withAccount = place.authors.filter((a) => a.userId !== null);
    const pool = g.visibility === 'private' ? withAccount : place.authors;
    const author = pool[i % pool.length]!;
    const at = new Date(now - g.ageDays * DAY).toISOString();
    const visibility = g.visibility === 'cohort' && !place.cohortId ? 'organisation' : g.visibility;
    const tags = JSON.stringify(g.tags);
    const fieldId = g.field === null ? null : (place.fieldIds[g.field % place.fieldIds.length] ?? null);
    const areaIds = g.areas.map((a) => place.areaIds[a]!);
    rows.push({
      id: g.id,
      organisation_id: place.organisationId,
      author_user_id: author.userId,
      author_person_id: author.personId,
      cohort_id: visibility === 'organisation' && i % 2 ? null : place.cohortId,
      set_id: null,
      visibility,
      source_type: null,
      source_id: null,
      statement: g.statement,
      field_id: fieldId,
      tags,
      version: 1,
      search_key: firstKey === null ? null : firstKey + i,
      created_at: at,
      updated_at: at,
    });
    versions.push({
      insight_id: g.id,
      organisation_id: place.organisationId,
      version: 1,
      statement: g.statement,
      tags,
      focus_area_ids: JSON.stringify(areaIds),
      field_id: fieldId,
      visibility,
      set_id: null,
      edited_by_user_id: author.userId,
      created_at: at,
    });
    for (const id of areaIds)
      areas.push({ insight_id: g.id, organisation_id: place.organisationId, focus_area_id: id });
  });
  await chunked(rows, (part) => trx.insertInto('insights').values(part).execute());
  await chunked(versions, (part) => trx.insertInto('insight_versions').values(part).execute());
  await chunked(areas, (part) => trx.insertInto('insight_focus_areas').values(part).execute());
  await indexInsights(
    trx,
    rows.map((r, i) => ({
      search_key: r.search_key ?? null,
      organisation_id: place.organisationId,
      statement: r.statement,
      tags: insights[i]!.tags,
    })),
  );
  return rows.length;
}

/** Demo Kommune as the seed left it: its fields, focus areas, accounts and the cohort's people. */
async function demoPlace(trx: Trx, organisationId: string): Promise<Place> {
  const cohortId = stableId('cohort:topledelse-1');
  const [fields, users, people] = await Promise.all([
    trx
      .selectFrom('professional_fields')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .orderBy('sort_order')
      .execute(),
    trx
      .selectFrom('memberships')
      .select('user_id')
      .where('organisation_id', '=', organisationId)
      .orderBy('user_id')
      .execute(),
    trx
      .selectFrom('cohort_participants as cp')
      .innerJoin('persons as p', 'p.id', 'cp.person_id')
      .select(['p.id', 'p.user_id'])
      .where('cp.cohort_id', '=', cohortId)
      .orderBy('p.external_id')
      .execute(),
  ]);
  return {
    organisationId,
    authors: [
      ...users.map((u) => ({ userId: u.user_id, personId: null })),
      ...people.map((p) => ({ userId: p.user_id, personId: p.id })),
    ],
    fieldIds: fields.map((f) => f.id),
    areaIds: DEFAULT_FOCUS_AREAS.map((a) => stableId(`focus-area:${a.key}`)),
    cohortId,
  };
}

/** A further organisation with the default fields, the four focus areas and 20 accounts. */
async function newPlace(trx: Trx, n: number, nowIso: string): Promise<Place> {
  const organisationId = randomUUID();
  await trx
    .insertInto('organisations')
    .values({
      id: organisationId,
      name: `Indsigtskommune ${n}`,
      slug: `indsigtskommune-${n}`,
      created_at: nowIso,
    })
    .execute();
  await addDefaultFields(trx, organisationId, nowIso);
  const areaIds = DEFAULT_FOCUS_AREAS.map(() => randomUUID());
  await trx
    .insertInto('focus_areas')
    .values(
      DEFAULT_FOCUS_AREAS.map((a, position) => ({
        id: areaIds[position]!,
        organisation_id: organisationId,
        key: a.key,
        name: a.name,
        description: a.description,
        colour: a.colour,
        position,
        archived_at: null,
        created_at: nowIso,
        updated_at: nowIso,
      })),
    )
    .execute();
  const users = Array.from({ length: AUTHORS_PER_ORGANISATION }, (_, i) => ({
    id: randomUUID(),
    email: `leder${i + 1}@indsigtskommune-${n}.dk`,
    name: `Leder ${i + 1}`,
    password_hash: null,
    created_at: nowIso,
    updated_at: nowIso,
  }));
  await trx.insertInto('users').values(users).execute();
  await trx
    .insertInto('memberships')
    .values(
      users.map((u) => ({
        organisation_id: organisationId,
        user_id: u.id,
        roles: '["participant"]',
        deactivated_at: null,
        created_at: nowIso,
      })),
    )
    .execute();
  const fields = await trx
    .selectFrom('professional_fields')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .orderBy('sort_order')
    .execute();
  return {
    organisationId,
    authors: users.map((u) => ({ userId: u.id, personId: null })),
    fieldIds: fields.map((f) => f.id),
    areaIds,
    cohortId: null,
  };
}

export interface LoadedInsights {
  insights: number;
  organisations: number;
  seconds: number;
  /** Demo Kommune's insight ids: every answer for it must hold only these. */
  demoIds: Set<string>;
}

export async function loadInsights(db: Db, demoOrganisationId: string): Promise<LoadedInsights> {
  const start = performance.now();
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  const demoCount = TOTAL_INSIGHTS - (ORGANISATIONS - 1) * PER_ORGANISATION - DEMO_SEEDED;
  const demo = generateInsights(1, demoCount, 9);
  let insights = DEMO_SEEDED;
  insights += await db.kysely
    .transaction()
    .execute(async (trx) => insertGenerated(trx, await demoPlace(trx, demoOrganisationId), demo, now));
  const demoIds = new Set([...demo.map((g) => g.id)]);
  for (let i = 1; i <= DEMO_SEEDED; i++) demoIds.add(stableId(`insight:${i}`));
  for (let n = 1; n < ORGANISATIONS; n++) {
    insights += await db.kysely.transaction().execute(async (trx) => {
      const place = await newPlace(trx, n, nowIso);
      return insertGenerated(
        trx,
        place,
        generateInsights(1000 + n, PER_ORGANISATION, place.fieldIds.length),
        now,
      );
    });
    if (n % 20 === 0 || n === ORGANISATIONS - 1) {
      const s = (performance.now() - start) / 1000;
      console.log(
        `    ${n + 1}/${ORGANISATIONS} organisations, ${insights.toLocaleString('en')} insights, ${s.toFixed(1)} s`,
      );
    }
  }
  return { insights, organisations: ORGANISATIONS, seconds: (performance.now() - start) / 1000, demoIds };
}
