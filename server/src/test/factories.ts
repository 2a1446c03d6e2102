import type { FastifyInstance } from 'fastify';
import type { Role } from '../../../core/roles.js';
import type { MeRes } from '../../../core/schemas/auth.js';
import { testConfig } from '../config.js';
import type { Db } from '../db/dialect.js';
import { newId } from '../lib/ids.js';
import { hashPassword } from '../lib/passwords.js';
import { SecretBox } from '../lib/secret-box.js';
import { SESSION_COOKIE } from '../modules/auth/session.service.js';
import { hashRecoveryCode, newTotpSecret } from '../modules/second-factor/totp.js';
import type { Session } from './test-app.js';

export const TEST_PASSWORD = 'rigtig hest batteri hæfteklamme';
let passwordHash: Promise<string> | null = null;

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`;

export async function createOrganisation(db: Db, name = unique('Kommune')) {
  const id = newId();
  await db.kysely
    .insertInto('organisations')
    .values({ id, name, slug: unique('org'), created_at: new Date().toISOString() })
    .execute();
  return { id, name };
}

/** A user with a membership; creates the organisation when none is given. */
export async function createUser(
  db: Db,
  options: {
    organisationId?: string;
    roles?: Role[];
    email?: string;
    name?: string;
    deactivated?: boolean;
  } = {},
) {
  const organisationId = options.organisationId ?? (await createOrganisation(db)).id;
  const id = newId();
  const email = options.email ?? `${unique('user')}@test.aktion.dk`.toLowerCase();
  const now = new Date().toISOString();
  passwordHash ??= hashPassword(TEST_PASSWORD);
  await db.kysely
    .insertInto('users')
    .values({
      id,
      email,
      name: options.name ?? 'Test Person',
      password_hash: await passwordHash,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db.kysely
    .insertInto('memberships')
    .values({
      organisation_id: organisationId,
      user_id: id,
      roles: JSON.stringify(options.roles ?? ['employee']),
      deactivated_at: options.deactivated ? now : null,
      created_at: now,
    })
    .execute();
  return { id, email, organisationId, password: TEST_PASSWORD };
}

export async function loginAs(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const me = res.json<MeRes>();
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  return {
    cookie: `${SESSION_COOKIE}=${cookie.value}`,
    csrfToken: me.csrfToken,
    userId: me.user.id,
    organisationId: me.activeOrganisationId ?? '',
  };
}

/** A fresh organisation with a signed-in user holding the given roles. */
export async function signedInUser(
  app: FastifyInstance,
  db: Db,
  roles: Role[] = ['admin'],
  organisationId?: string,
) {
  const user = await createUser(db, { roles, organisationId });
  const session = await loginAs(app, user.email);
  return { ...user, session };
}

/** A unit of the organisation (a root unless a parent is given). */
export async function createUnit(
  db: Db,
  organisationId: string,
  options: { name?: string; kind?: string; parentId?: string | null; externalId?: string | null } = {},
) {
  const id = newId();
  const now = new Date().toISOString();
  const name = options.name ?? unique('Enhed');
  await db.kysely
    .insertInto('units')
    .values({
      id,
      organisation_id: organisationId,
      external_id: options.externalId ?? null,
      name,
      kind: options.kind ?? 'afdeling',
      parent_id: options.parentId ?? null,
      manager_person_id: null,
      ended_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, name };
}

export async function createField(db: Db, organisationId: string, name = unique('Fag')) {
  const id = newId();
  await db.kysely
    .insertInto('professional_fields')
    .values({
      id,
      organisation_id: organisationId,
      key: name.toLowerCase(),
      name,
      sort_order: 0,
      archived_at: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return { id, name };
}

export async function createPerson(
  db: Db,
  organisationId: string,
  options: {
    name?: string;
    unitId?: string | null;
    level?: string;
    fieldId?: string | null;
    email?: string | null;
    left?: boolean;
    externalId?: string | null;
  } = {},
) {
  const id = newId();
  const now = new Date().toISOString();
  const name = options.name ?? unique('Person');
  const email = options.email === undefined ? `${unique('p')}@test.aktion.dk` : options.email;
  await db.kysely
    .insertInto('persons')
    .values({
      id,
      organisation_id: organisationId,
      external_id: options.externalId ?? null,
      name,
      email,
      search_text: `${name} ${email ?? ''}`.toLocaleLowerCase('da-DK'),
      job_title: null,
      unit_id: options.unitId ?? null,
      level: options.level ?? 'medarbejder',
      field_id: options.fieldId ?? null,
      user_id: null,
      left_at: options.left ? now : null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, name };
}

/** Seals secrets as the test app does (testConfig's key). */
export const testSecrets = new SecretBox(testConfig().secretKey ?? '');

/**
 * Turns on a second factor for the user (as if enrolled), with two known recovery codes.
 * `confirmed: false` leaves it as an enrolment in progress.
 */
export async function createSecondFactor(db: Db, userId: string, options: { confirmed?: boolean } = {}) {
  const secret = newTotpSecret();
  const now = new Date().toISOString();
  const confirmed = options.confirmed ?? true;
  await db.kysely.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db.kysely.deleteFrom('second_factors').where('user_id', '=', userId).execute();
  await db.kysely
    .insertInto('second_factors')
    .values({
      user_id: userId,
      secret_sealed: testSecrets.seal(secret),
      confirmed_at: confirmed ? now : null,
      created_at: now,
    })
    .execute();
  const recoveryCodes = confirmed ? ['abcde-fghjk', 'mnpqr-stuvw'] : [];
  for (const code of recoveryCodes) {
    await db.kysely
      .insertInto('recovery_codes')
      .values({
        id: newId(),
        user_id: userId,
        code_hash: hashRecoveryCode(code),
        used_at: null,
        created_at: now,
      })
      .execute();
  }
  return { secret, recoveryCodes };
}
