import { beforeAll, expect, it } from 'vitest';
import { readability } from '../../../../core/plain-language/lix.js';
import { DEFAULT_FOCUS_AREAS } from '../../../../core/programme-template.js';
import type { NarrativeDiff, NarrativeReadingRes } from '../../../../core/schemas/narrative.js';
import { DEMO_PASSWORD, seedDemo } from '../../db/seed/demo.js';
import { DEMO_NARRATIVE } from '../../db/seed/narrative.js';
import { describeEachDialect } from '../../test/databases.js';
import { loginAs } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const DAY = 86_400_000;

/** Demo Kommune's narrative as its logins read it, on both databases. */
describeEachDialect('demo narrative', (dialect) => {
  const get = useTestApp(dialect);
  const now = new Date('2026-11-27T10:00:00Z');
  const who: Record<'admin' | 'leder' | 'medarbejder', Session | null> = {
    admin: null,
    leder: null,
    medarbejder: null,
  };
  const read = async (login: keyof typeof who, url = '/api/narrative') =>
    send(get().app, who[login], { method: 'GET', url });
  const reading = async (login: keyof typeof who) => (await read(login)).json<NarrativeReadingRes>();

  beforeAll(async () => {
    await seedDemo(get().ctx.db, now);
    for (const login of Object.keys(who) as Array<keyof typeof who>)
      who[login] = await loginAs(get().app, `${login}@demo.aktion.dk`, DEMO_PASSWORD);
  });

  it('publishes version 2 about three weeks ago, after version 1 about two months ago, tagged with the focus areas', async () => {
    const lene = await reading('leder');
    expect(lene.published).toMatchObject({
      id: DEMO_NARRATIVE.v2,
      version: 2,
      publishedAt: new Date(now.getTime() - 21 * DAY).toISOString(),
      canEdit: false,
      document: { title: 'Vores digitale fortælling' },
    });
    expect(lene.published?.document.parts).toHaveLength(6);
    expect(lene.versions.map((v) => [v.version, v.publishedAt])).toEqual([
      [2, new Date(now.getTime() - 21 * DAY).toISOString()],
      [1, new Date(now.getTime() - 60 * DAY).toISOString()],
    ]);
    expect(lene.focusAreas.map((a) => a.name)).toEqual(DEFAULT_FOCUS_AREAS.map((a) => a.name));
    expect(lene.published?.document.parts.every((p) => p.focusAreaIds.length > 0)).toBe(true);

    const diff = (
      await read('admin', `/api/narrative/versions/${DEMO_NARRATIVE.v2}/diff`)
    ).json<NarrativeDiff>();
    expect(diff).toMatchObject({
      from: { id: DEMO_NARRATIVE.v1, version: 1 },
      added: ['Vi prøver i det små først'],
      removed: [],
      changed: [{ headline: 'Mere tid til det, der kræver mennesker', fields: ['forLeaders'] }],
      moved: false,
      titleChanged: false,
    });
  });

  it('is written plainly: short parts, leader texts, decision principles, LIX about 30', async () => {
    const parts = (await reading('leder')).published?.document.parts ?? [];
    for (const p of parts) {
      expect(p.forLeaders, p.key).not.toBe('');
      expect(p.principles.length, p.key).toBeGreaterThanOrEqual(1);
      expect(p.principles.length, p.key).toBeLessThanOrEqual(2);
      for (const principle of p.principles) expect(principle).toMatch(/^Når vi .*, prioriterer vi[ ,]/);
      const body = readability(p.body);
      expect(body.sentences, p.key).toBeGreaterThanOrEqual(2);
      expect(body.sentences, p.key).toBeLessThanOrEqual(4);
      expect(body.lix, p.key).toBeGreaterThanOrEqual(20);
      expect(body.lix, p.key).toBeLessThanOrEqual(40);
    }
    const whole = parts.flatMap((p) => [`${p.headline}.`, p.body, p.forLeaders, ...p.principles]).join(' ');
    expect(readability(whole).lix).toBeGreaterThanOrEqual(26);
    expect(readability(whole).lix).toBeLessThanOrEqual(40);
  });

  it("shows the three answered questions to all, Lene's open one to her and the administrator", async () => {
    const lene = await reading('leder');
    expect(lene.questions.map((q) => [q.partKey, q.answer !== null, q.mine])).toEqual([
      ['tid-til-mennesker', true, true],
      ['data', true, false],
      ['medarbejderne', true, false],
      ['smaat-foerst', false, true],
    ]);
    const mads = await reading('medarbejder');
    expect(mads.questions.map((q) => [q.partKey, q.mine])).toEqual([
      ['tid-til-mennesker', false],
      ['data', false],
      ['medarbejderne', true],
    ]);
    const admin = await reading('admin');
    expect(admin).toMatchObject({ canManage: true, openQuestions: 1, draft: null });
    expect(admin.questions).toHaveLength(4);
  });
});
