import { type BuiltApp, buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createDb } from './db/dialect.js';
import { migrateToLatest } from './db/migrate.js';
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, seedDemo } from './db/seed/demo.js';
import { withSecretKey } from './lib/secret-box.js';

async function main(): Promise<void> {
  const config = withSecretKey(loadConfig());
  const db = createDb(config.databaseUrl);
  let built: BuiltApp | null = null;

  // Installed first, so a stop during migration or seeding is as clean as one while serving.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    if (built) {
      built.app.log.info({ signal }, 'shutting down');
      await built.runner.stop();
      await built.app.close(); // closes the database too (onClose below)
    } else {
      await db.close();
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await migrateToLatest(db);
  const seeded = config.demo && (await isDatabaseEmpty(db));
  if (seeded) await seedDemo(db);

  built = await buildApp(config, { db });
  const { app, runner } = built;
  app.addHook('onClose', () => db.close());
  const address = await app.listen({ port: config.port, host: config.host });
  if (config.runJobs) runner.start();

  const lines = [
    '',
    `  Aktion kører på ${config.port === 0 ? address : config.publicUrl}`,
    `  Database: ${db.dialect === 'sqlite' ? `SQLite (${db.sqlitePath})` : 'PostgreSQL'}`,
  ];
  if (config.demo) {
    lines.push(
      `  Demodata${seeded ? ' er lagt ind' : ''} — kun til afprøvning. Adgangskode for alle: ${DEMO_PASSWORD}`,
      ...DEMO_USERS.map((u) => `    ${u.email.padEnd(30)} ${u.label}`),
    );
  }
  if (!config.smtpUrl) lines.push('  Ingen SMTP_URL: mails gemmes i udbakken (GET /api/dev/outbox).');
  console.log(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
