import { createHash } from 'node:crypto';
import type { Role } from '../../../../core/roles.js';
import { hashPassword } from '../../lib/passwords.js';
import type { Db } from '../dialect.js';

/** The demo password of every seeded account. Demo data only: real accounts need 12+ characters. */
export const DEMO_PASSWORD = 'aktion-demo';

export const DEMO_ORGANISATION = { name: 'Demo Kommune', slug: 'demo-kommune' } as const;

/** The demo logins; they never change, whatever later modules add to the seed. */
export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; roles: Role[]; label: string }> = [
  { email: 'admin@demo.aktion.dk', name: 'Anne Administrator', roles: ['admin'], label: 'administrator' },
  {
    email: 'facilitator@demo.aktion.dk',
    name: 'Frederik Facilitator',
    roles: ['facilitator'],
    label: 'facilitator',
  },
  {
    email: 'leder@demo.aktion.dk',
    name: 'Lene Leder',
    roles: ['participant', 'employee'],
    label: 'deltager (leder)',
  },
  {
    email: 'direktion@demo.aktion.dk',
    name: 'Dorthe Direktør',
    roles: ['observer'],
    label: 'observatør (direktion)',
  },
  {
    email: 'medarbejder@demo.aktion.dk',
    name: 'Mads Medarbejder',
    roles: ['employee'],
    label: 'medarbejder',
  },
];

/** Stable ids for seeded rows, so links into the demo stay the same between installs. */
export function demoId(name: string): string {
  const h = createHash('sha256').update(`aktion-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.kysely.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return !row;
}

/**
 * Seeds "Demo Kommune" with one account per role. One deterministic seed that later modules
 * extend (units, people, programmes, events …) by adding a step here.
 */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organisationId = demoId('organisation');
  await db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('organisations')
      .values({
        id: organisationId,
        name: DEMO_ORGANISATION.name,
        slug: DEMO_ORGANISATION.slug,
        created_at: at,
      })
      .execute();
    for (const u of DEMO_USERS) {
      const userId = demoId(`user:${u.email}`);
      await trx
        .insertInto('users')
        .values({
          id: userId,
          email: u.email,
          name: u.name,
          password_hash: passwordHash,
          locale: 'da',
          is_demo: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .insertInto('memberships')
        .values({
          organisation_id: organisationId,
          user_id: userId,
          roles: JSON.stringify(u.roles),
          deactivated_at: null,
          created_at: at,
        })
        .execute();
    }
  });
}
