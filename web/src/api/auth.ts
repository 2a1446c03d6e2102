import type {
  AcceptInvitationReq,
  InvitationInfoRes,
  LoginReq,
  MeRes,
  PasswordResetConfirmReq,
} from '../../../core/schemas/auth.js';
import type { Locale } from '../../../core/schemas/common.js';
import { ApiError, request, setCsrfToken } from './client.js';

function remember(me: MeRes): MeRes {
  setCsrfToken(me.csrfToken);
  return me;
}

export async function getMe(): Promise<MeRes | null> {
  try {
    return remember(await request<MeRes>('GET', '/api/me'));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export async function login(body: LoginReq): Promise<MeRes> {
  return remember(await request<MeRes>('POST', '/api/auth/login', body));
}

export async function logout(): Promise<void> {
  await request<void>('POST', '/api/auth/logout');
  setCsrfToken(null);
}

export async function switchOrganisation(organisationId: string): Promise<MeRes> {
  return remember(await request<MeRes>('PUT', '/api/me/organisation', { organisationId }));
}

export async function updateLocale(locale: Locale): Promise<MeRes> {
  return remember(await request<MeRes>('PUT', '/api/me/locale', { locale }));
}

export function requestPasswordReset(email: string): Promise<{ status: 'sent' }> {
  return request('POST', '/api/auth/password-reset', { email });
}

export function confirmPasswordReset(body: PasswordResetConfirmReq): Promise<void> {
  return request('POST', '/api/auth/password-reset/confirm', body);
}

export function getInvitation(token: string): Promise<InvitationInfoRes> {
  return request('GET', `/api/auth/invitations/${encodeURIComponent(token)}`);
}

export async function acceptInvitation(body: AcceptInvitationReq): Promise<MeRes> {
  return remember(await request<MeRes>('POST', '/api/auth/invitations/accept', body));
}
