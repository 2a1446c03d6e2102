import { beforeAll, expect, it } from 'vitest';
import { insertRound } from '../../test/assessment.js';
import {
  allAnswered,
  closedRound,
  invitees,
  smallClosedRound,
  valued,
} from '../../test/assessment-heatmap.js';
import { createCohort } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { createUnit, signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('assessment heatmap: who may ask, and what is refused', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Awaited<ReturnType<typeof signedInUser>>;
  let org = '';
  let round = { id: '', name: '' };
  beforeAll(async () => {
    admin = await signedInUser(get().app, get().ctx.db, ['admin']);
    org = admin.organisationId;
    round = await smallClosedRound(get().ctx.db, org);
  });
  const call = (url: string, who: Session | null = admin.session) =>
    send(get().app, who, { method: 'GET', url });
  const urls = (id: string, query = '') =>
    ['heatmap', 'heatmap.csv', 'heatmap.xlsx'].map((p) => `/api/assessment/rounds/${id}/${p}${query}`);

  it('needs a session (401)', async () => {
    for (const url of urls(round.id)) expect((await call(url, null)).statusCode, url).toBe(401);
  });

  it('refuses participants and employees (403), lets observers and administrators read', async () => {
    for (const roles of [['participant'], ['employee']] as const) {
      const who = await signedInUser(get().app, get().ctx.db, [...roles], org);
      for (const url of urls(round.id)) {
        const res = await call(url, who.session);
        expect(res.statusCode, `${roles} ${url}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
    }
    const observer = await signedInUser(get().app, get().ctx.db, ['observer'], org);
    for (const who of [observer.session, admin.session]) {
      for (const url of urls(round.id)) expect((await call(url, who)).statusCode, url).toBe(200);
    }
  });

  it('gives 404 for an unknown round and for another organisation’s', async () => {
    const stranger = await signedInUser(get().app, get().ctx.db, ['admin']);
    for (const url of [...urls(crypto.randomUUID()), ...urls(round.id)]) {
      const who = url.includes(round.id) ? stranger.session : admin.session;
      const res = await call(url, who);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('shows a facilitator every round of the organisation: their cohorts’, other cohorts’ and organisation-wide', async () => {
    const facilitator = await signedInUser(get().app, get().ctx.db, ['facilitator'], org);
    const cohort = await createCohort(get().ctx.db, org, { facilitatorUserIds: [facilitator.id] });
    const other = await createCohort(get().ctx.db, org);
    const unit = await createUnit(get().ctx.db, org);
    const people = await invitees(
      get().ctx.db,
      org,
      Array(5).fill({ unitPath: [unit.id], level: 'leder', fieldId: null }),
    );
    const mine = await closedRound(get().ctx.db, org, {
      cohortId: cohort.id,
      invited: people,
      responses: allAnswered(people, () => valued(3)),
    });
    const theirs = await closedRound(get().ctx.db, org, {
      cohortId: other.id,
      invited: people,
      responses: allAnswered(people, () => valued(3)),
    });
    for (const id of [mine.id, theirs.id, round.id]) {
      for (const url of urls(id)) expect((await call(url, facilitator.session)).statusCode, url).toBe(200);
    }
    const compared = await call(
      `/api/assessment/rounds/${mine.id}/heatmap?compare=${theirs.id}`,
      facilitator.session,
    );
    expect(compared.statusCode).toBe(200);
    expect(compared.json().compare).toEqual({ id: theirs.id, name: theirs.name });
    // Another organisation's round stays out, as the round and as the one to compare with.
    const elsewhere = (await signedInUser(get().app, get().ctx.db)).organisationId;
    const stranger = await smallClosedRound(get().ctx.db, elsewhere);
    for (const url of [
      ...urls(stranger.id),
      `/api/assessment/rounds/${mine.id}/heatmap?compare=${stranger.id}`,
    ])
      expect((await call(url, facilitator.session)).statusCode, url).toBe(404);
  });

  it('refuses a round that has not closed (409 round_not_closed), also as the round to compare with', async () => {
    const open = await insertRound(get().ctx.db, org);
    for (const url of urls(open.id)) {
      const res = await call(url);
      expect(res.statusCode, url).toBe(409);
      expect(res.json().error.reason).toBe('round_not_closed');
      expect(res.json().error.message).toContain('når målingen er lukket');
    }
    const past = await insertRound(get().ctx.db, org, {
      closesAt: new Date(Date.now() - 1000).toISOString(),
    });
    const compared = await call(`/api/assessment/rounds/${round.id}/heatmap?compare=${past.id}`);
    expect(compared.statusCode).toBe(409);
    expect(compared.json().error.reason).toBe('round_not_closed');
  });

  it('accepts only the round’s own filters (400 unknown_filter on filter)', async () => {
    for (const filter of ['cohort:x', 'area:anything', '']) {
      for (const url of urls(round.id, `?filter=${encodeURIComponent(filter)}`)) {
        const res = await call(url);
        expect(res.statusCode, `${filter} ${url}`).toBe(400);
        expect(res.json().error.reason).toBe('unknown_filter');
        expect(res.json().error.fields.filter).toContain('målingens egne grupper');
      }
    }
  });

  it('refuses a breakdown outside the fixed set, unknown parameters, and comparing a round with itself', async () => {
    for (const [query, field] of [
      ['?breakdown=person', 'breakdown'],
      ['?breakdown=unitField', 'breakdown'],
      ['?respondent=1', 'respondent'],
      ['?compare=nope', 'compare'],
      [`?compare=${round.id}`, 'compare'],
    ] as const) {
      for (const url of urls(round.id, query)) {
        const res = await call(url);
        expect(res.statusCode, url).toBe(400);
        expect(res.json().error.code).toBe('validation_failed');
        expect(Object.keys(res.json().error.fields ?? {}), url).toContain(field);
      }
    }
  });

  it('writes nothing to the audit log when read', async () => {
    const before = await get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select('id')
      .where('organisation_id', '=', org)
      .execute();
    for (const url of urls(round.id)) expect((await call(url)).statusCode).toBe(200);
    const after = await get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select('id')
      .where('organisation_id', '=', org)
      .execute();
    expect(after.length).toBe(before.length);
  });
});
