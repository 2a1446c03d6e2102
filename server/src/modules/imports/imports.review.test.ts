import { expect, it } from 'vitest';
import { IMPORT_MAX_PROBLEMS_SHOWN } from '../../../../core/schemas/imports.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';
import {
  confirm,
  csv,
  importFile,
  PEOPLE_HEADER,
  seedFields,
  UNITS_HEADER,
  unitsOf,
  upload,
} from './imports.test-helpers.js';

// Cases found in review: a plan checked only against the rows it writes, words that name
// Object's own properties, and files built to make the dry run explode.
describeEachDialect('imports under pressure', (dialect) => {
  const get = useTestApp(dialect);
  async function admin() {
    const user = await signedInUser(get().app, get().ctx.db);
    await seedFields(get().ctx.db, user.organisationId);
    return user;
  }

  it('refuses a plan once the organisation changed after the dry run (no cycle can be written)', async () => {
    const { app, ctx } = get();
    const a = await admin();
    await importFile(
      app,
      a.session,
      'units',
      csv(UNITS_HEADER, 'K;Kommune;Direktion;;', 'X;Xenon;Afdeling;K;', 'Y;Yttrium;Afdeling;K;'),
    );
    const preview = await upload(app, a.session, 'units', csv(UNITS_HEADER, 'X;Xenon;Afdeling;Y;'));
    expect(preview.json().canConfirm).toBe(true);
    const units = await unitsOf(ctx.db, a.organisationId);
    const x = units.find((u) => u.external_id === 'X')!;
    const y = units.find((u) => u.external_id === 'Y')!;
    get().clock.advance(1000);
    const moved = await send(app, a.session, {
      method: 'PATCH',
      url: `/api/units/${y.id}`,
      payload: { parentId: x.id },
    });
    expect(moved.statusCode).toBe(200);
    const res = await confirm(app, a.session, preview.json().id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.reason).toBe('import_stale');
    const after = await unitsOf(ctx.db, a.organisationId);
    expect(after.find((u) => u.external_id === 'X')?.parent_id).toBe(
      units.find((u) => u.external_id === 'K')?.id,
    );
  });

  it('reads "constructor" and friends as unknown words, not as a 500', async () => {
    const { app } = get();
    const a = await admin();
    const units = await upload(app, a.session, 'units', csv(UNITS_HEADER, 'C;Ciffer;Constructor;;'));
    expect(units.statusCode).toBe(201);
    expect(units.json().problems.map((p: { code: string }) => p.code)).toContain('unknown_kind');
    await importFile(app, a.session, 'units', csv(UNITS_HEADER, 'U;Enhed;Team;;'));
    const people = await upload(
      app,
      a.session,
      'people',
      csv(PEOPLE_HEADER, 'P;Per;;;U;constructor;', 'Q;Qvist;;;U;toString;'),
    );
    expect(people.statusCode).toBe(201);
    expect(people.json().problems.map((p: { code: string }) => p.code)).toEqual([
      'unknown_level',
      'unknown_level',
    ]);
  });

  it('lists at most a thousand problems and counts the rest; refuses an absurd number of rows', async () => {
    const { app } = get();
    const a = await admin();
    const rows = Array.from({ length: 1500 }, (_, i) => `P${i};Person ${i};ikke-en-mail;;;Medarbejder;`);
    const many = await upload(app, a.session, 'people', csv(PEOPLE_HEADER, ...rows));
    expect(many.statusCode).toBe(201);
    expect(many.json().problems).toHaveLength(IMPORT_MAX_PROBLEMS_SHOWN);
    expect(many.json().counts.problems).toBe(1500);
    const huge = await upload(
      app,
      a.session,
      'people',
      csv(PEOPLE_HEADER, ...Array.from({ length: 100_001 }, () => 'x')),
    );
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.reason).toBe('import_too_many_rows');
  });
});
