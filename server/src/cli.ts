import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { createDb } from './db/dialect.js';
import { migrateToLatest } from './db/migrate.js';
import { backupSqlite, createAdmin } from './operations.js';

const HELP = `Aktion — kommandoer for driften

  npm run aktion -- migrate
      Opdaterer databasen (DATABASE_URL) til nyeste skema.
  npm run aktion -- create-admin --org "Viborg Kommune" --email it@viborg.dk [--name "Navn"]
      Opretter organisationen (hvis den ikke findes) og en administrator. Skriver et
      engangslink, hvor administratoren vælger sin adgangskode (gyldigt i 7 dage).
  npm run aktion -- backup <fil>
      Tager en sikkerhedskopi af SQLite-databasen, mens den kører. På PostgreSQL: brug pg_dump.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  const db = createDb(config.databaseUrl);
  try {
    switch (command) {
      case 'migrate': {
        const ran = await migrateToLatest(db);
        console.log(
          ran.length
            ? `Kørte ${ran.length} migrering(er): ${ran.join(', ')}`
            : 'Databasen er allerede opdateret.',
        );
        return 0;
      }
      case 'create-admin': {
        const { values } = parseArgs({
          args: rest,
          options: { org: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
          strict: true,
        });
        if (!values.org || !values.email) {
          console.error('Angiv både --org og --email.\n');
          console.error(HELP);
          return 2;
        }
        await migrateToLatest(db);
        const result = await createAdmin(db, config, {
          organisation: values.org,
          email: values.email,
          name: values.name,
        });
        console.log(
          `Organisation: ${result.organisationName}${result.createdOrganisation ? ' (oprettet)' : ''}`,
        );
        console.log(`Administrator: ${result.email}`);
        console.log(
          `Åbn dette link for at vælge adgangskode (gyldigt i 7 dage, kun én gang):\n  ${result.link}`,
        );
        return 0;
      }
      case 'backup': {
        const file = rest[0];
        if (!file) {
          console.error('Angiv filen, der skal skrives: npm run aktion -- backup <fil>');
          return 2;
        }
        if (db.dialect !== 'sqlite') {
          console.error(
            'Databasen er PostgreSQL: tag sikkerhedskopi med pg_dump, fx\n  pg_dump --format=custom --file=aktion.dump "$DATABASE_URL"',
          );
          return 1;
        }
        const pages = await backupSqlite(db, file);
        console.log(`Sikkerhedskopi skrevet til ${file} (${pages} sider).`);
        return 0;
      }
      default:
        console.error(`Ukendt kommando: ${command}\n`);
        console.error(HELP);
        return 2;
    }
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
