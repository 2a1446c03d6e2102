import type { NarrativeDocument } from '../../../../core/schemas/narrative.js';
import type { Trx } from '../../lib/context.js';
import { stableId } from './municipality.js';
import {
  NARRATIVE_QUESTIONS,
  NARRATIVE_TITLE,
  NARRATIVE_V1,
  NARRATIVE_V2,
  type SeedPart,
} from './narrative-texts.js';

const DAY = 24 * 60 * 60 * 1000;
const ADMIN = 'admin@demo.aktion.dk';

/** The demo's narrative versions, by stable id. */
export const DEMO_NARRATIVE = {
  v1: stableId('narrative:1'),
  v2: stableId('narrative:2'),
} as const;

/**
 * Demo Kommune's base narrative: version 1 (five parts) published about two months ago, version 2
 * (a clearer word for leaders, one part more) about three weeks ago, three answered questions from
 * demo logins and one still open from Lene Leder. Runs after the programmes step, whose focus
 * areas the parts name.
 */
export async function insertDemoNarrative(trx: Trx, organisationId: string, now: Date): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const areas = await trx
    .selectFrom('focus_areas')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .execute();
  const areaId = new Map(areas.map((a) => [a.name, a.id]));
  const toDocument = (parts: SeedPart[]): NarrativeDocument => ({
    title: NARRATIVE_TITLE,
    parts: parts.map(({ focusAreas, ...part }) => ({
      ...part,
      focusAreaIds: focusAreas.map((name) => {
        const id = areaId.get(name);
        if (!id) throw new Error(`the demo has no focus area named ${name}`);
        return id;
      }),
    })),
  });
  const adminId = stableId(`user:${ADMIN}`);
  const versions = [
    { id: DEMO_NARRATIVE.v1, version: 1, parts: NARRATIVE_V1, created: 65, published: 60, revision: 4 },
    { id: DEMO_NARRATIVE.v2, version: 2, parts: NARRATIVE_V2, created: 24, published: 21, revision: 3 },
  ];
  await trx
    .insertInto('narrative_versions')
    .values(
      versions.map((v) => ({
        id: v.id,
        organisation_id: organisationId,
        version: v.version,
        status: 'published',
        document: JSON.stringify(toDocument(v.parts)),
        revision: v.revision,
        published_at: ago(v.published),
        created_by_user_id: adminId,
        created_at: ago(v.created),
        updated_at: ago(v.published),
      })),
    )
    .execute();
  await trx
    .insertInto('narrative_questions')
    .values(
      NARRATIVE_QUESTIONS.map((q) => {
        const answeredAt = q.answeredDaysAgo === null ? null : ago(q.answeredDaysAgo);
        return {
          id: stableId(`narrative-question:${q.key}`),
          organisation_id: organisationId,
          part_key: q.partKey,
          question: q.question,
          asked_by_user_id: stableId(`user:${q.askedBy}`),
          answer: q.answer,
          answered_by_user_id: q.answer === null ? null : adminId,
          answered_at: answeredAt,
          created_at: ago(q.askedDaysAgo),
          updated_at: answeredAt ?? ago(q.askedDaysAgo),
        };
      }),
    )
    .execute();
}
