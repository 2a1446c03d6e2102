import type {
  InstrumentOverview,
  InstrumentVersionRes,
  SaveOwnItemsReq,
} from '../../../core/schemas/assessment-instruments.js';
import { request } from './client.js';

const VERSIONS = '/api/assessment/instrument/versions';
const versionPath = (id: string) => `${VERSIONS}/${encodeURIComponent(id)}`;

/** The built-in instrument, its bands, the organisation's versions and which one new rounds use. */
export function getInstrument(): Promise<InstrumentOverview> {
  return request('GET', '/api/assessment/instrument');
}

export function getInstrumentVersion(id: string): Promise<InstrumentVersionRes> {
  return request('GET', versionPath(id));
}

/** A new draft from the newest version; 409 `draft_exists` when there is one already. */
export function createInstrumentDraft(): Promise<InstrumentVersionRes> {
  return request('POST', VERSIONS, {});
}

/** Replaces the draft's own statements whole; 409 `version_published` when it is published. */
export function saveInstrumentDraft(id: string, body: SaveOwnItemsReq): Promise<InstrumentVersionRes> {
  return request('PUT', versionPath(id), body);
}

/** Read-only from now on; rounds opened from now on use it. */
export function publishInstrumentDraft(id: string): Promise<InstrumentVersionRes> {
  return request('POST', `${versionPath(id)}/publish`, {});
}

export function deleteInstrumentDraft(id: string): Promise<void> {
  return request('DELETE', versionPath(id));
}
