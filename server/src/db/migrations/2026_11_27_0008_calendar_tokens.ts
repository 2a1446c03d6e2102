import type { AnyDb } from './helpers.js';
import { timestampType } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  const ts = timestampType(db);
  // A person's private calendar subscription link: one per account and organisation, renewing
  // replaces the row. Only the token's SHA-256 is stored.
  await db.schema
    .createTable('calendar_tokens')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_tokens_pk', ['user_id', 'organisation_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('calendar_tokens').execute();
}
