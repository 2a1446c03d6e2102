import type {
  RecoveryCodesRes,
  SecondFactorEnrolmentRes,
  SecondFactorStatusRes,
} from '../../../core/schemas/second-factor.js';
import { request } from './client.js';

export function getSecondFactor(): Promise<SecondFactorStatusRes> {
  return request('GET', '/api/me/second-factor');
}

/** A new secret and its QR code; nothing is in use until `confirmSecondFactor`. */
export function startSecondFactor(): Promise<SecondFactorEnrolmentRes> {
  return request('POST', '/api/me/second-factor');
}

export async function confirmSecondFactor(code: string): Promise<string[]> {
  return (await request<RecoveryCodesRes>('POST', '/api/me/second-factor/confirm', { code })).recoveryCodes;
}

export async function renewRecoveryCodes(code: string): Promise<string[]> {
  return (await request<RecoveryCodesRes>('POST', '/api/me/second-factor/recovery-codes', { code }))
    .recoveryCodes;
}

export function disableSecondFactor(code: string): Promise<void> {
  return request('POST', '/api/me/second-factor/disable', { code });
}
