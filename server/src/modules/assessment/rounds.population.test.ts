import { beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENT_V1, type Instrument } from '../../../../core/assessment/instrument.js';
import type { RoundList, RoundSummary } from '../../../../core/schemas/assessment.js';
import { insertRound } from '../../test/assessment.js';
import { createPeople, createRoundVia, enrol, roundBody } from '../../test/assessment-rounds.js';
import { createCohort } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { createField, createUnit, signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('assessment rounds: a round for a population', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Awaited<ReturnType<typeof signedInUser>>;
  let org = '';
  beforeAll(async () => {
    admin = await signedInUser(get().app, get().ctx.db, ['admin']);
    org = admin.organisationId;
  });
  const db = () => get().ctx.db;
  const now = () => get().clock.now();
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, who?: Session) =>
    send(get().app, who ?? admin.session, { method, url, payload });

  describe('a round for a population', () => {
    it('invites leaders at the levels in the unit’s subtree and field, with a filter per cohort of at least k', async () => {
      const own = await signedInUser(get().app, db(), ['admin']);
      const o = own.organisationId;
      const top = await createUnit(db(), o);
      const area = await createUnit(db(), o, { parentId: top.id });
      const team = await createUnit(db(), o, { parentId: area.id });
      const elsewhere = await createUnit(db(), o, { parentId: top.id });
      const field = await createField(db(), o);
      const leaders = [
        ...(await createPeople(db(), o, 4, { unitId: area.id, level: 'leder', fieldId: field.id })),
        ...(await createPeople(db(), o, 4, { unitId: team.id, level: 'teamleder', fieldId: field.id })),
      ];
      await createPeople(db(), o, 2, { unitId: team.id, level: 'medarbejder', fieldId: field.id });
      await createPeople(db(), o, 2, { unitId: team.id, level: 'chef', fieldId: field.id });
      await createPeople(db(), o, 2, { unitId: elsewhere.id, level: 'leder', fieldId: field.id });
      await createPeople(db(), o, 2, { unitId: team.id, level: 'leder', fieldId: null });
      await createPeople(db(), o, 2, { unitId: team.id, level: 'leder', fieldId: field.id, left: true });
      const big = await createCohort(db(), o, { name: 'Hold A' });
      const small = await createCohort(db(), o, { name: 'Hold B' });
      await enrol(
        db(),
        o,
        big.id,
        leaders.slice(0, 5).map((p) => p.id),
      );
      await enrol(
        db(),
        o,
        small.id,
        leaders.slice(5, 9).map((p) => p.id),
      );

      const population = { unitId: area.id, levels: ['leder', 'teamleder'], fieldId: field.id };
      const round = await createRoundVia(get().app, own.session, roundBody(now(), { population }));
      expect(round).toMatchObject({ invited: 8, cohort: null, population });
      const stored = await db()
        .kysely.selectFrom('assessment_rounds')
        .select('filters')
        .where('id', '=', round.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(stored.filters)).toEqual([{ key: `cohort:${big.id}`, label: 'Hold A' }]);
      const invitations = await db()
        .kysely.selectFrom('assessment_invitations')
        .selectAll()
        .where('round_id', '=', round.id)
        .execute();
      expect(invitations.map((i) => i.person_id).sort()).toEqual(leaders.map((p) => p.id).sort());
      for (const i of invitations) {
        const inBig = leaders.slice(0, 5).some((p) => p.id === i.person_id);
        expect(JSON.parse(i.filter_keys)).toEqual(inBig ? [`cohort:${big.id}`] : []);
        const teamLeader = leaders.slice(4).some((p) => p.id === i.person_id);
        expect(JSON.parse(i.unit_path)).toEqual(teamLeader ? [top.id, area.id, team.id] : [top.id, area.id]);
      }
    });

    it('names the population’s unit and field, for observers too (populationNames)', async () => {
      const own = await signedInUser(get().app, db(), ['admin']);
      const o = own.organisationId;
      const unit = await createUnit(db(), o, { name: 'Skoleområdet' });
      const field = await createField(db(), o, 'Undervisning');
      await createPeople(db(), o, 5, { unitId: unit.id, level: 'leder', fieldId: field.id });
      const levels = ['leder'];
      const named = await createRoundVia(
        get().app,
        own.session,
        roundBody(now(), { population: { unitId: unit.id, levels, fieldId: field.id } }),
      );
      expect(named.populationNames).toEqual({ unit: 'Skoleområdet', field: 'Undervisning' });
      const everyone = await createRoundVia(
        get().app,
        own.session,
        roundBody(now(), { population: { unitId: null, levels, fieldId: null } }),
      );
      expect(everyone.populationNames).toEqual({ unit: null, field: null });
      const cohort = await createCohort(db(), o);
      await enrol(
        db(),
        o,
        cohort.id,
        (await createPeople(db(), o, 5)).map((p) => p.id),
      );
      const ofCohort = await createRoundVia(
        get().app,
        own.session,
        roundBody(now(), { cohortId: cohort.id }),
      );
      expect(ofCohort.populationNames).toBeNull();

      // An observer, who cannot read units or fields, gets the same names with the rounds.
      const observer = await signedInUser(get().app, db(), ['observer'], o);
      expect((await call('GET', '/api/fields', undefined, observer.session)).statusCode).toBe(403);
      const list = await call('GET', '/api/assessment/rounds', undefined, observer.session);
      const byId = new Map(list.json<RoundList>().rounds.map((r) => [r.id, r.populationNames]));
      expect(byId.get(named.id)).toEqual({ unit: 'Skoleområdet', field: 'Undervisning' });
      expect(byId.get(everyone.id)).toEqual({ unit: null, field: null });
      expect(byId.get(ofCohort.id)).toBeNull();
      const one = await call('GET', `/api/assessment/rounds/${named.id}`, undefined, observer.session);
      expect(one.json<RoundSummary>().populationNames).toEqual({
        unit: 'Skoleområdet',
        field: 'Undervisning',
      });
    });

    it('runs the organisation’s own published instrument, and refuses units, fields and compared rounds of others', async () => {
      const own = await signedInUser(get().app, db(), ['admin']);
      const o = own.organisationId;
      await createPeople(db(), o, 5, { level: 'chef' });
      const dimension = INSTRUMENT_V1.dimensions[0]?.key ?? '';
      const item = { key: 'eget-spoergsmaal', text: { da: 'Eget', en: 'Own' }, reverse: false };
      const stamp = now().toISOString();
      await db()
        .kysely.insertInto('assessment_instruments')
        .values({
          id: crypto.randomUUID(),
          organisation_id: o,
          version: 2,
          status: 'published',
          base_version: 1,
          own_items: JSON.stringify([{ dimension, item }]),
          published_at: stamp,
          created_at: stamp,
          updated_at: stamp,
        })
        .execute();
      const population = { unitId: null, levels: ['chef'], fieldId: null };
      const round = await createRoundVia(get().app, own.session, roundBody(now(), { population }));
      const stored = await db()
        .kysely.selectFrom('assessment_rounds')
        .select(['instrument', 'instrument_id'])
        .where('id', '=', round.id)
        .executeTakeFirstOrThrow();
      const instrument = JSON.parse(stored.instrument) as Instrument;
      expect(stored.instrument_id).not.toBeNull();
      expect(instrument.dimensions[0]?.items.at(-1)).toEqual(item);

      const foreignRound = await insertRound(db(), org);
      for (const [body, field] of [
        [{ population: { ...population, unitId: (await createUnit(db(), org)).id } }, 'population.unitId'],
        [{ population: { ...population, fieldId: (await createField(db(), org)).id } }, 'population.fieldId'],
        [{ population, compareRoundId: foreignRound.id }, 'compareRoundId'],
        [{ population: { ...population, levels: ['medarbejder'] } }, 'population.levels'],
        [{ population, cohortId: crypto.randomUUID() }, 'cohortId'],
        [{}, 'cohortId'],
      ] as const) {
        const res = await call('POST', '/api/assessment/rounds', roundBody(now(), body), own.session);
        expect(res.statusCode, field).toBe(400);
        expect(Object.keys(res.json().error.fields), field).toContain(field);
      }
      const foreignCohort = await createCohort(db(), org);
      const res = await call(
        'POST',
        '/api/assessment/rounds',
        roundBody(now(), { cohortId: foreignCohort.id }),
        own.session,
      );
      expect(res.statusCode).toBe(404);
    });
  });
});
