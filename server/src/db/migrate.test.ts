import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, openTestDb, type TestDb } from '../test/databases.js';
import { migrateDown, migrateToLatest } from './migrate.js';
import { DEMO_USERS, demoId, isDatabaseEmpty, seedDemo } from './seed/demo.js';

describeEachDialect('migrations and demo seed', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(dialect);
  });
  afterAll(() => db.drop());

  it('migrates down and up again cleanly', async () => {
    expect(await migrateToLatest(db)).toEqual([]);
    expect(await migrateDown(db)).toEqual(['2026_11_28_0015_employee_voice']);
    expect(await migrateDown(db)).toEqual(['2026_11_28_0014_plain_language']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0013_assessment']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0012_insights']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0011_action_projects_journal']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0010_learning_sets']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0009_reminders_signups_files']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0008_calendar_tokens']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0007_cohorts']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0006_programmes']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0005_mail_attachments_embedding']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0004_events']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0003_sso_second_factor']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0002_organisation']);
    expect(await migrateDown(db)).toEqual(['2026_11_27_0001_foundation']);
    expect(await migrateToLatest(db)).toEqual([
      '2026_11_27_0001_foundation',
      '2026_11_27_0002_organisation',
      '2026_11_27_0003_sso_second_factor',
      '2026_11_27_0004_events',
      '2026_11_27_0005_mail_attachments_embedding',
      '2026_11_27_0006_programmes',
      '2026_11_27_0007_cohorts',
      '2026_11_27_0008_calendar_tokens',
      '2026_11_27_0009_reminders_signups_files',
      '2026_11_27_0010_learning_sets',
      '2026_11_27_0011_action_projects_journal',
      '2026_11_27_0012_insights',
      '2026_11_27_0013_assessment',
      '2026_11_28_0014_plain_language',
      '2026_11_28_0015_employee_voice',
    ]);
  });

  it('seeds Demo Kommune with the fixed logins and ids', async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    await seedDemo(db);
    expect(await isDatabaseEmpty(db)).toBe(false);
    const users = await db.kysely
      .selectFrom('users')
      .select(['id', 'email', 'is_demo'])
      .orderBy('email')
      .execute();
    expect(users.map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email).sort());
    expect(users.every((u) => u.is_demo === 1)).toBe(true);
    expect(users.find((u) => u.email === 'admin@demo.aktion.dk')?.id).toBe(
      demoId('user:admin@demo.aktion.dk'),
    );
    const org = await db.kysely.selectFrom('organisations').selectAll().executeTakeFirstOrThrow();
    expect(org).toMatchObject({ id: demoId('organisation'), name: 'Demo Kommune', slug: 'demo-kommune' });
    const count = async (table: 'units' | 'persons' | 'events', where?: [string, string[]]) => {
      let q = db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
      if (where) q = q.where(where[0] as 'id', 'in', where[1]);
      return Number((await q.executeTakeFirstOrThrow()).n);
    };
    expect(await count('units')).toBe(150);
    expect(await count('persons', ['level', ['direktør', 'chef', 'leder', 'teamleder']])).toBe(350);
    expect(await count('persons', ['level', ['medarbejder']])).toBe(6000);
    // The conference and two internal workshops, open for registration, and the seats of the
    // cohort's workshop held on two dates that participants sign up for.
    expect(await count('events', ['status', ['published']])).toBe(5);
    const conference = await db.kysely
      .selectFrom('events')
      .select(['visibility', 'capacity'])
      .where('slug', '=', 'hr-moeder-digitalisering')
      .executeTakeFirstOrThrow();
    expect(conference).toEqual({ visibility: 'public', capacity: 300 });
    // The logins are people of Demo Kommune.
    const placed = await db.kysely
      .selectFrom('persons')
      .innerJoin('users', 'users.id', 'persons.user_id')
      .innerJoin('units', 'units.id', 'persons.unit_id')
      .select(['users.email', 'persons.level', 'units.name as unit', 'units.kind'])
      .orderBy('users.email')
      .execute();
    expect(placed.map((p) => [p.email, p.level, p.kind])).toEqual([
      ['admin@demo.aktion.dk', 'medarbejder', 'stab'],
      ['direktion@demo.aktion.dk', 'direktør', 'direktion'],
      ['facilitator@demo.aktion.dk', 'medarbejder', 'stab'],
      ['leder@demo.aktion.dk', 'leder', 'institution'],
      ['medarbejder@demo.aktion.dk', 'medarbejder', 'institution'],
    ]);
    expect(placed[0]?.unit).toBe('Personale og Organisation');

    // "Topledelse hold 1": v1, 20 participants, the demo facilitator, a plan with attendance so far.
    const cohort = await db.kysely
      .selectFrom('cohorts')
      .selectAll()
      .where('id', '=', demoId('cohort:topledelse-1'))
      .executeTakeFirstOrThrow();
    expect(cohort).toMatchObject({ name: 'Topledelse hold 1', version_id: demoId('programme-version:v1') });
    const enrolled = await db.kysely
      .selectFrom('cohort_participants')
      .innerJoin('persons', 'persons.id', 'cohort_participants.person_id')
      .select(['persons.level'])
      .where('cohort_id', '=', cohort.id)
      .execute();
    expect(enrolled).toHaveLength(20);
    expect(enrolled.filter((p) => ['direktør', 'chef'].includes(p.level))).toHaveLength(19);
    const plan = await db.kysely
      .selectFrom('cohort_activities')
      .select(['starts_at', 'ends_at'])
      .where('cohort_id', '=', cohort.id)
      .execute();
    const now = new Date().toISOString();
    expect(plan.filter((a) => a.ends_at < now).length).toBeGreaterThanOrEqual(4);
    expect(plan.filter((a) => a.starts_at > now).length).toBeGreaterThan(plan.length / 2);
    const marked = await db.kysely
      .selectFrom('activity_attendance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(marked.n)).toBeGreaterThan(40);
  });
});
