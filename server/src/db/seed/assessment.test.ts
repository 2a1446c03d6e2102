import { afterAll, beforeAll, expect, it } from 'vitest';
import { INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import type { Level } from '../../../../core/organisation.js';
import { roundStatus } from '../../modules/assessment/rounds.repository.js';
import { computeStoredRelease, type StoredRelease } from '../../modules/assessment/stored-release.js';
import { describeEachDialect, openTestDb, type TestDb } from '../../test/databases.js';
import { DEMO_ROUNDS } from './assessment.js';
import { demoId, seedDemo } from './demo.js';

const NOW = new Date('2026-11-27T10:00:00Z');

/**
 * A release as a set of facts: cells in key order and means to 9 places, since the order the
 * responses are read in changes the order of cells and the last bits of a sum, nothing else.
 */
const normalised = (release: StoredRelease): unknown =>
  JSON.parse(
    JSON.stringify(
      {
        ...release,
        populations: release.populations.map((p) => ({
          filter: p.filter,
          breakdowns: Object.fromEntries(
            Object.entries(p.breakdowns).map(([b, cells]) => [
              b,
              [...cells].sort((x, y) => (x.key < y.key ? -1 : 1)),
            ]),
          ),
        })),
      },
      (_k, v) => (typeof v === 'number' ? Number(v.toFixed(9)) : v),
    ),
  );
const cohortId = demoId('cohort:topledelse-1');

describeEachDialect('demo assessment seed', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(dialect);
    await seedDemo(db, NOW);
  });
  afterAll(() => db.drop());

  const rounds = () => db.kysely.selectFrom('assessment_rounds').selectAll().orderBy('opens_at').execute();
  const count = async (
    table: 'assessment_invitations' | 'assessment_responses' | 'assessment_profiles',
    roundId: string,
  ) =>
    Number(
      (
        await db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('round_id', '=', roundId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const submitted = (roundId: string) =>
    db.kysely
      .selectFrom('assessment_profiles')
      .selectAll()
      .where('round_id', '=', roundId)
      .where('submitted_at', 'is not', null)
      .execute();

  it('seeds a closed baseline and follow-up for every leader and an open round for the cohort', async () => {
    const list = await rounds();
    expect(list.map((r) => [r.id, r.name, r.kind, roundStatus(r, NOW.toISOString())])).toEqual([
      [DEMO_ROUNDS.baseline, 'Baseline forår 2026', 'baseline', 'closed'],
      [DEMO_ROUNDS.followUp, 'Opfølgning efterår 2026', 'follow_up', 'closed'],
      [DEMO_ROUNDS.midway, 'Midtvejsmåling – Topledelse hold 1', 'other', 'open'],
    ]);
    expect(list[1]?.compare_round_id).toBe(DEMO_ROUNDS.baseline);
    expect(list[2]?.cohort_id).toBe(cohortId);
    expect(await count('assessment_invitations', DEMO_ROUNDS.baseline)).toBe(350);
    expect(await count('assessment_invitations', DEMO_ROUNDS.followUp)).toBe(350);
    expect(await count('assessment_invitations', DEMO_ROUNDS.midway)).toBe(20);
    for (const [id, rate] of [
      [DEMO_ROUNDS.baseline, 0.7],
      [DEMO_ROUNDS.followUp, 0.65],
    ] as const) {
      const answered = (await submitted(id)).length;
      expect(Math.abs(answered / 350 - rate)).toBeLessThan(0.05);
      // Every submitted profile has its anonymous copy in a closed round, and nothing more; the
      // close deleted the drafts.
      expect(await count('assessment_responses', id)).toBe(answered);
      expect(await count('assessment_profiles', id)).toBe(answered);
    }
    expect(await count('assessment_responses', DEMO_ROUNDS.midway)).toBe(0);
    expect((await submitted(DEMO_ROUNDS.midway)).length).toBeGreaterThanOrEqual(5);
  });

  it('stores the release the close would compute, with suppressed and released cells and no person', async () => {
    const persons = await db.kysely.selectFrom('persons').select('id').execute();
    for (const round of (await rounds()).slice(0, 2)) {
      expect(round.k).toBe(5);
      expect(JSON.parse(round.filters)).toEqual([{ key: `cohort:${cohortId}`, label: 'Topledelse hold 1' }]);
      const responses = await db.kysely
        .selectFrom('assessment_responses')
        .selectAll()
        .where('round_id', '=', round.id)
        .execute();
      const release = JSON.parse(round.release as string) as StoredRelease;
      const recomputed = computeStoredRelease(
        INSTRUMENT_V1,
        responses.map((r) => ({
          id: r.id,
          unitPath: JSON.parse(r.unit_path),
          level: r.level as Level,
          fieldId: r.field_id,
          filterKeys: JSON.parse(r.filter_keys),
          answers: JSON.parse(r.answers),
        })),
        JSON.parse(round.filters),
        5,
      );
      expect(normalised(release)).toEqual(normalised(recomputed));
      const units = release.populations[0]?.breakdowns.unit ?? [];
      expect(units.filter((c) => c.released).length).toBeGreaterThan(5);
      expect(units.some((c) => !c.released && c.reason === 'too_few')).toBe(true);
      expect(units.some((c) => !c.released && c.reason === 'would_reveal')).toBe(true);
      for (const p of persons) expect(round.release).not.toContain(p.id);
    }
  });

  it('moves scores up between the rounds, more for the cohort', async () => {
    const total = async (id: string, filter: string | null) => {
      const round = await db.kysely
        .selectFrom('assessment_rounds')
        .select('release')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const release = JSON.parse(round.release as string) as StoredRelease;
      const cell = release.populations.find((p) => p.filter === filter)?.breakdowns.total[0];
      if (!cell?.released) throw new Error('the total is not released');
      const means = Object.values(cell.dimensions).map((d) => (d.released ? (d.mean ?? 0) : 0));
      return means.reduce((s, m) => s + m, 0) / means.length;
    };
    const everyone = (await total(DEMO_ROUNDS.followUp, null)) - (await total(DEMO_ROUNDS.baseline, null));
    const cohort = `cohort:${cohortId}`;
    const inCohort =
      (await total(DEMO_ROUNDS.followUp, cohort)) - (await total(DEMO_ROUNDS.baseline, cohort));
    expect(everyone).toBeGreaterThan(0.5);
    expect(everyone).toBeLessThan(8);
    expect(inCohort).toBeGreaterThan(everyone + 3);
  });

  it('gives Lene Leder two submitted profiles and the open round still to answer', async () => {
    const lene = await db.kysely
      .selectFrom('persons')
      .select('id')
      .where('user_id', '=', demoId('user:leder@demo.aktion.dk'))
      .executeTakeFirstOrThrow();
    const profiles = await db.kysely
      .selectFrom('assessment_profiles')
      .selectAll()
      .where('person_id', '=', lene.id)
      .orderBy('submitted_at')
      .execute();
    expect(profiles.map((p) => p.round_id)).toEqual([DEMO_ROUNDS.baseline, DEMO_ROUNDS.followUp]);
    for (const p of profiles) {
      expect(p.submitted_at).not.toBeNull();
      expect(JSON.parse(p.scores as string)).toHaveLength(INSTRUMENT_V1.dimensions.length);
    }
    expect(profiles[0]?.scores).not.toBe(profiles[1]?.scores);
    const invited = await db.kysely
      .selectFrom('assessment_invitations')
      .select('round_id')
      .where('person_id', '=', lene.id)
      .execute();
    expect(invited.map((i) => i.round_id).sort()).toEqual(Object.values(DEMO_ROUNDS).sort());
    // Others in the open round have answered, and two shared with the cohort's facilitator.
    const shared = (await submitted(DEMO_ROUNDS.midway)).filter((p) => p.shared_with_facilitators_at);
    expect(shared).toHaveLength(2);
    const facilitators = await db.kysely
      .selectFrom('cohort_facilitators')
      .select('user_id')
      .where('cohort_id', '=', cohortId)
      .execute();
    expect(facilitators.map((f) => f.user_id)).toContain(demoId('user:facilitator@demo.aktion.dk'));
  });

  it('is deterministic: a second seed (on SQLite) gives the same ids, answers and releases', async () => {
    // A second PostgreSQL schema in the same process trips Kysely's migrator (it sees the first
    // schema's migration tables), so the second seed is on SQLite: the same rows on both is stronger.
    const other = await openTestDb('sqlite');
    try {
      await seedDemo(other, NOW);
      // Professional fields get fresh ids in every organisation: compare them by their keys.
      const snapshot = async (d: TestDb) => {
        const fields = await d.kysely.selectFrom('professional_fields').select(['id', 'key']).execute();
        const text = JSON.stringify({
          rounds: await d.kysely.selectFrom('assessment_rounds').selectAll().orderBy('id').execute(),
          invitations: await d.kysely
            .selectFrom('assessment_invitations')
            .selectAll()
            .orderBy('round_id')
            .orderBy('person_id')
            .execute(),
          profiles: await d.kysely.selectFrom('assessment_profiles').selectAll().orderBy('id').execute(),
          responses: await d.kysely.selectFrom('assessment_responses').selectAll().orderBy('id').execute(),
        });
        return fields.reduce((t, f) => t.replaceAll(f.id, `field:${f.key}`), text);
      };
      const a = JSON.parse(await snapshot(db));
      const b = JSON.parse(await snapshot(other));
      expect(b.rounds.map((r: { id: string }) => r.id)).toEqual(Object.values(DEMO_ROUNDS).sort());
      expect(b).toEqual(a);
    } finally {
      await other.drop();
    }
  });
});
