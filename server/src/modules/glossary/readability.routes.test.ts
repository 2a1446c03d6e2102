import { beforeAll, expect, it } from 'vitest';
import { DEFAULT_LIX_TARGETS, TEXT_TYPES } from '../../../../core/plain-language/targets.js';
import type { ReadabilityReportRes, ReadabilityTargetsRes } from '../../../../core/schemas/glossary.js';
import { describeEachDialect } from '../../test/databases.js';
import { eventRow } from '../../test/events.js';
import { signedInUser } from '../../test/factories.js';
import {
  insertGlossaryTerm,
  insertNarrativeVersion,
  insertProgrammeWithVersions,
} from '../../test/glossary.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const TARGETS = '/api/readability/targets';
const REPORT = '/api/readability/report';

describeEachDialect('readability: targets and the report', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    admin = a.session;
    org = a.organisationId;
  });
  const call = (method: 'GET' | 'PUT', url: string, payload?: object, who: Session = admin) =>
    send(get().app, who, { method, url, payload });
  const targetsAudit = () =>
    get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select(['entity_type', 'changes'])
      .where('organisation_id', '=', org)
      .where('action', '=', 'readability_targets.updated')
      .execute();

  it('answers 401 without a session, and 403 to those who do not write texts', async () => {
    for (const [method, url] of [
      ['GET', TARGETS],
      ['PUT', TARGETS],
      ['GET', REPORT],
    ] as const) {
      expect((await send(get().app, null, { method, url, payload: { targets: [] } })).statusCode).toBe(401);
    }
    for (const role of ['observer', 'participant', 'employee'] as const) {
      const who = (await signedInUser(get().app, get().ctx.db, [role], org)).session;
      expect((await call('GET', TARGETS, undefined, who)).statusCode, role).toBe(403);
      expect((await call('GET', REPORT, undefined, who)).statusCode, role).toBe(403);
      expect(
        (await call('PUT', TARGETS, { targets: [{ textType: 'email', target: 30 }] }, who)).statusCode,
      ).toBe(403);
    }
    const facilitator = (await signedInUser(get().app, get().ctx.db, ['facilitator'], org)).session;
    const read = await call('GET', TARGETS, undefined, facilitator);
    expect(read.statusCode).toBe(200);
    expect(read.json<ReadabilityTargetsRes>().canEdit).toBe(false);
    expect((await call('GET', REPORT, undefined, facilitator)).statusCode).toBe(200);
    const put = await call('PUT', TARGETS, { targets: [{ textType: 'email', target: 30 }] }, facilitator);
    expect(put.statusCode).toBe(403);
    expect((await call('GET', TARGETS)).json<ReadabilityTargetsRes>().canEdit).toBe(true);
  });

  it('refuses targets outside 20–70, twice the same type and unknown types with 400 naming the field', async () => {
    const fields = async (targets: object[]) => {
      const res = await call('PUT', TARGETS, { targets });
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error.fields;
    };
    expect(await fields([{ textType: 'narrative', target: 10 }])).toEqual({
      'targets.0.target': 'Skal være mindst 20.',
    });
    expect(
      await fields([
        { textType: 'email', target: 30 },
        { textType: 'narrative', target: 80 },
      ]),
    ).toEqual({
      'targets.1.target': 'Må højst være 70.',
    });
    expect(await fields([{ textType: 'narrative', target: 30.5 }])).toHaveProperty(['targets.0.target']);
    expect(await fields([{ textType: 'sms', target: 30 }])).toHaveProperty(['targets.0.textType']);
    expect(
      await fields([
        { textType: 'narrative', target: 30 },
        { textType: 'narrative', target: 50 },
      ]),
    ).toEqual({ 'targets.1.textType': 'Den samme slags tekst står der flere gange. Giv hver slags ét mål.' });
    expect(await fields([])).toHaveProperty('targets');
    expect((await call('GET', `${REPORT}?textType=sms`)).statusCode).toBe(400);
    expect((await call('GET', `${REPORT}?over=yes`)).statusCode).toBe(400);
    expect((await call('GET', `${REPORT}?page=2`)).statusCode).toBe(400);
    expect(await targetsAudit()).toEqual([]);
  });

  it('gives every text type its default target until the organisation sets its own, audited', async () => {
    const owner = await signedInUser(get().app, get().ctx.db);
    const defaults = (await call('GET', TARGETS, undefined, owner.session)).json<ReadabilityTargetsRes>();
    expect(defaults.targets).toEqual(
      TEXT_TYPES.map((t) => ({
        textType: t,
        target: DEFAULT_LIX_TARGETS[t],
        defaultTarget: DEFAULT_LIX_TARGETS[t],
      })),
    );
    const body = { targets: [{ textType: 'narrative', target: 30 }] };
    const saved = await call('PUT', TARGETS, body);
    expect(saved.statusCode, saved.body).toBe(200);
    const byType = Object.fromEntries(
      saved.json<ReadabilityTargetsRes>().targets.map((t) => [t.textType, t]),
    );
    expect(byType.narrative).toEqual({ textType: 'narrative', target: 30, defaultTarget: 40 });
    expect(byType.email?.target).toBe(DEFAULT_LIX_TARGETS.email);
    // Another organisation keeps the defaults.
    const theirs = (await call('GET', TARGETS, undefined, owner.session)).json<ReadabilityTargetsRes>();
    expect(theirs).toEqual(defaults);
    // A second save overwrites; the same values again record nothing.
    await call('PUT', TARGETS, {
      targets: [
        { textType: 'narrative', target: 35 },
        { textType: 'email', target: 40 },
      ],
    });
    await call('PUT', TARGETS, { targets: [{ textType: 'narrative', target: 35 }] });
    const again = (await call('GET', TARGETS)).json<ReadabilityTargetsRes>().targets;
    expect(again.find((t) => t.textType === 'narrative')?.target).toBe(35);
    const rows = await targetsAudit();
    expect(rows.map((r) => [r.entity_type, JSON.parse(r.changes ?? 'null')])).toEqual([
      ['readability_targets', { narrative: [40, 30] }],
      ['readability_targets', { narrative: [30, 35] }],
    ]);
  });

  it('scores the organisation’s texts against its glossary and targets, hardest first', async () => {
    const owner = await signedInUser(get().app, get().ctx.db);
    const db = get().ctx.db;
    const o = owner.organisationId;
    await insertGlossaryTerm(db, o, { term: 'Data', explanation: 'Tal og fakta.' });
    await insertGlossaryTerm(db, o, {
      term: 'Kunstig intelligens',
      variants: ['AI'],
      explanation: 'Computerprogrammer, der kan lære af data og løse opgaver.',
    });
    await insertNarrativeVersion(db, o, {
      version: 1,
      status: 'published',
      parts: [{ headline: 'Gammel del', body: 'Denne del er fra den gamle version af fortællingen.' }],
    });
    await insertNarrativeVersion(db, o, {
      version: 2,
      title: 'Digitalt Viborg',
      parts: [
        {
          headline: 'Data i hverdagen',
          body: 'Vi bruger data til at træffe bedre beslutninger.',
          forLeaders: 'Du skal spørge efter tal.',
        },
        {
          headline: 'Strategien',
          body: 'Implementeringen af digitaliseringsstrategien forudsætter organisatorisk forankring.',
        },
        { headline: 'Kort', body: 'Det er kort.' },
      ],
    });
    const { programmeId } = await insertProgrammeWithVersions(db, o, 'Digital ledelse', [
      [{ title: 'Gammelt modul', description: 'Dette modul hører til den første version af programmet.' }],
      [
        {
          title: 'AI i praksis',
          description:
            'Lederne afprøver kunstig intelligens i egen praksis og deler erfaringerne med hinanden.',
        },
        { title: 'Uden beskrivelse', description: '' },
      ],
    ]);
    const event = eventRow(o, {
      description: 'Kom og hør om robotter i hjemmeplejen. Vi byder på kaffe og kage.',
    });
    await db.kysely
      .insertInto('events')
      .values([event, eventRow(o, { description: '' }), eventRow(o, { description: 'Kom nu.' })])
      .execute();

    const report = async (query = '') => {
      const res = await call('GET', `${REPORT}${query}`, undefined, owner.session);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<ReadabilityReportRes>();
    };
    // LIX by hand = words / sentences + 100 × words over six letters / words.
    const strategy = {
      textType: 'narrative',
      title: 'Strategien',
      context: 'Digitalt Viborg',
      path: '/fortaelling/rediger',
      lix: 89, // 6 / 1 + 100 × 5 / 6 = 89.3
      words: 6,
      target: 40,
      overTarget: true,
      unexplainedTerms: [],
    };
    const module = {
      textType: 'programme_module',
      title: 'AI i praksis',
      context: 'Digital ledelse',
      path: `/programmer/${programmeId}`,
      lix: 70, // 12 / 1 + 100 × 7 / 12 = 70.3
      words: 12,
      target: 45,
      overTarget: true,
      unexplainedTerms: ['Kunstig intelligens'],
    };
    const explanation = {
      textType: 'glossary',
      title: 'Kunstig intelligens',
      context: null,
      path: '/ordliste',
      lix: 31, // 9 / 1 + 100 × 2 / 9 = 31.2
      words: 9,
      target: 35,
      overTarget: false,
      unexplainedTerms: ['Data'],
    };
    const eventItem = {
      textType: 'event_description',
      title: event.title,
      context: null,
      path: `/admin/arrangementer/${event.id}`,
      lix: 22, // 13 / 2 + 100 × 2 / 13 = 21.9
      words: 13,
      target: 40,
      overTarget: false,
      unexplainedTerms: [],
    };
    const everyday = {
      textType: 'narrative',
      title: 'Data i hverdagen',
      context: 'Digitalt Viborg',
      path: '/fortaelling/rediger',
      lix: 14, // body and "for leaders": 13 / 2 + 100 × 1 / 13 = 14.2
      words: 13,
      target: 40,
      overTarget: false,
      unexplainedTerms: ['Data'],
    };
    const all = await report();
    expect(all.items).toEqual([strategy, module, explanation, eventItem, everyday]);
    expect(all.totals).toEqual([
      { textType: 'narrative', texts: 2, overTarget: 1 },
      { textType: 'programme_module', texts: 1, overTarget: 1 },
      { textType: 'event_description', texts: 1, overTarget: 0 },
      { textType: 'email', texts: 0, overTarget: 0 },
      { textType: 'glossary', texts: 1, overTarget: 0 },
    ]);
    expect((await report('?over=true')).items).toEqual([strategy, module]);
    expect((await report('?over=false')).items).toHaveLength(5);
    const events = await report('?textType=event_description');
    expect(events.items).toEqual([eventItem]);
    expect(events.totals).toEqual(all.totals);

    // The organisation's own targets decide what is over.
    await call('PUT', TARGETS, { targets: [{ textType: 'glossary', target: 30 }] }, owner.session);
    expect((await report('?over=true')).items).toEqual([
      strategy,
      module,
      { ...explanation, target: 30, overTarget: true },
    ]);

    // Nothing of another organisation's texts shows.
    const other = (await call('GET', REPORT)).json<ReadabilityReportRes>();
    expect(JSON.stringify(other)).not.toContain('Strategien');
    expect(JSON.stringify(other)).not.toContain(programmeId);
  });
});
