import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';

const VERSION = 'v1';

/**
 * Seals small secrets (TOTP secrets, client secrets) with AES-256-GCM before they reach the
 * database, so a copied database or backup does not give them away without the key.
 */
export class SecretBox {
  readonly #key: Buffer;

  readonly #macKey: Buffer;

  constructor(secret: string) {
    this.#key = createHash('sha256').update(`aktion-secret-box:${secret}`).digest();
    this.#macKey = createHash('sha256').update(`aktion-mac:${secret}`).digest();
  }

  /** An unguessable token derived from `text` (HMAC-SHA256), for values that need not be stored. */
  mac(text: string): string {
    return createHmac('sha256', this.#macKey).update(text).digest('base64url');
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** Throws when the value was sealed with another key or changed. */
  open(sealed: string): string {
    const [version, payload] = sealed.split('.');
    if (version !== VERSION || !payload) throw new Error('unknown sealed-secret format');
    const raw = Buffer.from(payload, 'base64url');
    if (raw.length < 28) throw new Error('sealed secret is too short');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, raw.subarray(0, 12), { authTagLength: 16 });
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/**
 * The configured key, or the one in `secretKeyFile`, made on first start (mode 0600) so that
 * `npm start` works on a fresh machine. Production sets AKTION_SECRET_KEY or keeps the file safe.
 */
export function withSecretKey(config: Config): Config {
  if (config.secretKey) return config;
  const file = config.secretKeyFile;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < 32) throw new Error(`${file} must hold a key of at least 32 characters`);
  return { ...config, secretKey: key };
}

const CHECK_KEY = 'secret_check';
const CHECK_TEXT = 'aktion';

/**
 * Proves at start that the key is the one this database's secrets were sealed with: a wrong key
 * (a second instance with its own key file, a lost AKTION_SECRET_KEY) stops the start with a
 * clear message instead of failing logins later.
 */
export async function verifySecretKey(db: Kysely<Database>, box: SecretBox): Promise<void> {
  const row = await db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', CHECK_KEY)
    .executeTakeFirst();
  if (!row) {
    await db
      .insertInto('app_settings')
      .values({ key: CHECK_KEY, value: box.seal(CHECK_TEXT) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    return;
  }
  let opened: string | null = null;
  try {
    opened = box.open(row.value);
  } catch {
    opened = null;
  }
  if (opened !== CHECK_TEXT) {
    throw new Error(
      'The secret key does not match the one this database was set up with. Give every instance the same AKTION_SECRET_KEY (or the same key file).',
    );
  }
}
