import { afterAll, beforeAll, expect, it } from 'vitest';
import { managerPairsTogether } from '../../../../core/learning-sets.js';
import { toCandidate } from '../../modules/learning-sets/learning-sets.presenter.js';
import { participantsOf } from '../../modules/learning-sets/learning-sets.service.js';
import { openTestDb, type TestDb } from '../../test/databases.js';
import { seedDemo } from './demo.js';
import { stableId } from './municipality.js';

let db: TestDb;
const cohortId = stableId('cohort:topledelse-1');
beforeAll(async () => {
  db = await openTestDb('sqlite');
  await seedDemo(db, new Date('2026-11-27T10:00:00Z'));
});
afterAll(async () => {
  await db.drop();
});

it('splits the demo cohort into four sets with the demo facilitator, Lene Leder in one, no manager with a report', async () => {
  const sets = await db.kysely
    .selectFrom('learning_sets')
    .select(['id', 'name', 'facilitator_user_id'])
    .where('cohort_id', '=', cohortId)
    .orderBy('position')
    .execute();
  expect(sets.map((s) => [s.id, s.name])).toEqual(
    [0, 1, 2, 3].map((i) => [stableId(`learning-set:topledelse-1:${i}`), `Sæt ${i + 1}`]),
  );
  expect(new Set(sets.map((s) => s.facilitator_user_id))).toEqual(
    new Set([stableId('user:facilitator@demo.aktion.dk')]),
  );
  const members = await db.kysely
    .selectFrom('learning_set_members')
    .select(['set_id', 'person_id'])
    .where('cohort_id', '=', cohortId)
    .execute();
  expect(members).toHaveLength(20);
  const lene = await db.kysely
    .selectFrom('persons')
    .select('id')
    .where('user_id', '=', stableId('user:leder@demo.aktion.dk'))
    .executeTakeFirstOrThrow();
  expect(members.map((m) => m.person_id)).toContain(lene.id);
  const { members: people } = await participantsOf(db.kysely, stableId('organisation'), cohortId);
  const split = sets.map((s) => members.filter((m) => m.set_id === s.id).map((m) => m.person_id));
  expect(managerPairsTogether(split, people.map(toCandidate))).toEqual([]);
});

it('gives each set a recorded first meeting and a planned second, in the plan’s learning-group meetings', async () => {
  const meetings = await db.kysely
    .selectFrom('learning_set_meetings as m')
    .innerJoin('cohort_activities as a', 'a.id', 'm.activity_id')
    .select([
      'm.id',
      'm.set_id',
      'm.next_steps',
      'm.questions',
      'm.starts_at',
      'a.starts_at as activity_starts_at',
      'a.title',
    ])
    .where('m.cohort_id', '=', cohortId)
    .orderBy('m.starts_at')
    .execute();
  expect(meetings).toHaveLength(8);
  for (const m of meetings) expect(m.starts_at).toBe(m.activity_starts_at);
  const held = meetings.filter((m) => m.title.startsWith('Læringsgruppemøde 1'));
  expect(held).toHaveLength(4);
  for (const m of held) {
    expect(m.questions).toMatch(/\?/);
    expect(m.next_steps).not.toBe('');
  }
  const planned = meetings.filter((m) => m.title.startsWith('Læringsgruppemøde 2'));
  expect(planned.map((m) => m.next_steps)).toEqual(['', '', '', '']);
  const present = await db.kysely
    .selectFrom('learning_set_meeting_attendees')
    .select('meeting_id')
    .where(
      'meeting_id',
      'in',
      held.map((m) => m.id),
    )
    .execute();
  expect(present.length).toBeGreaterThanOrEqual(12);
});
