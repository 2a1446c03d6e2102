import { expect, it } from 'vitest';
import type { MyResponsibilitiesRes } from '../../../../core/schemas/responsibilities.js';
import { describeEachDialect } from '../../test/databases.js';
import { createUnit, signedInUser } from '../../test/factories.js';
import {
  insertMatrixVersion,
  insertResponsibilityGroup,
  linkPerson,
  matrixDocument,
} from '../../test/responsibilities.js';
import { send, useTestApp } from '../../test/test-app.js';
import { columnsOf } from './mine.service.js';

const MINE = '/api/responsibilities/mine';

describeEachDialect('responsibility matrix: what am I responsible for', (dialect) => {
  const get = useTestApp(dialect);

  /**
   * An organisation with a published matrix (chefer, ledere, a unit column on "IT" and a group
   * column on "MED"), units IT → Drift → Servicedesk and a sibling HR, and a newer draft that
   * gives everybody everything (which must not count).
   */
  async function organisation() {
    const db = get().ctx.db;
    const admin = await signedInUser(get().app, db);
    const org = admin.organisationId;
    const it = await createUnit(db, org, { name: 'IT' });
    const drift = await createUnit(db, org, { name: 'Drift', parentId: it.id });
    const desk = await createUnit(db, org, { name: 'Servicedesk', parentId: drift.id });
    const hr = await createUnit(db, org, { name: 'HR' });
    const group = await insertResponsibilityGroup(db, org, { name: 'MED' });
    const document = matrixDocument({ tag: 't', unitId: it.id, groupId: group.id });
    const published = await insertMatrixVersion(db, org, { status: 'published', document });
    const everything = matrixDocument({ tag: 'draft', unitId: hr.id, groupId: group.id });
    for (const task of everything.tasks) task.cells = { chefer: 'A', ledere: 'R', itd: 'R', med: 'R' };
    await insertMatrixVersion(db, org, { version: 2, document: everything });
    /** A signed-in user whose person sits as given; their answer from /mine. */
    const mine = async (
      person: { level?: string; unitId?: string | null; left?: boolean; inGroup?: boolean } | null,
    ) => {
      const user = await signedInUser(get().app, db, ['employee'], org);
      if (person) {
        const p = await linkPerson(db, org, user.id, person);
        if (person.inGroup)
          await db.kysely
            .insertInto('responsibility_group_members')
            .values({ group_id: group.id, person_id: p.id, organisation_id: org })
            .execute();
      }
      const res = await send(get().app, user.session, { method: 'GET', url: MINE });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<MyResponsibilitiesRes>();
    };
    return { org, units: { it, drift, desk, hr }, published, mine };
  }

  const letters = (r: MyResponsibilitiesRes) => r.tasks.map((t) => [t.key, t.letter]);

  it('by level: the tasks where their level column is R or A, with whom to consult and inform', async () => {
    const { mine, published } = await organisation();
    const r = await mine({ level: 'leder' });
    expect(r.version).toMatchObject({ id: published.id, version: 1 });
    expect(r.columns).toEqual([{ key: 'ledere', name: 'Ledere t', via: 'level' }]);
    // Ledere are C on "dashboards": consulted, not responsible, so it is not theirs.
    expect(r.tasks).toEqual([
      {
        key: 'data-quality',
        group: 'data',
        title: 'Sikre datakvalitet t',
        description: '',
        letter: 'A',
        accountable: ['Ledere t'],
        responsible: ['MED t'],
        consulted: [],
        informed: [],
      },
    ]);
  });

  it("by unit: the column's unit or any unit under it counts; a sibling unit does not", async () => {
    const { mine, units } = await organisation();
    for (const unit of [units.it, units.drift, units.desk]) {
      const r = await mine({ unitId: unit.id });
      expect(r.columns, unit.name).toEqual([{ key: 'itd', name: 'IT t', via: 'unit' }]);
      expect(letters(r)).toEqual([['dashboards', 'R']]);
      expect(r.tasks[0]).toMatchObject({
        accountable: ['Chefer t'],
        consulted: ['Ledere t'],
        informed: ['MED t'],
      });
    }
    const outside = await mine({ unitId: units.hr.id });
    expect(outside).toMatchObject({ columns: [], tasks: [] });
  });

  it('an ended unit stands for nobody: neither its own people nor those of the units under it', async () => {
    const { mine, units } = await organisation();
    await get()
      .ctx.db.kysely.updateTable('units')
      .set({ ended_at: new Date().toISOString() })
      .where('id', '=', units.it.id)
      .execute();
    for (const unit of [units.it, units.drift, units.desk]) {
      const r = await mine({ unitId: unit.id, level: 'leder' });
      expect(
        r.columns.map((c) => c.key),
        unit.name,
      ).toEqual(['ledere']);
      expect(letters(r)).toEqual([['data-quality', 'A']]);
    }
  });

  it('by group: a member of the linked group', async () => {
    const { mine } = await organisation();
    const r = await mine({ inGroup: true });
    expect(r.columns).toEqual([{ key: 'med', name: 'MED t', via: 'group' }]);
    expect(letters(r)).toEqual([['data-quality', 'R']]);
  });

  it('several columns at once: each is listed, and the strongest letter wins (A before R)', async () => {
    const { mine, units } = await organisation();
    const r = await mine({ level: 'chef', unitId: units.desk.id, inGroup: true });
    expect(r.columns.map((c) => [c.key, c.via])).toEqual([
      ['chefer', 'level'],
      ['itd', 'unit'],
      ['med', 'group'],
    ]);
    expect(letters(r)).toEqual([
      ['dashboards', 'A'],
      ['data-quality', 'R'],
    ]);
  });

  it('no person in the organisation: no columns and no tasks', async () => {
    const { mine, published } = await organisation();
    expect(await mine(null)).toEqual({
      version: expect.objectContaining({ id: published.id }),
      columns: [],
      tasks: [],
    });
  });

  it('a person who left counts as none (the session refuses them anyway; the rule holds on its own)', async () => {
    const { org, units, published } = await organisation();
    const db = get().ctx.db;
    const user = await signedInUser(get().app, db, ['employee'], org);
    const person = await linkPerson(db, org, user.id, { level: 'chef', unitId: units.it.id });
    const columns = () => columnsOf(db.kysely, org, user.id, published.document);
    expect((await columns()).map((c) => c.key)).toEqual(['chefer', 'itd']);
    await db.kysely
      .updateTable('persons')
      .set({ left_at: new Date().toISOString() })
      .where('id', '=', person.id)
      .execute();
    expect(await columns()).toEqual([]);
  });

  it('before anything is published (a draft does not count): no version', async () => {
    const db = get().ctx.db;
    const user = await signedInUser(get().app, db);
    await linkPerson(db, user.organisationId, user.id, { level: 'leder' });
    await insertMatrixVersion(db, user.organisationId);
    const res = await send(get().app, user.session, { method: 'GET', url: MINE });
    expect(res.json()).toEqual({ version: null, columns: [], tasks: [] });
  });
});
