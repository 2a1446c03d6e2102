import type { Role } from '../../../../core/roles.js';
import { hashPassword } from '../../lib/passwords.js';
import { addDefaultFields } from '../../modules/people/fields.service.js';
import type { Db } from '../dialect.js';
import { insertDemoActionLearning } from './action-learning.js';
import { insertDemoAssessment } from './assessment.js';
import { insertDemoCohorts } from './cohorts.js';
import { insertDemoEvents } from './events.js';
import { insertDemoGlossary } from './glossary.js';
import { insertMunicipality } from './insert-municipality.js';
import { insertDemoInsights } from './insights.js';
import { insertDemoLearningSets } from './learning-sets.js';
import { generateMunicipality, type Municipality, stableId } from './municipality.js';
import { insertDemoNarrative } from './narrative.js';
import { insertDemoProgrammes } from './programmes.js';
import { insertDemoResponsibilities } from './responsibilities.js';

/** The seed of Demo Kommune's generator; changing it changes every demo name. */
const DEMO_SEED = 2026;

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
export const demoId = stableId;

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.kysely.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return !row;
}

/**
 * Where the demo logins sit in Demo Kommune: the administrator and the facilitator in "Personale og
 * Organisation", the participant leading a care home in an area, the observer in the direktion,
 * the employee in a school.
 */
function placeDemoLogins(m: Municipality): Map<string, (typeof DEMO_USERS)[number]> {
  const byEmail = new Map(DEMO_USERS.map((u) => [u.email, u]));
  const unitByName = (name: string) => m.units.find((u) => u.name === name)!;
  const hr = unitByName('Personale og Organisation');
  const care = m.units.find((u) => u.kind === 'institution' && u.name.startsWith('Plejecenter'))!;
  const school = m.units.find((u) => u.kind === 'institution' && u.field === 'skole')!;
  const find = (pred: (p: Municipality['persons'][number]) => boolean, nth = 0) =>
    m.persons.filter(pred)[nth]!.externalId;
  return new Map([
    [find((p) => p.unitKey === hr.key && p.level === 'medarbejder'), byEmail.get('admin@demo.aktion.dk')!],
    [
      find((p) => p.unitKey === hr.key && p.level === 'medarbejder', 1),
      byEmail.get('facilitator@demo.aktion.dk')!,
    ],
    [find((p) => p.manages === care.key), byEmail.get('leder@demo.aktion.dk')!],
    [find((p) => p.unitKey === 'direktion' && !p.manages), byEmail.get('direktion@demo.aktion.dk')!],
    [
      find((p) => p.unitKey === school.key && p.level === 'medarbejder'),
      byEmail.get('medarbejder@demo.aktion.dk')!,
    ],
  ]);
}

/**
 * Seeds "Demo Kommune": a fictional mid-size municipality (150 units, 350 leaders, 6,000
 * employees, from a fixed seed) and one account per role, each placed as a person in it. The one
 * deterministic seed that later modules extend by adding a step here.
 */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organisationId = demoId('organisation');
  const municipality = generateMunicipality(DEMO_SEED);
  const logins = placeDemoLogins(municipality);
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
    await addDefaultFields(trx, organisationId, at);
    const fields = await trx
      .selectFrom('professional_fields')
      .select(['id', 'key'])
      .where('organisation_id', '=', organisationId)
      .execute();
    await insertMunicipality(trx, organisationId, municipality, {
      nowIso: at,
      fieldIds: new Map(fields.map((f) => [f.key, f.id])),
      idOf: (kind, externalId) => demoId(`${kind}:${externalId}`),
      override: (externalId) => {
        const login = logins.get(externalId);
        return login
          ? { name: login.name, email: login.email, user_id: demoId(`user:${login.email}`) }
          : undefined;
      },
    });
    await insertDemoEvents(trx, organisationId, now);
    await insertDemoProgrammes(trx, organisationId, now);
    await insertDemoCohorts(trx, organisationId, now);
    await insertDemoLearningSets(trx, organisationId, now);
    await insertDemoActionLearning(trx, organisationId, now);
    await insertDemoInsights(trx, organisationId, now);
    await insertDemoAssessment(trx, organisationId, now);
    await insertDemoResponsibilities(trx, organisationId, now);
    await insertDemoNarrative(trx, organisationId, now);
    await insertDemoGlossary(trx, organisationId, now);
  });
}
