import type { Role } from '../../../core/roles.js';
import type { InvitationRes, InviteReq, UserRes } from '../../../core/schemas/users.js';
import { request } from './client.js';

export async function listUsers(): Promise<UserRes[]> {
  return (await request<{ items: UserRes[] }>('GET', '/api/users')).items;
}

export function updateRoles(id: string, roles: Role[]): Promise<UserRes> {
  return request('PUT', `/api/users/${encodeURIComponent(id)}/roles`, { roles });
}

export function deactivateUser(id: string): Promise<UserRes> {
  return request('POST', `/api/users/${encodeURIComponent(id)}/deactivate`);
}

export function reactivateUser(id: string): Promise<UserRes> {
  return request('POST', `/api/users/${encodeURIComponent(id)}/reactivate`);
}

export async function listInvitations(): Promise<InvitationRes[]> {
  return (await request<{ items: InvitationRes[] }>('GET', '/api/invitations')).items;
}

export function invite(body: InviteReq): Promise<InvitationRes> {
  return request('POST', '/api/invitations', body);
}

export function revokeInvitation(id: string): Promise<InvitationRes> {
  return request('POST', `/api/invitations/${encodeURIComponent(id)}/revoke`);
}

/** Removes a user's two-step verification (a lost phone); they must set it up again. */
export function resetSecondFactor(id: string): Promise<void> {
  return request('POST', `/api/users/${encodeURIComponent(id)}/second-factor/reset`);
}
