import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config.js';
import type { Db } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import type { Clock } from './clock.js';
import type { SecretBox } from './secret-box.js';

/** A transaction, passed down from the service edge. Functions that lock rows require one. */
export type Trx = Transaction<Database>;
/** Either the database or a transaction: for reads and writes that need no lock. */
export type Executor = Kysely<Database>;

/** What services need from the running app. Built once in buildApp and shared by every module. */
export interface AppContext {
  config: Config;
  db: Db;
  clock: Clock;
  log: FastifyBaseLogger;
  secrets: SecretBox;
}
