import { beforeAll, expect, it } from 'vitest';
import type {
  MatrixDiff,
  MatrixOverviewRes,
  MyResponsibilitiesRes,
  ResponsibilityGroupRes,
} from '../../../../core/schemas/responsibilities.js';
import { DEMO_PASSWORD, seedDemo } from '../../db/seed/demo.js';
import { DEMO_RESPONSIBILITIES } from '../../db/seed/responsibilities.js';
import { describeEachDialect } from '../../test/databases.js';
import { loginAs } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const DAY = 86_400_000;

/** Demo Kommune's roles and responsibilities as its logins see them, on both databases. */
describeEachDialect('demo responsibility matrix', (dialect) => {
  const get = useTestApp(dialect);
  const now = new Date('2026-11-27T10:00:00Z');
  let admin: Session;
  let lene: Session;
  const read = async <T>(who: Session, url: string) => {
    const res = await send(get().app, who, { method: 'GET', url });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res.json<T>();
  };

  beforeAll(async () => {
    await seedDemo(get().ctx.db, now);
    admin = await loginAs(get().app, 'admin@demo.aktion.dk', DEMO_PASSWORD);
    lene = await loginAs(get().app, 'leder@demo.aktion.dk', DEMO_PASSWORD);
  });

  it('publishes version 2 three weeks ago after version 1 two months ago, with no open draft, valid and linked', async () => {
    const overview = await read<MatrixOverviewRes>(admin, '/api/responsibilities');
    expect(overview.draft).toBeNull();
    expect(overview.versions.map((v) => [v.id, v.version, v.status, v.publishedAt])).toEqual([
      [DEMO_RESPONSIBILITIES.v2, 2, 'published', new Date(now.getTime() - 21 * DAY).toISOString()],
      [DEMO_RESPONSIBILITIES.v1, 1, 'published', new Date(now.getTime() - 60 * DAY).toISOString()],
    ]);
    const published = overview.published;
    expect(published?.validation.errors).toEqual([]);
    expect(published?.links).toEqual([
      { actorKey: 'po', label: 'Personale og Organisation' },
      { actorKey: 'itd', label: 'IT og Digitalisering' },
      { actorKey: 'med', label: 'MED-udvalg' },
    ]);
    expect(published?.validation.warnings.filter((w) => w.code !== 'actor_overloaded')).toEqual([]);
  });

  it('has a MED committee of eight, and a diff between the versions with something in it', async () => {
    const groups = await read<{ items: ResponsibilityGroupRes[] }>(admin, '/api/responsibilities/groups');
    expect(groups.items.map((g) => [g.id, g.name, g.members.length])).toEqual([
      [DEMO_RESPONSIBILITIES.group, 'MED-udvalg', 8],
    ]);
    const diff = await read<MatrixDiff>(
      admin,
      `/api/responsibilities/versions/${DEMO_RESPONSIBILITIES.v2}/diff`,
    );
    expect(diff.tasks.added).toEqual(['Bruge kunstig intelligens ansvarligt']);
    expect(diff.tasks.renamed).toEqual([
      { from: 'Drive fagsystemerne', to: 'Drive og opdatere fagsystemerne' },
    ]);
    expect(diff.cells).toEqual([
      { task: 'Bruge data i den daglige ledelse', actor: 'Medarbejdere', before: 'I', after: 'C' },
    ]);
  });

  it('gives Lene Leder tasks in "Det har jeg ansvar for", as a leader', async () => {
    const mine = await read<MyResponsibilitiesRes>(lene, '/api/responsibilities/mine');
    expect(mine.version).toMatchObject({ id: DEMO_RESPONSIBILITIES.v2, version: 2 });
    expect(mine.columns).toContainEqual({ key: 'ledere', name: 'Ledere', via: 'level' });
    expect(mine.tasks.length).toBeGreaterThanOrEqual(5);
    expect(mine.tasks.map((t) => t.letter)).toContain('A');
  });
});
