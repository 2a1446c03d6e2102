import type { AcceptInvitationReq, InvitationInfoRes } from '../../../../core/schemas/auth.js';
import type { InviteReq } from '../../../../core/schemas/users.js';
import { AppError, conflict, gone, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { addMs, DAY } from '../../lib/clock.js';
import type { AppContext } from '../../lib/context.js';
import { hashToken, newId, newToken } from '../../lib/ids.js';
import { queueMail } from '../../lib/mail/outbox.js';
import { t } from '../../lib/messages.js';
import { hashPassword, verifyPassword } from '../../lib/passwords.js';
import type { OrgActor } from '../../lib/policy.js';
import { passwordProblem } from '../auth/auth.service.js';
import { beginPasswordAttempt, failureKey, passwordAttemptSucceeded } from '../auth/login-limits.js';
import { createSession } from '../auth/session.service.js';
import {
  findMembership,
  findOrganisation,
  insertMembership,
  lockOrganisation,
} from '../organisations/organisations.repository.js';
import { serialiseRoles } from '../organisations/organisations.service.js';
import { hasConfirmedSecondFactor } from '../second-factor/second-factor.repository.js';
import { presentInvitation } from './users.presenter.js';
import * as repo from './users.repository.js';
import type { InvitationRow } from './users.tables.js';

const INVITATION_LIFETIME_MS = 7 * DAY;

export async function listInvitations(ctx: AppContext, actor: OrgActor) {
  const now = ctx.clock.now().toISOString();
  return (await repo.listInvitations(ctx.db.kysely, actor.organisationId)).map((r) =>
    presentInvitation(r, now),
  );
}

/** Invites a person by e-mail; the mail's link lets them set a password (or join with an existing account). */
export async function invite(ctx: AppContext, actor: OrgActor, input: InviteReq) {
  const token = newToken();
  const now = ctx.clock.now();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
    const existing = await repo.findUserByEmail(trx, input.email);
    if (existing && (await findMembership(trx, actor.organisationId, existing.id))) {
      throw conflict('users.already_member', 'already_member', { email: input.email });
    }
    if (await repo.findPendingInvitation(trx, actor.organisationId, input.email, now.toISOString())) {
      throw conflict('users.invitation_exists', 'invitation_exists', { email: input.email });
    }
    const organisation = (await findOrganisation(trx, actor.organisationId))!;
    const row: InvitationRow = {
      id: newId(),
      organisation_id: actor.organisationId,
      email: input.email,
      name: input.name,
      roles: serialiseRoles(input.roles),
      token_hash: hashToken(token),
      invited_by_user_id: actor.userId,
      created_at: now.toISOString(),
      expires_at: addMs(now, INVITATION_LIFETIME_MS).toISOString(),
      accepted_at: null,
      revoked_at: null,
    };
    await repo.insertInvitation(trx, row);
    const locale = existing?.locale === 'en' ? 'en' : 'da';
    await queueMail(trx, ctx.clock, {
      organisationId: actor.organisationId,
      to: input.email,
      subject: t(locale, 'mail.invite.subject', { organisation: organisation.name }),
      text: t(locale, 'mail.invite.body', {
        name: input.name,
        inviter: actor.name,
        organisation: organisation.name,
        link: `${ctx.config.publicUrl}/invitation/${token}`,
      }),
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'invitation.created',
      entityType: 'invitation',
      entityId: row.id,
      changes: { email: input.email, roles: input.roles },
    });
    return presentInvitation(row, now.toISOString());
  });
}

export async function revokeInvitation(ctx: AppContext, actor: OrgActor, id: string) {
  const now = ctx.clock.now().toISOString();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await repo.findInvitation(trx, actor.organisationId, id);
    if (!row) throw notFound();
    if (!(await repo.closeInvitation(trx, id, 'revoked_at', now))) {
      throw conflict('users.invitation_not_pending', 'invitation_not_pending');
    }
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'invitation.revoked',
      entityType: 'invitation',
      entityId: id,
    });
    return presentInvitation({ ...row, revoked_at: now }, now);
  });
}

async function findUsableInvitation(ctx: AppContext, token: string) {
  const row = await repo.findInvitationByToken(ctx.db.kysely, hashToken(token));
  if (!row) throw gone('link_unknown');
  if (row.accepted_at || row.revoked_at) throw gone('link_used');
  if (row.expires_at <= ctx.clock.now().toISOString()) throw gone('link_expired');
  return row;
}

export async function describeInvitation(ctx: AppContext, token: string): Promise<InvitationInfoRes> {
  const row = await findUsableInvitation(ctx, token);
  const existing = await repo.findUserByEmail(ctx.db.kysely, row.email);
  return {
    email: row.email,
    name: row.name,
    organisationName: row.organisation_name,
    existingAccount: Boolean(existing?.password_hash),
  };
}

/**
 * Accepts an invitation: a new person sets name and password; a person who already has an
 * account proves it with their password. Either way they join with the invited roles and are
 * signed in. The link works once.
 */
export async function acceptInvitation(ctx: AppContext, input: AcceptInvitationReq, ip: string) {
  const invitation = await findUsableInvitation(ctx, input.token);
  const existing = await repo.findUserByEmail(ctx.db.kysely, invitation.email);
  const hasPassword = Boolean(existing?.password_hash);
  if (hasPassword) {
    // The link holder proves they own the account: the same limits as a login.
    const key = failureKey(invitation.email, ip);
    await beginPasswordAttempt(ctx, key);
    if (!(await verifyPassword(existing?.password_hash ?? null, input.password))) {
      throw new AppError('unauthenticated', 'auth.wrong_password_existing', { reason: 'wrong_password' });
    }
    await passwordAttemptSucceeded(ctx.db.kysely, key);
  }
  if (!hasPassword) {
    const problem = passwordProblem(input.password, invitation.email);
    if (problem) throw problem;
  }
  const hash = hasPassword ? null : await hashPassword(input.password);
  const now = ctx.clock.now().toISOString();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await repo.closeInvitation(trx, invitation.id, 'accepted_at', now))) throw gone('link_used');
    // Re-read in the transaction: another invitation may have created the account meanwhile.
    const current = await repo.findUserByEmail(trx, invitation.email);
    if (current?.id !== existing?.id)
      throw conflict('users.account_created_meanwhile', 'account_created_meanwhile');
    let userId = existing?.id;
    if (!userId) {
      userId = newId();
      await repo.insertUser(trx, {
        id: userId,
        email: invitation.email,
        name: input.name,
        password_hash: hash,
        created_at: now,
        updated_at: now,
      });
    } else if (hash) {
      await trx
        .updateTable('users')
        .set({ password_hash: hash, name: input.name, updated_at: now })
        .where('id', '=', userId)
        .execute();
    }
    if (await findMembership(trx, invitation.organisation_id, userId)) {
      throw conflict('users.already_member', 'already_member', { email: invitation.email });
    }
    await insertMembership(trx, {
      organisation_id: invitation.organisation_id,
      user_id: userId,
      roles: invitation.roles,
      deactivated_at: null,
      created_at: now,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: invitation.organisation_id,
      actorUserId: userId,
      action: 'invitation.accepted',
      entityType: 'invitation',
      entityId: invitation.id,
      changes: { userId, roles: JSON.parse(invitation.roles) },
    });
    // An account with a second factor is not signed in on a password alone: the code follows.
    if (await hasConfirmedSecondFactor(trx, userId)) {
      return { kind: 'second_factor' as const, userId, organisationId: invitation.organisation_id };
    }
    return {
      kind: 'session' as const,
      ...(await createSession(ctx, trx, userId, invitation.organisation_id)),
    };
  });
}
