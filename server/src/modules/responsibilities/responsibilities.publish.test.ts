import { expect, it } from 'vitest';
import type { MatrixDocument, MatrixVersionRes } from '../../../../core/schemas/responsibilities.js';
import { describeEachDialect } from '../../test/databases.js';
import { createUnit, signedInUser } from '../../test/factories.js';
import { insertMatrixVersion, matrixDocument } from '../../test/responsibilities.js';
import { send, useTestApp } from '../../test/test-app.js';

const VERSIONS = '/api/responsibilities/versions';

describeEachDialect(
  'responsibility matrix: publishing what was seen, empty matrices, ended units',
  (dialect) => {
    const get = useTestApp(dialect);

    async function admin() {
      const a = await signedInUser(get().app, get().ctx.db);
      const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
        send(get().app, a.session, { method, url, payload });
      const save = (v: { id: string; revision: number }, document: MatrixDocument) =>
        call('PUT', `${VERSIONS}/${v.id}`, { revision: v.revision, document });
      const publish = (id: string, revision: unknown) =>
        call('POST', `${VERSIONS}/${id}/publish`, { revision });
      const stored = async (id: string) => (await call('GET', `${VERSIONS}/${id}`)).json<MatrixVersionRes>();
      const published = async () =>
        (
          await get()
            .ctx.db.kysely.selectFrom('audit_log')
            .select('id')
            .where('organisation_id', '=', a.organisationId)
            .where('action', '=', 'responsibility_matrix.published')
            .execute()
        ).length;
      return { ...a, call, save, publish, stored, published };
    }

    it('publishes only the revision the editor shows: an older one is 409 stale_edit and nothing is published', async () => {
      const a = await admin();
      const draft = await insertMatrixVersion(get().ctx.db, a.organisationId);
      const colleague = matrixDocument({ tag: 'kollega' });
      expect((await a.save({ id: draft.id, revision: 1 }, colleague)).statusCode).toBe(200);

      const stale = await a.publish(draft.id, 1);
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'conflict', reason: 'stale_edit' });
      expect(stale.json().error.message).toContain('En anden har gemt udkastet');
      const ahead = await a.publish(draft.id, 3);
      expect([ahead.statusCode, ahead.json().error.reason]).toEqual([409, 'stale_edit']);
      expect(await a.stored(draft.id)).toMatchObject({ status: 'draft', revision: 2, publishedAt: null });
      expect(await a.published()).toBe(0);

      const done = await a.publish(draft.id, 2);
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json<MatrixVersionRes>()).toMatchObject({ status: 'published', document: colleague });
      // Published already: that is what a second press says, whatever revision it names.
      const twice = await a.publish(draft.id, 1);
      expect([twice.statusCode, twice.json().error.reason]).toEqual([409, 'version_published']);
      expect(await a.published()).toBe(1);
    });

    it('refuses a publish body without a revision, with another field, or with a revision out of range (400)', async () => {
      const a = await admin();
      const draft = await insertMatrixVersion(get().ctx.db, a.organisationId);
      const url = `${VERSIONS}/${draft.id}/publish`;
      for (const [body, field] of [
        [{}, 'revision'],
        [{ revision: 1, force: true }, 'force'],
        [{ revision: 0 }, 'revision'],
        [{ revision: 1.5 }, 'revision'],
        [{ revision: '1' }, 'revision'],
        [{ revision: 2_147_483_647 }, 'revision'],
        [{ revision: 1e15 }, 'revision'],
      ] as Array<[object, string]>) {
        const res = await a.call('POST', url, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(Object.keys(res.json().error.fields), JSON.stringify(body)).toEqual([field]);
      }
      expect(await a.published()).toBe(0);
    });

    it('refuses a save with a revision beyond what the database holds: 400 on revision, not a server error', async () => {
      const a = await admin();
      const draft = await insertMatrixVersion(get().ctx.db, a.organisationId);
      for (const revision of [2_147_483_647, 1e15, Number.MAX_SAFE_INTEGER]) {
        const res = await a.save({ id: draft.id, revision }, matrixDocument());
        expect(res.statusCode, String(revision)).toBe(400);
        expect(Object.keys(res.json().error.fields)).toEqual(['revision']);
      }
      // The largest revision allowed is merely stale.
      const largest = await a.save({ id: draft.id, revision: 2_147_483_646 }, matrixDocument());
      expect([largest.statusCode, largest.json().error.reason]).toEqual([409, 'stale_edit']);
      expect((await a.stored(draft.id)).revision).toBe(1);
    });

    it('refuses to publish a matrix without tasks or without columns: 409 matrix_empty in plain words', async () => {
      const a = await admin();
      const doc = matrixDocument();
      const noTasks: MatrixDocument = { ...doc, tasks: [] };
      const noColumns: MatrixDocument = { actors: [], taskGroups: doc.taskGroups, tasks: [] };
      for (const document of [noTasks, noColumns]) {
        const draft = await insertMatrixVersion(get().ctx.db, a.organisationId, {
          version: 1 + Math.floor(Math.random() * 1e8),
          document,
        });
        const res = await a.publish(draft.id, 1);
        expect(res.statusCode).toBe(409);
        expect(res.json().error).toMatchObject({
          code: 'conflict',
          reason: 'matrix_empty',
          message:
            'Tabellen over roller og ansvar er tom. Tilføj mindst én opgave og én kolonne, før du udgiver den.',
        });
        expect((await a.stored(draft.id)).status).toBe('draft');
        await get().ctx.db.kysely.deleteFrom('responsibility_matrices').where('id', '=', draft.id).execute();
      }
      const english = await signedInUser(get().app, get().ctx.db, ['admin'], a.organisationId);
      await get()
        .ctx.db.kysely.updateTable('users')
        .set({ locale: 'en' })
        .where('id', '=', english.id)
        .execute();
      const draft = await insertMatrixVersion(get().ctx.db, a.organisationId, { document: noTasks });
      const res = await send(get().app, english.session, {
        method: 'POST',
        url: `${VERSIONS}/${draft.id}/publish`,
        payload: { revision: 1 },
      });
      expect(res.json().error.message).toBe(
        'The table of roles and responsibilities is empty. Add at least one task and one column before you publish it.',
      );
      expect(await a.published()).toBe(0);
    });

    it('refuses linking a column to an ended unit (400 on its membership), unless the column had that unit in the version the draft was made from', async () => {
      const a = await admin();
      const db = get().ctx.db;
      const ended = await createUnit(db, a.organisationId, { name: 'Gammel IT' });
      const alsoEnded = await createUnit(db, a.organisationId, { name: 'Gammel HR' });
      // Version 1 was published while "Gammel IT" still existed, linked from column `itd`.
      await insertMatrixVersion(db, a.organisationId, {
        status: 'published',
        document: matrixDocument({ tag: 'v1', unitId: ended.id }),
      });
      await db.kysely
        .updateTable('units')
        .set({ ended_at: new Date().toISOString() })
        .where('id', 'in', [ended.id, alsoEnded.id])
        .execute();
      const draft = (await a.call('POST', VERSIONS)).json<MatrixVersionRes>();
      expect(draft.version).toBe(2);

      // The column keeps the unit it had: an old draft still saves.
      const kept = await a.save(draft, matrixDocument({ tag: 'v2', unitId: ended.id }));
      expect(kept.statusCode, kept.body).toBe(200);
      // Another ended unit, or the ended unit on another column, is refused.
      const other = await a.save({ id: draft.id, revision: 2 }, matrixDocument({ unitId: alsoEnded.id }));
      expect(other.statusCode).toBe(400);
      expect(other.json().error.fields).toEqual({
        'document.actors.2.membership': 'Enheden er nedlagt. Vælg en anden.',
      });
      const moved = matrixDocument({ unitId: ended.id });
      moved.actors[1] = { key: 'ledere', name: 'Ledere', membership: { kind: 'unit', unitId: ended.id } };
      const elsewhere = await a.save({ id: draft.id, revision: 2 }, moved);
      expect(elsewhere.json().error.fields).toEqual({
        'document.actors.1.membership': 'Enheden er nedlagt. Vælg en anden.',
      });
      expect((await a.stored(draft.id)).revision).toBe(2);

      // A first draft has no earlier version: an ended unit is refused outright.
      const b = await admin();
      const unit = await createUnit(db, b.organisationId);
      await db.kysely
        .updateTable('units')
        .set({ ended_at: new Date().toISOString() })
        .where('id', '=', unit.id)
        .execute();
      const first = await insertMatrixVersion(db, b.organisationId);
      const refused = await b.save({ id: first.id, revision: 1 }, matrixDocument({ unitId: unit.id }));
      expect(refused.statusCode).toBe(400);
      expect(Object.keys(refused.json().error.fields)).toEqual(['document.actors.2.membership']);
    });
  },
);
