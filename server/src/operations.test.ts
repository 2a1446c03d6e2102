import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testConfig } from './config.js';
import { backupSqlite, createAdmin } from './operations.js';
import { describeEachDialect, openTestDb } from './test/databases.js';
import { send, useTestApp } from './test/test-app.js';

describeEachDialect('operator commands', (dialect) => {
  const get = useTestApp(dialect);

  it('create-admin makes the organisation and a first administrator who sets a real password', async () => {
    const { app, ctx } = get();
    const result = await createAdmin(ctx.db, testConfig(), {
      organisation: 'Århus Kommune',
      email: 'IT@Aarhus.dk',
    });
    expect(result).toMatchObject({
      organisationName: 'Århus Kommune',
      createdOrganisation: true,
      email: 'it@aarhus.dk',
    });
    const again = await createAdmin(ctx.db, testConfig(), {
      organisation: 'Århus Kommune',
      email: 'to@aarhus.dk',
    });
    expect(again.createdOrganisation).toBe(false);
    const token = result.link.split('/invitation/')[1]!;
    const short = await app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token, name: 'IT', password: 'aktion-demo' },
    });
    expect(short.statusCode).toBe(400);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token, name: 'IT-chef', password: 'en lang og god adgangskode' },
    });
    expect(ok.json().organisations[0]).toMatchObject({ name: 'Århus Kommune', roles: ['admin'] });
    const cookie = `aktion_session=${ok.cookies[0]!.value}`;
    const users = await send(app, null, { method: 'GET', url: '/api/users', headers: { cookie } });
    expect(users.statusCode).toBe(200);
  });

  it('refuses a malformed address', async () => {
    await expect(
      createAdmin(get().ctx.db, testConfig(), { organisation: 'X', email: 'nope' }),
    ).rejects.toThrow(/e-mail/);
  });
});

describe('backup', () => {
  it('copies an SQLite database while it is open', async () => {
    const db = await openTestDb('sqlite', { shared: true });
    const file = join(mkdtempSync(join(tmpdir(), 'aktion-backup-')), 'copy.sqlite');
    expect(await backupSqlite(db, file)).toBeGreaterThan(0);
    await db.drop();
  });
});
