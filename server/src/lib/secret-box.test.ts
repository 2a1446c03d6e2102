import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, openTestDb, type TestDb } from '../test/databases.js';
import { SecretBox, verifySecretKey } from './secret-box.js';

const KEY = 'a-key-of-at-least-thirty-two-characters!';

it('seals with a fresh nonce each time and opens only with the same key', () => {
  const box = new SecretBox(KEY);
  const a = box.seal('JBSWY3DPEHPK3PXP');
  expect(a).not.toBe(box.seal('JBSWY3DPEHPK3PXP'));
  expect(a).not.toContain('JBSWY3DPEHPK3PXP');
  expect(box.open(a)).toBe('JBSWY3DPEHPK3PXP');
  expect(() => new SecretBox(`${KEY}x`).open(a)).toThrow();
  const tampered = `${a.slice(0, -2)}${a.endsWith('A') ? 'B' : 'A'}${a.slice(-1)}`;
  expect(() => box.open(tampered)).toThrow();
  expect(() => box.open('v1.short')).toThrow(/too short/);
});

describeEachDialect('secret key check', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(dialect);
  });
  afterAll(() => db.drop());

  it('remembers the first key and refuses to start with another', async () => {
    await verifySecretKey(db.kysely, new SecretBox(KEY));
    await verifySecretKey(db.kysely, new SecretBox(KEY));
    await expect(verifySecretKey(db.kysely, new SecretBox(`other-${KEY}`))).rejects.toThrow(
      /AKTION_SECRET_KEY/,
    );
  });
});
