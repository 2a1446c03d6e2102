import { isLeader, LevelSchema } from '../../../../core/organisation.js';
import { normaliseRoles, type Role } from '../../../../core/roles.js';
import { EmailSchema } from '../../../../core/schemas/common.js';
import type { RoleMapping } from '../../../../core/schemas/sso.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Trx } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import {
  findMembership,
  insertMembership,
  lockOrganisation,
  updateMembership,
} from '../organisations/organisations.repository.js';
import { parseRoles, serialiseRoles } from '../organisations/organisations.service.js';
import { SsoRefusal } from './oidc-client.js';
import * as repo from './sso.repository.js';
import type { SsoConfigRow } from './sso.tables.js';

/** What the provider said about the person, read through the organisation's claim names. */
export interface SsoProfile {
  externalId: string;
  email: string;
  name: string;
  /** null when the token has no groups claim (Entra leaves it out for people in very many groups). */
  groups: string[] | null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

/** Reads the configured claims; a missing e-mail or external id is a refusal, never a half account. */
export function readProfile(row: SsoConfigRow, claims: Record<string, unknown>): SsoProfile {
  const externalId = text(claims[row.external_id_claim]);
  if (!externalId)
    throw new SsoRefusal('claims', `the token has no "${row.external_id_claim}" claim (external id)`);
  const rawEmail = text(claims[row.email_claim]);
  if (!rawEmail) throw new SsoRefusal('claims', `the token has no "${row.email_claim}" claim (e-mail)`);
  const email = EmailSchema.safeParse(rawEmail);
  if (!email.success)
    throw new SsoRefusal('claims', `the "${row.email_claim}" claim is not an e-mail address`);
  // Keycloak can pass on addresses nobody has verified; such an address never finds a person.
  if (claims.email_verified === false) {
    throw new SsoRefusal(
      'claims',
      'the provider says the e-mail address is not verified (email_verified=false)',
    );
  }
  const rawGroups = row.groups_claim ? claims[row.groups_claim] : undefined;
  const single = text(rawGroups);
  const groups = Array.isArray(rawGroups)
    ? rawGroups.map(text).filter((g): g is string => g !== null)
    : single
      ? [single]
      : null;
  return { externalId, email: email.data, name: text(claims[row.name_claim]) ?? email.data, groups };
}

/** Roles the mapping manages, and those the person's groups give. */
export function mappedRoles(mappings: RoleMapping[], groups: string[]) {
  const managed = new Set<Role>(mappings.flatMap((m) => m.roles));
  const given = new Set<Role>(mappings.filter((m) => groups.includes(m.value)).flatMap((m) => m.roles));
  return { managed, given };
}

/** Finds the person: by linked identity, then by external id, then by e-mail. */
async function findPerson(trx: Trx, row: SsoConfigRow, profile: SsoProfile) {
  const org = row.organisation_id;
  const persons = () =>
    trx
      .selectFrom('persons')
      .select(['id', 'user_id', 'level', 'left_at', 'name'])
      .where('organisation_id', '=', org);
  const identity = await repo.findIdentity(trx, org, row.issuer, profile.externalId);
  if (identity) {
    const linked = await persons().where('user_id', '=', identity.user_id).executeTakeFirst();
    if (linked) return { person: linked, identityId: identity.id };
  }
  const byExternal = await persons().where('external_id', '=', profile.externalId).executeTakeFirst();
  if (byExternal) return { person: byExternal, identityId: identity?.id ?? null };
  const byEmail = await persons().where('email', '=', profile.email).execute();
  const current = byEmail.filter((p) => p.left_at === null);
  if (current.length > 1)
    throw new SsoRefusal('no_person', `${current.length} persons have the e-mail address`);
  const person = current[0] ?? byEmail[0];
  if (!person) throw new SsoRefusal('no_person', 'no person matches the external id or the e-mail address');
  return { person, identityId: identity?.id ?? null };
}

/**
 * Matches the person behind a provider login to the organisation's people and makes sure they
 * have an account and a membership with the right roles, all in one transaction: a refusal leaves
 * nothing behind. Answers the account's id.
 */
export async function provision(
  ctx: AppContext,
  row: SsoConfigRow,
  profile: SsoProfile,
  /**
   * Only the control test turns the lock off, to show the race it prevents; `afterRead` lets it
   * hold every transaction between its reads and its writes.
   */
  options: { unsafeWithoutLock?: boolean; afterRead?: () => Promise<void> } = {},
): Promise<string> {
  const orgId = row.organisation_id;
  return ctx.db.kysely.transaction().execute(async (trx) => {
    // First logins of the same person from two tabs must not make two accounts.
    if (!options.unsafeWithoutLock) await lockOrganisation(trx, ctx.db.dialect, orgId);
    const now = ctx.clock.now().toISOString();
    const { person, identityId } = await findPerson(trx, row, profile);
    if (person.left_at) throw new SsoRefusal('person_left', `person ${person.id} is marked as left`);

    let userId = person.user_id;
    let createdAccount = false;
    if (!userId) {
      const existing = await trx
        .selectFrom('users')
        .select('id')
        .where('email', '=', profile.email)
        .executeTakeFirst();
      if (existing) {
        // An account another organisation vouches for is never handed to this provider.
        const elsewhere = await trx
          .selectFrom('memberships')
          .select('organisation_id')
          .where('user_id', '=', existing.id)
          .where('organisation_id', '!=', orgId)
          .executeTakeFirst();
        const here = await findMembership(trx, orgId, existing.id);
        if (elsewhere && !here) {
          throw new SsoRefusal(
            'account_conflict',
            'the e-mail belongs to an account of another organisation',
          );
        }
        userId = existing.id;
      } else {
        userId = newId();
        createdAccount = true;
        await trx
          .insertInto('users')
          .values({
            id: userId,
            email: profile.email,
            name: profile.name,
            password_hash: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
      }
      await trx
        .updateTable('persons')
        .set({ user_id: userId, updated_at: now })
        .where('id', '=', person.id)
        .execute();
    }
    if (identityId) await repo.touchIdentity(trx, identityId, now);
    else {
      // The account already answers to another identity at this provider: a second identity
      // with the same e-mail is someone else (or a changed address), never silently the same.
      const other = await trx
        .selectFrom('user_identities')
        .select('subject')
        .where('organisation_id', '=', orgId)
        .where('issuer', '=', row.issuer)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (other) {
        throw new SsoRefusal(
          'account_conflict',
          `person ${person.id} is linked to another identity at this provider (${other.subject}), not ${profile.externalId}`,
        );
      }
      await repo.insertIdentity(trx, {
        id: newId(),
        organisation_id: orgId,
        user_id: userId,
        issuer: row.issuer,
        subject: profile.externalId,
        now,
      });
      await recordAudit(trx, ctx.clock, {
        organisationId: orgId,
        actorUserId: null,
        action: 'user.sso_linked',
        entityType: 'user',
        entityId: userId,
        changes: { person: person.id, issuer: row.issuer, subject: profile.externalId },
      });
    }

    const mappings = JSON.parse(row.role_mappings) as RoleMapping[];
    const { managed, given } = mappedRoles(mappings, profile.groups ?? []);
    const membership = await findMembership(trx, orgId, userId);
    if (membership?.deactivated_at)
      throw new SsoRefusal('deactivated', `the membership of ${userId} is deactivated`);
    if (!membership) {
      const level = LevelSchema.safeParse(person.level);
      const leader = level.success && isLeader(level.data);
      const leaderRoles = leader ? (JSON.parse(row.leader_roles) as Role[]) : [];
      const roles = normaliseRoles(['employee', ...leaderRoles, ...given]);
      await insertMembership(trx, {
        organisation_id: orgId,
        user_id: userId,
        roles: serialiseRoles(roles),
        deactivated_at: null,
        created_at: now,
      });
      await recordAudit(trx, ctx.clock, {
        organisationId: orgId,
        actorUserId: null,
        action: 'user.joined_via_sso',
        entityType: 'user',
        entityId: userId,
        changes: { person: person.id, roles, newAccount: createdAccount },
      });
    } else if (profile.groups !== null) {
      // Roles the mapping manages follow the provider's groups at every login; others stay as set
      // in Aktion. Without a groups claim nothing is known, so nothing changes.
      const before = parseRoles(membership.roles);
      const kept = normaliseRoles([...before.filter((r) => !managed.has(r)), ...given]);
      const after = kept.length > 0 ? kept : (['employee'] as Role[]);
      if (serialiseRoles(after) !== serialiseRoles(before)) {
        await updateMembership(trx, orgId, userId, { roles: serialiseRoles(after) });
        await recordAudit(trx, ctx.clock, {
          organisationId: orgId,
          actorUserId: null,
          action: 'user.roles_changed',
          entityType: 'user',
          entityId: userId,
          changes: { roles: { before, after }, by: 'sso_group_mapping' },
        });
      }
    }
    return userId;
  });
}
