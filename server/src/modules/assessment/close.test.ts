import { beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import type { RoundSummary } from '../../../../core/schemas/assessment.js';
import { insertProfile, insertRound, uniformAnswers } from '../../test/assessment.js';
import {
  auditOf,
  cohortWithPeople,
  createPeople,
  createRoundVia,
  roundBody,
  roundMails,
} from '../../test/assessment-rounds.js';
import { describeEachDialect } from '../../test/databases.js';
import { createUnit, signedInUser } from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';
import { closeRound, shuffled } from './close.js';

/** Anything that could point at a person or a moment. */
const IDENTIFYING_COLUMN = /person|user|account|email|name|ip|time|_at$|created|updated|seq/;

describeEachDialect('closing a round', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Awaited<ReturnType<typeof signedInUser>>;
  let org = '';
  beforeAll(async () => {
    admin = await signedInUser(get().app, get().ctx.db, ['admin']);
    org = admin.organisationId;
  });
  const db = () => get().ctx.db;

  /** A round of 8 invited: 6 submitted (answers 1–5 by person), 1 draft, 1 who never began. */
  async function roundWithAnswers() {
    const top = await createUnit(db(), org);
    const team = await createUnit(db(), org, { parentId: top.id });
    const people = await createPeople(db(), org, 8, { level: 'leder' });
    const filters = [{ key: 'cohort:x', label: 'Hold X' }];
    const placements = people.map((p, i) => ({
      personId: p.id,
      unitPath: i % 2 ? [top.id, team.id] : [top.id],
      level: (i < 4 ? 'leder' : 'chef') as 'leder' | 'chef',
      fieldId: null,
      filterKeys: i < 5 ? ['cohort:x'] : [],
    }));
    const round = await insertRound(db(), org, { invited: placements, filters });
    const at = get().clock.now().toISOString();
    const profiles: string[] = [];
    for (const [i, p] of people.slice(0, 6).entries()) {
      const answers = uniformAnswers(((i % 5) + 1) as 1 | 2 | 3 | 4 | 5);
      profiles.push((await insertProfile(db(), org, round.id, p.id, answers, { submittedAt: at })).id);
    }
    const draft = await insertProfile(db(), org, round.id, people[6]?.id ?? '', uniformAnswers(2));
    return { round, people, placements, profiles, draft };
  }
  const responsesOf = (roundId: string) =>
    db().kysely.selectFrom('assessment_responses').selectAll().where('round_id', '=', roundId).execute();

  it('writes one anonymous response per submitted profile: where they stood and their answers, nothing else', async () => {
    const { round, people, placements, profiles, draft } = await roundWithAnswers();
    expect(await closeRound(get().ctx, org, round.id, admin.id)).toBe(true);

    const rows = await responsesOf(round.id);
    expect(rows).toHaveLength(6);
    const columns = Object.keys(rows[0] ?? {}).sort();
    expect(columns).toEqual(
      [
        'answers',
        'field_id',
        'filter_keys',
        'id',
        'level',
        'organisation_id',
        'round_id',
        'unit_path',
      ].sort(),
    );
    expect(columns.filter((c) => IDENTIFYING_COLUMN.test(c))).toEqual([]);
    const known = new Set([...profiles, draft.id, ...people.map((p) => p.id), admin.id]);
    for (const r of rows) expect(known.has(r.id)).toBe(false);
    expect(new Set(rows.map((r) => r.id)).size).toBe(6);

    const key = (x: { unitPath: string[]; level: string; filterKeys: string[]; answers: unknown }) =>
      JSON.stringify([x.unitPath, x.level, x.filterKeys, x.answers]);
    const expected = placements
      .slice(0, 6)
      .map((p, i) => key({ ...p, answers: uniformAnswers(((i % 5) + 1) as 1 | 2 | 3 | 4 | 5) }))
      .sort();
    const written = rows
      .map((r) =>
        key({
          unitPath: JSON.parse(r.unit_path),
          level: r.level,
          filterKeys: JSON.parse(r.filter_keys),
          answers: JSON.parse(r.answers),
        }),
      )
      .sort();
    expect(written).toEqual(expected);

    const left = await db()
      .kysely.selectFrom('assessment_profiles')
      .select(['id', 'submitted_at'])
      .where('round_id', '=', round.id)
      .execute();
    expect(left.map((p) => p.id).sort()).toEqual([...profiles].sort());
  });

  it('stores a release with the k of the moment that names no response, profile or person', async () => {
    const { round, people, profiles } = await roundWithAnswers();
    await db()
      .kysely.insertInto('assessment_settings')
      .values({ organisation_id: org, k: 6, updated_at: get().clock.now().toISOString() })
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ k: 6 }))
      .execute();
    await closeRound(get().ctx, org, round.id, admin.id);
    const stored = await db()
      .kysely.selectFrom('assessment_rounds')
      .selectAll()
      .where('id', '=', round.id)
      .executeTakeFirstOrThrow();
    expect(stored.k).toBe(6);
    expect(stored.closed_at).not.toBeNull();
    const release = JSON.parse(stored.release ?? 'null');
    expect(release.k).toBe(6);
    expect(release.populations[0].breakdowns.total[0]).toMatchObject({ released: true, count: 6 });
    const text = stored.release ?? '';
    const ids = [...(await responsesOf(round.id)).map((r) => r.id), ...profiles, ...people.map((p) => p.id)];
    for (const id of ids) expect(text).not.toContain(id);
    expect(text).not.toMatch(/respondentIds|personId|person_id/);

    const audit = (await auditOf(db(), round.id)).filter((a) => a.action === 'assessment_round.closed');
    expect(audit).toEqual([
      {
        action: 'assessment_round.closed',
        actor_user_id: admin.id,
        changes: { respondents: 6, k: 6, closedBy: 'hand' },
      },
    ]);
    await db().kysely.deleteFrom('assessment_settings').where('organisation_id', '=', org).execute();
  });

  it("writes each response's answers in the instrument's item order, not the order they were given", async () => {
    const people = await createPeople(db(), org, 3, { level: 'leder' });
    const round = await insertRound(db(), org, {
      invited: people.map((p) => ({ personId: p.id, unitPath: [], level: 'leder', fieldId: null })),
    });
    const itemKeys = INSTRUMENT_V1.dimensions.flatMap((d) => d.items.map((i) => i.key));
    const at = get().clock.now().toISOString();
    // Answered backwards (all items), and two persons each skipping an item in an order of their
    // own, one of them with a key the instrument lacks.
    const orders = [
      [...itemKeys].reverse(),
      [...itemKeys.slice(5), ...itemKeys.slice(0, 4)],
      ['stray_key', ...itemKeys.slice(7), ...itemKeys.slice(0, 6)],
    ];
    for (const [i, p] of people.entries()) {
      const answers = Object.fromEntries((orders[i] ?? []).map((key, n) => [key, ((n % 5) + 1) as 1]));
      await insertProfile(db(), org, round.id, p.id, answers, { submittedAt: at });
    }
    expect(await closeRound(get().ctx, org, round.id, admin.id)).toBe(true);
    const rows = await responsesOf(round.id);
    expect(rows).toHaveLength(3);
    const written = rows.map((r) => Object.keys(JSON.parse(r.answers) as object));
    // Each row lists exactly the instrument's keys that were answered, in the instrument's order.
    const expected = orders.map((o) => itemKeys.filter((key) => o.includes(key)));
    expect(written.map((w) => w.join()).sort()).toEqual(expected.map((e) => e.join()).sort());
    for (const w of written) expect(w).not.toContain('stray_key');
    // The values travel with their keys.
    const backwards = rows.find((r) => Object.keys(JSON.parse(r.answers)).length === itemKeys.length);
    const reversed = [...itemKeys].reverse();
    expect(JSON.parse(backwards?.answers ?? '{}')).toEqual(
      Object.fromEntries(reversed.map((key, n) => [key, (n % 5) + 1])),
    );
  });

  it("keeps the round's k from when it was made: a lower k later does not lower it, a higher one raises it", async () => {
    const other = await signedInUser(get().app, db(), ['admin']);
    const setK = (k: number) =>
      send(get().app, other.session, { method: 'PUT', url: '/api/assessment/settings', payload: { k } });
    const made = async () => {
      const { cohort } = await cohortWithPeople(db(), other.organisationId, 7);
      return createRoundVia(get().app, other.session, roundBody(get().clock.now(), { cohortId: cohort.id }));
    };
    const storedK = async (id: string) =>
      (
        await db()
          .kysely.selectFrom('assessment_rounds')
          .select('k')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).k;
    const summary = async (id: string) =>
      (
        await send(get().app, other.session, { method: 'GET', url: `/api/assessment/rounds/${id}` })
      ).json<RoundSummary>();

    expect((await setK(6)).statusCode).toBe(200);
    const lowered = await made();
    const raised = await made();
    expect(await storedK(lowered.id)).toBe(6);
    expect(lowered.k).toBe(6);
    // Lowered just before the close: the round keeps the 6 its invitations promised.
    expect((await setK(3)).statusCode).toBe(200);
    expect((await summary(lowered.id)).k).toBe(6);
    const remind = await send(get().app, other.session, {
      method: 'POST',
      url: `/api/assessment/rounds/${lowered.id}/reminders`,
    });
    expect(remind.statusCode, remind.body).toBe(200);
    const reminders = (await roundMails(db(), lowered.id)).filter((m) => m.subject.startsWith('Påmindelse'));
    expect(reminders.length).toBeGreaterThan(0);
    for (const m of reminders) expect(m.text_body).toContain('grupper på mindst 6 personer');
    expect(await closeRound(get().ctx, other.organisationId, lowered.id, other.id)).toBe(true);
    expect(await storedK(lowered.id)).toBe(6);
    expect((await summary(lowered.id)).k).toBe(6);
    expect(
      JSON.parse(
        (
          await db()
            .kysely.selectFrom('assessment_rounds')
            .select('release')
            .where('id', '=', lowered.id)
            .executeTakeFirstOrThrow()
        ).release ?? 'null',
      ).k,
    ).toBe(6);
    // Raised before the close: the higher k applies.
    expect((await setK(7)).statusCode).toBe(200);
    expect((await summary(raised.id)).k).toBe(7);
    expect(await closeRound(get().ctx, other.organisationId, raised.id, other.id)).toBe(true);
    expect(await storedK(raised.id)).toBe(7);
    const audit = (await auditOf(db(), raised.id)).filter((a) => a.action === 'assessment_round.closed');
    expect(audit.map((a) => (a.changes as { k: number }).k)).toEqual([7]);
  });

  it('closes once: a second close writes nothing', async () => {
    const { round } = await roundWithAnswers();
    expect(await closeRound(get().ctx, org, round.id, null)).toBe(true);
    const first = await db()
      .kysely.selectFrom('assessment_rounds')
      .select(['release', 'closed_at'])
      .where('id', '=', round.id)
      .executeTakeFirstOrThrow();
    get().clock.advance(1000);
    expect(await closeRound(get().ctx, org, round.id, null)).toBe(false);
    expect(await responsesOf(round.id)).toHaveLength(6);
    const after = await db()
      .kysely.selectFrom('assessment_rounds')
      .select(['release', 'closed_at'])
      .where('id', '=', round.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(first);
    const stranger = await signedInUser(get().app, db(), ['admin']);
    expect(await closeRound(get().ctx, stranger.organisationId, round.id, null)).toBe(false);
  });

  it('closes by hand through the API before the close date; then 409 round_closed', async () => {
    const { round } = await roundWithAnswers();
    const url = `/api/assessment/rounds/${round.id}/close`;
    const res = await send(get().app, admin.session, { method: 'POST', url });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<RoundSummary>()).toMatchObject({ status: 'closed', answered: 6, invited: 8, k: 5 });
    expect(res.json<RoundSummary>().closedAt).not.toBeNull();
    const again = await send(get().app, admin.session, { method: 'POST', url });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.reason).toBe('round_closed');
  });

  it('refuses to close a round that has not opened (409 round_not_open)', async () => {
    const later = new Date(get().clock.now().getTime() + 86_400_000).toISOString();
    const round = await insertRound(db(), org, { opensAt: later });
    const res = await send(get().app, admin.session, {
      method: 'POST',
      url: `/api/assessment/rounds/${round.id}/close`,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.reason).toBe('round_not_open');
  });
});

describe('shuffled', () => {
  it('is a permutation in a random order', () => {
    const items = Array.from({ length: 12 }, (_, i) => i);
    const orders = new Set<string>();
    for (let n = 0; n < 20; n++) {
      const s = shuffled(items);
      expect([...s].sort((a, b) => a - b)).toEqual(items);
      orders.add(s.join());
    }
    // 20 draws of 12! orders: the chance of any repeat is below 1e-6.
    expect(orders.size).toBe(20);
    expect(items).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });
});
