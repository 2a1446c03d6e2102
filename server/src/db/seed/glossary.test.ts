import { beforeAll, expect, it } from 'vitest';
import { STARTER_GLOSSARY } from '../../../../core/plain-language/starter-glossary.js';
import type { GlossaryRes, ReadabilityReportRes } from '../../../../core/schemas/glossary.js';
import { describeEachDialect } from '../../test/databases.js';
import { loginAs } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, demoId, seedDemo } from './demo.js';

describeEachDialect('demo glossary seed and the readability report on the demo', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  beforeAll(async () => {
    await seedDemo(get().ctx.db, new Date('2026-11-27T10:00:00Z'));
    admin = await loginAs(get().app, 'admin@demo.aktion.dk', DEMO_PASSWORD);
  }, 120_000);

  it('gives Demo Kommune the whole starting glossary with stable ids', async () => {
    const glossary = (
      await send(get().app, admin, { method: 'GET', url: '/api/glossary' })
    ).json<GlossaryRes>();
    expect(glossary.starterMissing).toBe(0);
    expect(glossary.terms).toHaveLength(STARTER_GLOSSARY.length);
    const first = STARTER_GLOSSARY[0]!;
    expect(glossary.terms.find((t) => t.term === first.term)?.id).toBe(demoId(`glossary:${first.term}`));
  });

  it('scores the demo’s texts: programme modules, event descriptions and glossary explanations', async () => {
    const res = await send(get().app, admin, { method: 'GET', url: '/api/readability/report' });
    expect(res.statusCode, res.body).toBe(200);
    const { items, totals } = res.json<ReadabilityReportRes>();
    const texts = Object.fromEntries(totals.map((t) => [t.textType, t.texts]));
    expect(texts.glossary).toBeGreaterThan(40);
    expect(texts.event_description).toBeGreaterThan(0);
    expect(texts.programme_module).toBeGreaterThan(0);
    expect(texts.email).toBe(0);
    expect(items.map((i) => i.lix)).toEqual(items.map((i) => i.lix).sort((a, b) => b - a));
  });
});
