import type {
  AcceptInvitationReq,
  InvitationInfoRes,
  LoginReq,
  MeRes,
  PasswordResetConfirmReq,
} from '../../../core/schemas/auth.js';
import type { Locale } from '../../../core/schemas/common.js';
import type { SecondFactorChallengeRes, SecondFactorLoginReq } from '../../../core/schemas/second-factor.js';
import type { LoginOptionsRes } from '../../../core/schemas/sso.js';
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

export function getLoginOptions(): Promise<LoginOptionsRes> {
  return request('GET', '/api/auth/login-options');
}

/** Where a single sign-on button sends the browser (a full-page navigation, not a fetch). */
export function ssoStartUrl(slug: string, returnTo: string): string {
  return `/api/auth/sso/${encodeURIComponent(slug)}/start?returnTo=${encodeURIComponent(returnTo)}`;
}

export function isChallenge(res: MeRes | SecondFactorChallengeRes): res is SecondFactorChallengeRes {
  return 'secondFactorRequired' in res && res.secondFactorRequired === true;
}

/** A correct password answers the signed-in person, or a challenge when two-step verification is on. */
export async function login(body: LoginReq): Promise<MeRes | SecondFactorChallengeRes> {
  const res = await request<MeRes | SecondFactorChallengeRes>('POST', '/api/auth/login', body);
  return isChallenge(res) ? res : remember(res);
}

/** The second step of a password login: a code from the app or a recovery code. */
export async function loginSecondFactor(body: SecondFactorLoginReq): Promise<MeRes> {
  return remember(await request<MeRes>('POST', '/api/auth/login/second-factor', body));
}

/** Ends the session; answers where to end the identity provider's session too (null when there is none). */
export async function logout(): Promise<string | null> {
  const res = await request<{ endSessionUrl: string | null } | undefined>('POST', '/api/auth/logout');
  setCsrfToken(null);
  return res?.endSessionUrl ?? null;
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

/** Accepts and signs in; an account with two-step verification answers a challenge for the code first. */
export async function acceptInvitation(body: AcceptInvitationReq): Promise<MeRes | SecondFactorChallengeRes> {
  const res = await request<MeRes | SecondFactorChallengeRes>('POST', '/api/auth/invitations/accept', body);
  return isChallenge(res) ? res : remember(res);
}
