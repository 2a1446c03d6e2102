import type { ColumnMapping } from '../../../../core/csv/templates.js';
import type { Level, UnitKind } from '../../../../core/organisation.js';
import type { ImportChange, ImportCounts } from '../../../../core/schemas/imports.js';
import type { MessageKey, MessageParams } from '../../lib/messages.js';

/** One problem of a file: where it is and a message key (translated when presented). */
export interface Problem {
  line: number | null;
  path: string | null;
  column: string | null;
  key: MessageKey;
  params: MessageParams;
}

/**
 * A unit as the file describes it. `undefined` = the file says nothing (keep what is there; the
 * default for a new unit); `null` = the file says empty.
 */
export interface UnitInput {
  line: number | null;
  path: string | null;
  externalId: string;
  name: string | undefined;
  /** null: the file's value could not be read (a problem says so). */
  kind: UnitKind | null | undefined;
  parentExternalId: string | null | undefined;
  managerExternalId: string | null | undefined;
  /** OS2mo: the validity has ended. */
  ended: boolean;
}

export interface PersonInput {
  line: number | null;
  path: string | null;
  externalId: string;
  name: string | undefined;
  email: string | null | undefined;
  jobTitle: string | null | undefined;
  unitExternalId: string | null | undefined;
  level: Level | null | undefined;
  /** A professional field's name or key. */
  field: string | null | undefined;
}

export interface FileInfo {
  encoding: string | null;
  separator: string | null;
  columns: string[];
  mapping: ColumnMapping;
  suggestedMapping: ColumnMapping;
  missingFields: string[];
}

/** The file as a batch stores it: what was read, and how it was meant. */
export interface StoredFileInfo extends FileInfo {
  /** False: a partial file; nobody is planned as left, no unit as ended. Absent in older batches: true. */
  fullExtract?: boolean;
}

/** A file read into units and/or people (null = the file has no such part). */
export interface ImportInput {
  units: UnitInput[] | null;
  people: PersonInput[] | null;
  problems: Problem[];
  file: FileInfo;
}

/** Stands for the moment of the confirm in planned values (ended_at, left_at). */
export const NOW = '@now';

export interface UnitValues {
  name: string;
  kind: string;
  parent_id: string | null;
  manager_person_id: string | null;
  ended_at: string | null;
}
export interface PersonValues {
  name: string;
  email: string | null;
  search_text: string;
  job_title: string | null;
  unit_id: string | null;
  level: string;
  field_id: string | null;
  left_at: string | null;
}

export type UnitCategory = 'created' | 'changed' | 'moved' | 'ended';
export type PersonCategory = 'created' | 'changed' | 'moved' | 'left' | 'returned';

/** One planned write. Updates carry what they expect to find, so a stale plan is refused. */
export type PlannedOp<V, C> =
  | { op: 'create'; id: string; externalId: string; values: V; category: C; show: ImportChange }
  | {
      op: 'update';
      id: string;
      externalId: string;
      set: Partial<V>;
      expect: Partial<V>;
      category: C;
      show: ImportChange;
    };
export type UnitOp = PlannedOp<UnitValues, UnitCategory>;
export type PersonOp = PlannedOp<PersonValues, PersonCategory>;

/** Stored in import_batches.plan; applied as it is on confirm. Unit creates come parents first. */
export interface Plan {
  units: UnitOp[];
  people: PersonOp[];
  /**
   * The organisation's state the dry run saw (counts and latest changes of units, people and
   * fields). Confirm refuses a plan whose organisation has changed since: a plan is checked
   * against more rows than it writes (parents, managers, fields), so any change makes it stale.
   */
  fingerprint?: string;
}

/** Stored in import_batches.summary. */
export interface Summary {
  file: StoredFileInfo;
  counts: ImportCounts;
  problems: Problem[];
}
