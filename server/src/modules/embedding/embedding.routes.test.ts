import { beforeAll, describe, expect, it } from 'vitest';
import { Limits } from '../../../../core/limits.js';
import { ROLES } from '../../../../core/roles.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const URL = '/api/organisations/current/embed-origins';

describeEachDialect('embed origins (admin API)', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Awaited<ReturnType<typeof signedInUser>>;

  beforeAll(async () => {
    admin = await signedInUser(get().app, get().ctx.db, ['admin']);
  });

  const put = (session: Session | null, origins: unknown, headers: Record<string, string> = {}) =>
    send(get().app, session, { method: 'PUT', url: URL, payload: { origins }, headers });
  const list = (session: Session | null) => send(get().app, session, { method: 'GET', url: URL });

  describe('who may', () => {
    it('answers 401 without a session', async () => {
      expect((await list(null)).statusCode).toBe(401);
      const res = await put(null, ['https://www.viborg.dk']);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    });

    it('answers 403 to everyone but administrators', async () => {
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const user = await signedInUser(get().app, get().ctx.db, [role]);
        expect((await list(user.session)).statusCode, role).toBe(403);
        const res = await put(user.session, ['https://www.viborg.dk']);
        expect(res.statusCode, role).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
    });
  });

  describe('validation', () => {
    const cases: [string, unknown, string][] = [
      ['a path', ['https://www.viborg.dk/kurser'], 'sti|path|efter navnet'],
      ['a trailing slash', ['https://www.viborg.dk/'], 'efter navnet'],
      ['a query', ['https://www.viborg.dk?a=1'], 'efter navnet'],
      ['a wildcard', ['https://*.viborg.dk'], '\\*'],
      ['http outside localhost', ['http://www.viborg.dk'], 'https://'],
      ['no scheme', ['www.viborg.dk'], 'https:// foran'],
      ['another scheme', ['ftp://www.viborg.dk'], 'https://'],
      [
        'a duplicate after normalising',
        ['https://www.viborg.dk', 'https://WWW.viborg.dk:443'],
        'flere gange',
      ],
      [
        'too many',
        Array.from({ length: Limits.embedOriginsMax + 1 }, (_, i) => `https://s${i}.viborg.dk`),
        `højst være ${Limits.embedOriginsMax}`,
      ],
      ['not a list', 'https://www.viborg.dk', ''],
    ];
    for (const [what, origins, message] of cases) {
      it(`refuses ${what} with a message for the field`, async () => {
        const res = await put(admin.session, origins);
        expect(res.statusCode, res.body).toBe(400);
        const error = res.json().error;
        expect(error.code).toBe('validation_failed');
        expect(Object.keys(error.fields)).toEqual(['origins']);
        expect(error.fields.origins).toMatch(new RegExp(message));
      });
    }

    it('answers in the account’s language', async () => {
      const english = await signedInUser(get().app, get().ctx.db, ['admin']);
      const chosen = await send(get().app, english.session, {
        method: 'PUT',
        url: '/api/me/locale',
        payload: { locale: 'en' },
      });
      expect(chosen.statusCode, chosen.body).toBeLessThan(300);
      const res = await put(english.session, ['https://www.viborg.dk/']);
      expect(res.json().error.fields.origins).toContain('no / at the end');
    });

    it('refuses unknown fields', async () => {
      const res = await send(get().app, admin.session, {
        method: 'PUT',
        url: URL,
        payload: { origins: [], extra: 1 },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.extra).toBeTruthy();
    });
  });

  describe('saving', () => {
    it('replaces the list, normalised and sorted, and writes the lists before and after to the log', async () => {
      const owner = await signedInUser(get().app, get().ctx.db, ['admin']);
      expect((await list(owner.session)).json()).toEqual({ origins: [] });

      const first = await put(owner.session, ['https://WWW.Viborg.dk:443', 'http://localhost:5173']);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toEqual({ origins: ['http://localhost:5173', 'https://www.viborg.dk'] });

      const second = await put(owner.session, ['https://www.viborg.dk', 'https://xn--r-3fa9c.dk']);
      expect(second.json()).toEqual({ origins: ['https://www.viborg.dk', 'https://xn--r-3fa9c.dk'] });
      expect((await list(owner.session)).json()).toEqual(second.json());

      // Saving the same list again changes nothing and logs nothing.
      expect((await put(owner.session, ['https://ærø.dk', 'https://www.viborg.dk'])).statusCode).toBe(200);

      const entries = await get()
        .ctx.db.kysely.selectFrom('audit_log')
        .select(['action', 'entity_type', 'actor_user_id', 'changes'])
        .where('organisation_id', '=', owner.organisationId)
        .where('action', '=', 'embed_origins.updated')
        .orderBy('created_at')
        .execute();
      expect(entries.map((e) => JSON.parse(e.changes ?? '{}'))).toEqual([
        { origins: { before: [], after: ['http://localhost:5173', 'https://www.viborg.dk'] } },
        {
          origins: {
            before: ['http://localhost:5173', 'https://www.viborg.dk'],
            after: ['https://www.viborg.dk', 'https://xn--r-3fa9c.dk'],
          },
        },
      ]);
      expect(entries[0]).toMatchObject({ entity_type: 'embed_origins', actor_user_id: owner.id });

      expect((await put(owner.session, [])).json()).toEqual({ origins: [] });
    });

    it('keeps each organisation’s list to itself', async () => {
      const a = await signedInUser(get().app, get().ctx.db, ['admin']);
      const b = await signedInUser(get().app, get().ctx.db, ['admin']);
      await put(a.session, ['https://www.viborg.dk']);
      await put(b.session, ['https://www.kl.dk', 'https://www.viborg.dk']);
      expect((await list(a.session)).json()).toEqual({ origins: ['https://www.viborg.dk'] });
      // B clearing its list leaves A's alone, though both listed the same site.
      await put(b.session, []);
      expect((await list(b.session)).json()).toEqual({ origins: [] });
      expect((await list(a.session)).json()).toEqual({ origins: ['https://www.viborg.dk'] });
    });

    it('makes parallel saves of one organisation end in one of the lists, never an error', async () => {
      const owner = await signedInUser(get().app, get().ctx.db, ['admin']);
      const lists = [['https://a.dk', 'https://b.dk'], ['https://b.dk', 'https://c.dk'], ['https://c.dk']];
      const answers = await Promise.all(lists.map((l) => put(owner.session, l)));
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
      expect(lists).toContainEqual((await list(owner.session)).json().origins);
    });
  });
});
