// A fresh PostgreSQL database per scenario, created from the --pg URL and dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Runs one statement on the --pg URL's own database (create / drop database). */
export async function admin(pgUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface FreshDatabase {
  name: string;
  /** The --pg URL with this database's name. */
  url: string;
  /** Drops it (`with (force)`); once, however often it is called. */
  drop: () => Promise<void>;
}

/**
 * `create database aktion_bench_<random>`; the drop is registered with the harness's cleanup too
 * (errors, Ctrl-C), so the database never outlives the run.
 */
export async function freshDatabase(
  pgUrl: string,
  onCleanup: (step: () => Promise<void>) => void,
): Promise<FreshDatabase> {
  const name = `aktion_bench_${randomBytes(6).toString('hex')}`;
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  const drop = async (): Promise<void> => {
    if (dropped) return;
    dropped = true;
    await admin(pgUrl, `drop database if exists "${name}" with (force)`);
    console.log(`  dropped database ${name}`);
  };
  onCleanup(drop);
  await admin(pgUrl, `create database "${name}"`);
  console.log(`  created database ${name}`);
  return { name, url: url.href, drop };
}
