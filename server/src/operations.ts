import type { Config } from './config.js';
import type { Db } from './db/dialect.js';
import { recordAudit } from './lib/audit.js';
import { addMs, DAY, systemClock } from './lib/clock.js';
import { hashToken, newId, newToken } from './lib/ids.js';
import { addStarterTerms } from './modules/glossary/glossary.service.js';
import {
  findOrganisationBySlug,
  insertOrganisation,
} from './modules/organisations/organisations.repository.js';
import { slugify } from './modules/organisations/organisations.service.js';
import { addDefaultFields } from './modules/people/fields.service.js';
import { addDefaultFocusAreas } from './modules/programmes/focus-areas.service.js';

/**
 * The first administrator of a production install (AKTION_DEMO=0): creates the organisation when
 * needed and an admin invitation, whose link sets the password under the normal password policy.
 */
export async function createAdmin(
  db: Db,
  config: Config,
  input: { organisation: string; email: string; name?: string },
) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`Ugyldig e-mailadresse: ${input.email}`);
  const name = input.organisation.trim();
  if (!name) throw new Error('Organisationens navn mangler.');
  const token = newToken();
  const now = systemClock.now();
  return db.kysely.transaction().execute(async (trx) => {
    const slug = slugify(name);
    let organisation = await findOrganisationBySlug(trx, slug);
    const createdOrganisation = !organisation;
    if (!organisation) {
      organisation = { id: newId(), name, slug, created_at: now.toISOString() };
      await insertOrganisation(trx, organisation);
      await addDefaultFields(trx, organisation.id, now.toISOString());
      await addDefaultFocusAreas(trx, systemClock, organisation.id);
      await addStarterTerms(trx, organisation.id, now.toISOString());
    }
    const invitationId = newId();
    await trx
      .insertInto('invitations')
      .values({
        id: invitationId,
        organisation_id: organisation.id,
        email,
        name: input.name?.trim() || email,
        roles: '["admin"]',
        token_hash: hashToken(token),
        invited_by_user_id: null,
        created_at: now.toISOString(),
        expires_at: addMs(now, 7 * DAY).toISOString(),
        accepted_at: null,
        revoked_at: null,
      })
      .execute();
    await recordAudit(trx, systemClock, {
      organisationId: organisation.id,
      actorUserId: null,
      action: 'invitation.created',
      entityType: 'invitation',
      entityId: invitationId,
      changes: { email, roles: ['admin'], via: 'command line' },
    });
    return {
      organisationName: organisation.name,
      createdOrganisation,
      email,
      link: `${config.publicUrl}/invitation/${token}`,
    };
  });
}

/** An online backup of the SQLite file (consistent while the server keeps writing). */
export async function backupSqlite(db: Db, file: string): Promise<number> {
  if (!db.sqlite) throw new Error('not an SQLite database');
  const result = await db.sqlite.backup(file);
  return result.totalPages;
}
