import { beforeAll, expect, it } from 'vitest';
import type { InsightListRes, InsightVersionListRes } from '../../../../core/schemas/insights.js';
import { DEMO_PASSWORD, demoId, seedDemo } from '../../db/seed/demo.js';
import { describeEachDialect } from '../../test/databases.js';
import { loginAs } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

/** The demo's library: found in Danish, shown by visibility, on both databases. */
describeEachDialect('demo insights', (dialect) => {
  const get = useTestApp(dialect);
  let participant: Session;
  let employee: Session;
  const list = async (who: Session, query = '') => {
    const res = await send(get().app, who, { method: 'GET', url: `/api/insights?limit=100${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<InsightListRes>();
  };

  beforeAll(async () => {
    await seedDemo(get().ctx.db);
    participant = await loginAs(get().app, 'leder@demo.aktion.dk', DEMO_PASSWORD);
    employee = await loginAs(get().app, 'medarbejder@demo.aktion.dk', DEMO_PASSWORD);
  });

  it('shows the cohort’s participants all 30, and everyone else those shared with the organisation', async () => {
    expect((await list(participant)).total).toBe(30);
    const shared = await list(employee);
    expect(shared.total).toBe(22);
    expect(shared.items.every((i) => i.visibility === 'organisation')).toBe(true);
    expect(shared.items.every((i) => i.author.name !== '' && i.cohort?.name === 'Topledelse hold 1')).toBe(
      true,
    );
  });

  it('finds inflected forms in statements and tags', async () => {
    const q = `&q=${encodeURIComponent('automatiseringen')}`;
    const forEmployee = (await list(employee, q)).items.map((i) => i.id);
    const forParticipant = (await list(participant, q)).items.map((i) => i.id);
    expect(forEmployee).toContain(demoId('insight:22'));
    expect(forEmployee).not.toContain(demoId('insight:30'));
    expect(forParticipant).toEqual(expect.arrayContaining([demoId('insight:22'), demoId('insight:30')]));
    const tagged = await list(employee, `&q=${encodeURIComponent('velfærdsteknologien')}`);
    expect(tagged.items.map((i) => i.id)).toEqual([demoId('insight:4')]);
  });

  it('keeps the history of the edited ones', async () => {
    const res = await send(get().app, employee, {
      method: 'GET',
      url: `/api/insights/${demoId('insight:3')}/versions`,
    });
    expect(res.json<InsightVersionListRes>().items.map((v) => v.version)).toEqual([2, 1]);
  });
});
