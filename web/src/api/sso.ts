import type { SsoConfigReq, SsoConfigRes, SsoTestResultRes } from '../../../core/schemas/sso.js';
import { request } from './client.js';

export function getSsoConfig(): Promise<SsoConfigRes> {
  return request('GET', '/api/organisations/current/sso');
}

export function saveSsoConfig(body: SsoConfigReq): Promise<SsoConfigRes> {
  return request('PUT', '/api/organisations/current/sso', body);
}

export function testSsoConnection(issuer: string): Promise<SsoTestResultRes> {
  return request('POST', '/api/organisations/current/sso/test', { issuer });
}
