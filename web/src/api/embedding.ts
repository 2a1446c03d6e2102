import type { EmbedOriginsReq, EmbedOriginsRes } from '../../../core/schemas/embedding.js';
import { request } from './client.js';

/** The web sites that may show registration for the organisation's events. */
export function getEmbedOrigins(): Promise<EmbedOriginsRes> {
  return request('GET', '/api/organisations/current/embed-origins');
}

export function saveEmbedOrigins(body: EmbedOriginsReq): Promise<EmbedOriginsRes> {
  return request('PUT', '/api/organisations/current/embed-origins', body);
}
