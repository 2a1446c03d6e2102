import type { Locale } from '../../../../core/schemas/common.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import type { Actor } from '../../lib/policy.js';
import { findMembership, findOrganisation } from '../organisations/organisations.repository.js';
import { parseRoles } from '../organisations/organisations.service.js';
import { listPasswordOffOrganisations } from '../sso/sso.repository.js';
import * as repo from './auth.repository.js';

/** Makes another of my organisations the active one. Not a member (or deactivated): 404. */
export async function switchOrganisation(
  ctx: AppContext,
  actor: Actor,
  organisationId: string,
): Promise<Actor> {
  // A provider vouches for its own organisation only: its session never reaches another one.
  if (actor.signedInWith === 'sso' && organisationId !== actor.organisationId) {
    throw new AppError('forbidden', 'sso.switch_refused', { reason: 'sso_session_pinned' });
  }
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const membership = await findMembership(trx, organisationId, actor.userId);
    if (!membership || membership.deactivated_at !== null) throw notFound();
    // The password form's rule holds however a password session got here.
    const roles = parseRoles(membership.roles);
    if (
      actor.signedInWith === 'password' &&
      !roles.includes('admin') &&
      (await listPasswordOffOrganisations(trx, [organisationId])).length > 0
    ) {
      const org = await findOrganisation(trx, organisationId);
      throw new AppError('forbidden', 'sso.password_login_off', {
        reason: 'password_login_off',
        params: { organisation: org?.name ?? '' },
      });
    }
    await repo.setSessionOrganisation(trx, actor.sessionId, organisationId);
    await recordAudit(trx, ctx.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'user.switched_organisation',
      entityType: 'user',
      entityId: actor.userId,
      changes: { from: actor.organisationId },
    });
    return { ...actor, organisationId, roles };
  });
}

export async function updateLocale(ctx: AppContext, actor: Actor, locale: Locale): Promise<Actor> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ locale, updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', actor.userId)
      .execute();
    if (actor.organisationId) {
      await recordAudit(trx, ctx.clock, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'user.locale_changed',
        entityType: 'user',
        entityId: actor.userId,
        changes: { locale: { from: actor.locale, to: locale } },
      });
    }
  });
  return { ...actor, locale };
}
