import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** SQLite file path (or ':memory:'); null on PostgreSQL. */
  sqlitePath: string | null;
  sqlite: SQLite.Database | null;
  /** PostgreSQL: the schema the connections' search_path names, when one was given (tests). */
  schema?: string;
  close(): Promise<void>;
}

// PostgreSQL returns timestamps and bigint counts in the same shape as SQLite does:
// ISO-8601 strings in UTC and plain numbers. Set once for the process.
pg.types.setTypeParser(1184, (v) => new Date(v).toISOString()); // timestamptz
pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString()); // timestamp
pg.types.setTypeParser(20, (v) => Number(v)); // int8 (count(*))

/**
 * Every SQLite transaction starts with BEGIN IMMEDIATE: it takes the write lock up front, so a
 * check-then-insert cannot interleave with another process's write (the CLI beside the server).
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #sqliteConfig: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#sqliteConfig = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#sqliteConfig);
  }
}

/**
 * better-sqlite3 with its prepared statements kept by SQL text: preparing a statement on every
 * query cost 13 % of a registration rush. Statements run synchronously one at a time, so one
 * statement per text is safe; the cache is emptied if odd queries (long IN lists) fill it.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDialectConfig['database'] {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= 1000) cache.clear();
        statement = sqlite.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}

export interface CreateDbOptions {
  /** PostgreSQL only: the schema to work in (tests use one schema per test file). */
  searchPath?: string;
  poolSize?: number;
}

export function createDb(databaseUrl: string, options: CreateDbOptions = {}): Db {
  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length) || ':memory:';
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const kysely = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }),
    });
    return {
      kysely,
      dialect: 'sqlite',
      sqlitePath: path,
      sqlite,
      close: () => kysely.destroy(),
    };
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: 'postgres',
    sqlitePath: null,
    sqlite: null,
    ...(options.searchPath ? { schema: options.searchPath } : {}),
    close: () => kysely.destroy(),
  };
}
