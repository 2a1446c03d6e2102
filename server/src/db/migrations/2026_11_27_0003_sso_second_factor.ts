import type { AnyDb } from './helpers.js';
import { jsonType, timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);

  // One single sign-on connection per organisation. Secrets are sealed (AES-GCM) by the app.
  await db.schema
    .createTable('sso_configs')
    .addColumn('organisation_id', 'text', (c) =>
      c.primaryKey().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_secret_sealed', 'text')
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('email_claim', 'text', (c) => c.notNull())
    .addColumn('name_claim', 'text', (c) => c.notNull())
    .addColumn('external_id_claim', 'text', (c) => c.notNull())
    .addColumn('groups_claim', 'text')
    .addColumn('role_mappings', jsonType, (c) => c.notNull())
    .addColumn('leader_roles', jsonType, (c) => c.notNull())
    .addColumn('password_login', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  // A login in progress: kept in the database so any app instance can receive the callback.
  await db.schema
    .createTable('sso_login_states')
    .addColumn('id', 'text', (c) => c.primaryKey()) // sha256 of the state parameter
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    // sha256 of a cookie set on the browser that began the login: only that browser may finish it.
    .addColumn('browser_hash', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sso_login_states_expires_idx')
    .on('sso_login_states')
    .column('expires_at')
    .execute();

  // Which provider identity belongs to which account, so a changed e-mail still finds the person.
  await db.schema
    .createTable('user_identities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('last_login_at', ts, (c) => c.notNull())
    .addUniqueConstraint('user_identities_subject_uq', ['organisation_id', 'issuer', 'subject'])
    .execute();
  await db.schema.createIndex('user_identities_user_idx').on('user_identities').column('user_id').execute();

  await db.schema
    .createTable('second_factors')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret_sealed', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', ts)
    // The last 30-second step a code was accepted for: a code works once.
    .addColumn('last_used_step', 'integer')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recovery_codes_user_idx').on('recovery_codes').column('user_id').execute();

  // Between a correct password and the second factor.
  await db.schema
    .createTable('login_challenges')
    .addColumn('id', 'text', (c) => c.primaryKey()) // sha256 of the challenge token
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('sessions')
    // No foreign key: SQLite cannot drop a column that has one, and sessions are short-lived anyway.
    .addColumn('sso_organisation_id', 'text')
    .execute();
  // Kept only as the hint for ending the provider's session at logout.
  await db.schema.alterTable('sessions').addColumn('id_token', 'text').execute();

  // Installation-wide values; `secret_check` proves the secret key is the one the data was sealed with.
  await db.schema
    .createTable('app_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('app_settings').execute();
  await db.schema.alterTable('sessions').dropColumn('id_token').execute();
  await db.schema.alterTable('sessions').dropColumn('sso_organisation_id').execute();
  for (const table of [
    'login_challenges',
    'recovery_codes',
    'second_factors',
    'user_identities',
    'sso_login_states',
    'sso_configs',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
