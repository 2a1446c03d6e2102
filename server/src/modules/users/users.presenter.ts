import type { InvitationRes, UserRes } from '../../../../core/schemas/users.js';
import { parseRoles } from '../organisations/organisations.service.js';
import type { MemberRow } from './users.repository.js';
import type { InvitationRow } from './users.tables.js';

export function presentUser(row: MemberRow): UserRes {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: parseRoles(row.roles),
    active: row.deactivated_at === null,
    createdAt: row.created_at,
    secondFactor: row.second_factor_confirmed_at != null,
  };
}

export function invitationStatus(row: InvitationRow, nowIso: string): InvitationRes['status'] {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at <= nowIso ? 'expired' : 'pending';
}

export function presentInvitation(row: InvitationRow, nowIso: string): InvitationRes {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: parseRoles(row.roles),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    status: invitationStatus(row, nowIso),
  };
}
