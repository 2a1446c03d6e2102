import type { MeRes } from '../../../../core/schemas/auth.js';
import { addMs, DAY, HOUR, MINUTE } from '../../lib/clock.js';
import type { AppContext, Executor } from '../../lib/context.js';
import { hashToken, newToken } from '../../lib/ids.js';
import type { Actor } from '../../lib/policy.js';
import { listActiveMemberships } from '../organisations/organisations.repository.js';
import { parseRoles } from '../organisations/organisations.service.js';
import * as repo from './auth.repository.js';

export const SESSION_COOKIE = 'aktion_session';
/** A session ends after this long whatever its use. */
const ABSOLUTE_LIFETIME_MS = 30 * DAY;
/** last_seen_at is written at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 5 * MINUTE;

/** A session begun through an organisation's identity provider. */
export interface SsoSessionOrigin {
  organisationId: string;
  /** Kept only as the hint for ending the provider's session at logout. */
  idToken: string | null;
}

export async function createSession(
  ctx: AppContext,
  exec: Executor,
  userId: string,
  organisationId: string | null,
  sso?: SsoSessionOrigin,
): Promise<{ token: string; sessionId: string }> {
  const token = newToken();
  const now = ctx.clock.now();
  const sessionId = hashToken(token);
  await repo.insertSession(exec, {
    id: sessionId,
    user_id: userId,
    active_organisation_id: organisationId,
    csrf_token: newToken(),
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: addMs(now, ctx.config.sessionIdleHours * HOUR).toISOString(),
    sso_organisation_id: sso?.organisationId ?? null,
    id_token: sso?.idToken ?? null,
  });
  return { token, sessionId };
}

/** The actor behind a session cookie, or null when the cookie is unknown or expired. */
export async function resolveSession(ctx: AppContext, token: string): Promise<Actor | null> {
  const exec = ctx.db.kysely;
  const row = await repo.findSessionWithUser(exec, hashToken(token));
  if (!row) return null;
  const now = ctx.clock.now();
  const absoluteEnd = addMs(new Date(row.created_at), ABSOLUTE_LIFETIME_MS);
  if (row.expires_at <= now.toISOString() || absoluteEnd <= now) {
    await repo.deleteSession(exec, row.id);
    return null;
  }
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    const idleEnd = addMs(now, ctx.config.sessionIdleHours * HOUR);
    const expires = new Date(Math.min(idleEnd.getTime(), absoluteEnd.getTime()));
    await repo.touchSession(exec, row.id, now.toISOString(), expires.toISOString());
  }
  // The membership comes from the same query; a missing or deactivated one means no active organisation.
  const active =
    row.active_organisation_id !== null &&
    row.roles !== null &&
    row.deactivated_at === null &&
    row.person_left_at === null;
  const organisationId = active ? row.active_organisation_id : null;
  const roles: Actor['roles'] = active && row.roles ? parseRoles(row.roles) : [];
  return {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    locale: row.locale === 'en' ? 'en' : 'da',
    sessionId: row.id,
    csrfToken: row.csrf_token,
    organisationId,
    roles,
    signedInWith: row.sso_organisation_id ? 'sso' : 'password',
    // Worked out on every request, so a person made administrator is held at once. Single
    // sign-on leaves the second factor to the organisation's provider.
    secondFactorSetupRequired:
      ctx.config.adminSecondFactor &&
      row.sso_organisation_id === null &&
      row.is_demo !== 1 &&
      roles.includes('admin') &&
      row.second_factor_confirmed_at == null,
  };
}

/** The body of GET /api/me (and of login): who I am, where I belong, and my CSRF token. */
export async function describeMe(ctx: AppContext, actor: Actor): Promise<MeRes> {
  const memberships = await listActiveMemberships(ctx.db.kysely, actor.userId);
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name, locale: actor.locale },
    organisations: memberships.map((m) => ({ id: m.id, name: m.name, roles: parseRoles(m.roles) })),
    activeOrganisationId: actor.organisationId,
    csrfToken: actor.csrfToken,
    signedInWith: actor.signedInWith,
    secondFactorSetupRequired: actor.secondFactorSetupRequired,
  };
}
