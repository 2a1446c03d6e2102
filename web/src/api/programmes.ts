import type {
  CreateProgrammeReq,
  FocusAreaBodyReq,
  FocusAreaRes,
  FocusAreaUpdateReq,
  ForkVersionReq,
  ProgrammeBodyReq,
  ProgrammeRes,
  ProgrammeVersionRes,
  VersionBodyReq,
  VersionDiffRes,
} from '../../../core/schemas/programmes.js';
import { request } from './client.js';

const programmePath = (id: string) => `/api/programmes/${encodeURIComponent(id)}`;
const versionPath = (id: string) => `/api/programme-versions/${encodeURIComponent(id)}`;

/** The organisation's focus areas in order, archived ones included. */
export async function listFocusAreas(): Promise<FocusAreaRes[]> {
  return (await request<{ items: FocusAreaRes[] }>('GET', '/api/focus-areas')).items;
}

export function createFocusArea(body: FocusAreaBodyReq): Promise<FocusAreaRes> {
  return request('POST', '/api/focus-areas', body);
}

export function updateFocusArea(id: string, body: FocusAreaUpdateReq): Promise<FocusAreaRes> {
  return request('PATCH', `/api/focus-areas/${encodeURIComponent(id)}`, body);
}

/** Programmes with their versions, newest first. */
export async function listProgrammes(): Promise<ProgrammeRes[]> {
  return (await request<{ items: ProgrammeRes[] }>('GET', '/api/programmes')).items;
}

/** A new programme with a first draft version, from the built-in template or empty. */
export function createProgramme(body: CreateProgrammeReq): Promise<ProgrammeRes> {
  return request('POST', '/api/programmes', body);
}

export function getProgramme(id: string): Promise<ProgrammeRes> {
  return request('GET', programmePath(id));
}

export function updateProgramme(id: string, body: ProgrammeBodyReq): Promise<ProgrammeRes> {
  return request('PUT', programmePath(id), body);
}

export function getVersion(id: string): Promise<ProgrammeVersionRes> {
  return request('GET', versionPath(id));
}

/** Saves a draft whole; 409 `stale_revision` when someone else saved since `body.revision`. */
export function saveVersion(id: string, body: VersionBodyReq): Promise<ProgrammeVersionRes> {
  return request('PUT', versionPath(id), body);
}

/** Read-only for good from now on; 409 `version_empty` when it has no modules. */
export function publishVersion(id: string): Promise<ProgrammeVersionRes> {
  return request('POST', `${versionPath(id)}/publish`, {});
}

export function archiveVersion(id: string): Promise<ProgrammeVersionRes> {
  return request('POST', `${versionPath(id)}/archive`, {});
}

/** A new draft version with this one's design. */
export function forkVersion(id: string, body: ForkVersionReq): Promise<ProgrammeVersionRes> {
  return request('POST', `${versionPath(id)}/versions`, body);
}

/** What changed from version `fromId` to version `toId`, module by module. */
export function compareVersions(fromId: string, toId: string): Promise<VersionDiffRes> {
  return request('GET', `${versionPath(fromId)}/compare/${encodeURIComponent(toId)}`);
}
