import { expect, it } from 'vitest';
import type { ProgrammeVersionRes } from '../../../../core/schemas/programmes.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { createProgrammeVersion } from '../../test/programmes.js';
import { send, useTestApp } from '../../test/test-app.js';

describeEachDialect('programme design: the revision a save names', (dialect) => {
  const get = useTestApp(dialect);

  it('refuses a revision beyond what the database holds with 400 on revision (PostgreSQL: not a server error)', async () => {
    const admin = await signedInUser(get().app, get().ctx.db);
    const { versionId } = await createProgrammeVersion(get().ctx.db, admin.organisationId);
    const url = `/api/programme-versions/${versionId}`;
    const version = (
      await send(get().app, admin.session, { method: 'GET', url })
    ).json<ProgrammeVersionRes>();
    const body = (revision: number) => ({
      name: version.name,
      targetLevels: version.targetLevels,
      revision,
      tracks: [],
    });
    for (const revision of [1e15, 2_147_483_647, Number.MAX_SAFE_INTEGER]) {
      const res = await send(get().app, admin.session, { method: 'PUT', url, payload: body(revision) });
      expect(res.statusCode, `${revision}: ${res.body}`).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['revision']);
    }
    // The largest allowed revision is merely stale; nothing was saved.
    const largest = await send(get().app, admin.session, {
      method: 'PUT',
      url,
      payload: body(2_147_483_646),
    });
    expect([largest.statusCode, largest.json().error.reason]).toEqual([409, 'stale_revision']);
    const after = (await send(get().app, admin.session, { method: 'GET', url })).json<ProgrammeVersionRes>();
    expect(after.revision).toBe(version.revision);
  });
});
