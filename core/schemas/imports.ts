import { z } from 'zod';
import { PERSON_COLUMNS, UNIT_COLUMNS } from '../csv/templates.js';
import { IdSchema, NameSchema, TimestampSchema } from './common.js';

/** units / people: a CSV file of the template; os2mo: JSON shaped like OS2mo data (both at once). */
export const ImportKindSchema = z.enum(['units', 'people', 'os2mo']);
export type ImportKind = z.infer<typeof ImportKindSchema>;
export const CsvKindSchema = z.enum(['units', 'people']);

const TARGET_FIELDS = [...new Set([...Object.keys(UNIT_COLUMNS), ...Object.keys(PERSON_COLUMNS)])] as [
  string,
  ...string[],
];
/** `{ [column of the file]: field | null }`; null ignores the column. */
export const ColumnMappingSchema = z.record(z.string().min(1).max(200), z.enum(TARGET_FIELDS).nullable());

const MappingParamSchema = z
  .string()
  .max(8000)
  .transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'invalid JSON' });
      return z.NEVER;
    }
  })
  .pipe(ColumnMappingSchema);

/** The file itself is the raw body; this says what it is. */
export const ImportUploadQuerySchema = z.strictObject({
  kind: ImportKindSchema,
  fileName: z.string().trim().min(1).max(255),
  /** JSON `{ [column]: field | null }`, URL-encoded: overrides the suggested mapping. */
  mapping: MappingParamSchema.optional(),
  /** A saved mapping to use (ignored when `mapping` is given). */
  mappingId: IdSchema.optional(),
  /**
   * `true` (default): the file is a full extract of the units it covers, so people (and units)
   * missing from it are marked as left (ended). `false`: a partial file (e.g. new hires) that only
   * creates, changes, moves and brings back.
   */
  fullExtract: z.enum(['true', 'false']).default('true'),
});
export type ImportUploadQuery = z.infer<typeof ImportUploadQuerySchema>;

const FieldChangeSchema = z.object({
  field: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export const ImportChangeSchema = z.object({
  /** Line of the file (CSV), or null. */
  line: z.number().int().nullable(),
  externalId: z.string(),
  name: z.string(),
  /** For changes and moves: each field before → after. */
  fields: z.array(FieldChangeSchema),
});
export type ImportChange = z.infer<typeof ImportChangeSchema>;

export const ImportProblemSchema = z.object({
  line: z.number().int().nullable(),
  /** Where in a JSON file, e.g. `org_units[3]`; null for CSV. */
  path: z.string().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ImportCountsSchema = z.object({
  units: z.object({
    created: z.number().int(),
    changed: z.number().int(),
    moved: z.number().int(),
    ended: z.number().int(),
    unchanged: z.number().int(),
  }),
  people: z.object({
    created: z.number().int(),
    changed: z.number().int(),
    moved: z.number().int(),
    left: z.number().int(),
    returned: z.number().int(),
    unchanged: z.number().int(),
  }),
  problems: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

const BatchBase = {
  id: IdSchema,
  kind: ImportKindSchema,
  format: z.enum(['csv', 'os2mo']),
  fileName: z.string(),
  status: z.enum(['previewed', 'applied', 'discarded']),
  createdAt: TimestampSchema,
  appliedAt: TimestampSchema.nullable(),
  counts: ImportCountsSchema,
};
export const ImportBatchSummarySchema = z.object(BatchBase);

/** The dry run: what confirming would do, and every problem that blocks it. */
export const ImportBatchSchema = z.object({
  ...BatchBase,
  /** False while there are problems, or once applied. */
  canConfirm: z.boolean(),
  file: z.object({
    encoding: z.string().nullable(),
    separator: z.string().nullable(),
    /** The file's columns (CSV), in order. */
    columns: z.array(z.string()),
    /** The mapping used for this dry run. */
    mapping: z.record(z.string(), z.string().nullable()),
    /** What the server suggests from the headers. */
    suggestedMapping: z.record(z.string(), z.string().nullable()),
    /** Required fields no column fills: the client should show the mapping step. */
    missingFields: z.array(z.string()),
    /** Whether the file was read as a full extract (people/units missing from it leave/end). */
    fullExtract: z.boolean(),
  }),
  units: z.object({
    created: z.array(ImportChangeSchema),
    changed: z.array(ImportChangeSchema),
    moved: z.array(ImportChangeSchema),
    ended: z.array(ImportChangeSchema),
  }),
  people: z.object({
    created: z.array(ImportChangeSchema),
    changed: z.array(ImportChangeSchema),
    moved: z.array(ImportChangeSchema),
    left: z.array(ImportChangeSchema),
    returned: z.array(ImportChangeSchema),
  }),
  problems: z.array(ImportProblemSchema),
});
export type ImportBatchRes = z.infer<typeof ImportBatchSchema>;
export const ImportBatchListSchema = z.object({ items: z.array(ImportBatchSummarySchema) });

export const ImportMappingSchema = z.object({
  id: IdSchema,
  kind: CsvKindSchema,
  name: z.string(),
  mapping: z.record(z.string(), z.string().nullable()),
  updatedAt: TimestampSchema,
});
export type ImportMappingRes = z.infer<typeof ImportMappingSchema>;
export const ImportMappingListSchema = z.object({ items: z.array(ImportMappingSchema) });
export const ImportMappingQuerySchema = z.strictObject({ kind: CsvKindSchema.optional() });

/** Saves (or replaces, by name) a column mapping for the next file of the same kind. */
export const SaveImportMappingSchema = z.strictObject({
  kind: CsvKindSchema,
  name: NameSchema.max(100),
  mapping: ColumnMappingSchema,
});
export type SaveImportMappingReq = z.infer<typeof SaveImportMappingSchema>;

/** The largest file an import accepts (the upload route's body limit). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** More rows than any municipality's HR extract; a bound on the work one upload can cause. */
export const IMPORT_MAX_ROWS = 100_000;
export const IMPORT_MAX_COLUMNS = 200;
/** The dry run lists at most this many problems; the count says how many there were. */
export const IMPORT_MAX_PROBLEMS_SHOWN = 1_000;
