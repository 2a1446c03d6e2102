import type { Insertable, Selectable } from 'kysely';

export interface FocusAreasTable {
  id: string;
  organisation_id: string;
  /** automation, data, technology, coherence for the built-in four; null for an organisation's own. */
  key: string | null;
  name: string;
  description: string;
  colour: string;
  position: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}
export type FocusAreaRow = Selectable<FocusAreasTable>;

export interface ProgrammesTable {
  id: string;
  organisation_id: string;
  title: string;
  purpose: string;
  /** JSON array of names, e.g. ["Personale og Organisation", "IT og Digitalisering"]. */
  owners: string;
  created_at: string;
  updated_at: string;
}
export type ProgrammeRow = Selectable<ProgrammesTable>;

/** draft: editable; published: read-only for good; archived: read-only and no new cohorts. */
export interface ProgrammeVersionsTable {
  id: string;
  programme_id: string;
  organisation_id: string;
  number: number;
  name: string;
  status: string;
  based_on_version_id: string | null;
  /** JSON array of management levels. */
  target_levels: string;
  revision: number;
  published_at: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}
export type ProgrammeVersionRow = Selectable<ProgrammeVersionsTable>;

export interface ProgrammeTracksTable {
  id: string;
  version_id: string;
  lineage_id: string;
  position: number;
  title: string;
  description: string;
}
export type ProgrammeTrackRow = Selectable<ProgrammeTracksTable>;
export type NewProgrammeTrackRow = Insertable<ProgrammeTracksTable>;

export interface ProgrammeModulesTable {
  id: string;
  version_id: string;
  track_id: string;
  lineage_id: string;
  position: number;
  kind: string;
  title: string;
  description: string;
  duration_minutes: number;
  /** JSON arrays. */
  objectives: string;
  focus_area_ids: string;
  materials: string;
}
export type ProgrammeModuleRow = Selectable<ProgrammeModulesTable>;
export type NewProgrammeModuleRow = Insertable<ProgrammeModulesTable>;
