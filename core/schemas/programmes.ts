import { z } from 'zod';
import { LevelSchema } from '../organisation.js';
import { IdSchema, TimestampSchema } from './common.js';

/** How big a programme design may grow: generous for real programmes, bounded for the server. */
export const ProgrammeLimits = {
  titleMax: 200,
  textMax: 20_000,
  tracksMax: 10,
  modulesPerTrackMax: 60,
  objectivesMax: 20,
  materialsMax: 30,
  ownersMax: 10,
  /** A module lasts at most a working week (an assignment's expected effort, say). */
  durationMaxMinutes: 5 * 8 * 60,
} as const;

export const MODULE_KINDS = ['session', 'workshop', 'learning_set_meeting', 'assignment'] as const;
export const ModuleKindSchema = z.enum(MODULE_KINDS);
export type ModuleKind = z.infer<typeof ModuleKindSchema>;

export const VERSION_STATUSES = ['draft', 'published', 'archived'] as const;
export const VersionStatusSchema = z.enum(VERSION_STATUSES);
export type VersionStatus = z.infer<typeof VersionStatusSchema>;

const Title = z.string().trim().min(1).max(ProgrammeLimits.titleMax);
const Text = z.string().trim().max(ProgrammeLimits.textMax);

// Focus areas ---------------------------------------------------------------------------------

/** A colour as #rrggbb, so the page can check its contrast against white text. */
const ColourSchema = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour' })
  .transform((c) => c.toLowerCase());

export const FocusAreaSchema = z.object({
  id: IdSchema,
  name: z.string(),
  description: z.string(),
  colour: z.string(),
  position: z.number().int(),
  archived: z.boolean(),
});
export type FocusAreaRes = z.infer<typeof FocusAreaSchema>;
export const FocusAreaListSchema = z.object({ items: z.array(FocusAreaSchema) });

export const FocusAreaBodySchema = z.strictObject({
  name: Title,
  description: z.string().trim().max(1000),
  colour: ColourSchema,
});
export type FocusAreaBodyReq = z.infer<typeof FocusAreaBodySchema>;
export const FocusAreaUpdateSchema = FocusAreaBodySchema.extend({ archived: z.boolean() }).partial();
export type FocusAreaUpdateReq = z.infer<typeof FocusAreaUpdateSchema>;

// Programme design ----------------------------------------------------------------------------

/**
 * A material as a draft is saved with it (and stored in the module's JSON): a link, or a file
 * uploaded to the organisation (`POST /api/files`). zod picks the shape whose fields are there, so
 * a wrong field is named (`…materials.1.fileId`); with both or neither the material is refused.
 */
const MaterialBodySchema = z.union([
  z.strictObject({ title: Title, url: z.url({ protocol: /^https?$/, message: 'material_url' }).max(2000) }),
  z.strictObject({ title: Title, fileId: IdSchema }),
]);
export type MaterialBody = z.infer<typeof MaterialBodySchema>;

/** A material as a version shows it: a link, or a file with what the page needs to list it. */
export const MaterialSchema = z.union([
  z.object({ title: z.string(), url: z.string() }),
  z.object({
    title: z.string(),
    fileId: IdSchema,
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
  }),
]);
export type MaterialRes = z.infer<typeof MaterialSchema>;

export const ModuleSchema = z.object({
  id: IdSchema,
  /** The same module across versions: what the comparison follows. */
  lineageId: IdSchema,
  kind: ModuleKindSchema,
  title: z.string(),
  description: z.string(),
  durationMinutes: z.number().int(),
  objectives: z.array(z.string()),
  focusAreaIds: z.array(IdSchema),
  materials: z.array(MaterialSchema),
});
export type ModuleRes = z.infer<typeof ModuleSchema>;

export const TrackSchema = z.object({
  id: IdSchema,
  lineageId: IdSchema,
  title: z.string(),
  description: z.string(),
  modules: z.array(ModuleSchema),
});
export type TrackRes = z.infer<typeof TrackSchema>;

const VersionRefSchema = z.object({ id: IdSchema, number: z.number().int(), name: z.string() });
export type VersionRef = z.infer<typeof VersionRefSchema>;

export const ProgrammeVersionSchema = z.object({
  id: IdSchema,
  programmeId: IdSchema,
  programmeTitle: z.string(),
  number: z.number().int(),
  name: z.string(),
  status: VersionStatusSchema,
  basedOn: VersionRefSchema.nullable(),
  targetLevels: z.array(LevelSchema),
  tracks: z.array(TrackSchema),
  /** Goes up with every saved change: a save based on an older revision is refused (409). */
  revision: z.number().int(),
  publishedAt: TimestampSchema.nullable(),
  archivedAt: TimestampSchema.nullable(),
  updatedAt: TimestampSchema,
});
export type ProgrammeVersionRes = z.infer<typeof ProgrammeVersionSchema>;

const VersionSummarySchema = VersionRefSchema.extend({
  status: VersionStatusSchema,
  basedOn: VersionRefSchema.nullable(),
  modules: z.number().int(),
  publishedAt: TimestampSchema.nullable(),
  updatedAt: TimestampSchema,
});

export const ProgrammeSchema = z.object({
  id: IdSchema,
  title: z.string(),
  purpose: z.string(),
  owners: z.array(z.string()),
  versions: z.array(VersionSummarySchema),
  createdAt: TimestampSchema,
});
export type ProgrammeRes = z.infer<typeof ProgrammeSchema>;
export const ProgrammeListSchema = z.object({ items: z.array(ProgrammeSchema) });

export const PROGRAMME_TEMPLATES = ['digital-ledelse-tre-spor'] as const;

export const ProgrammeBodySchema = z.strictObject({
  title: Title,
  purpose: Text,
  owners: z.array(z.string().trim().min(1).max(ProgrammeLimits.titleMax)).max(ProgrammeLimits.ownersMax),
});
export type ProgrammeBodyReq = z.infer<typeof ProgrammeBodySchema>;

export const CreateProgrammeSchema = ProgrammeBodySchema.extend({
  /** Start from a built-in design instead of an empty one. */
  template: z.enum(PROGRAMME_TEMPLATES).nullable().default(null),
  versionName: Title,
});
export type CreateProgrammeReq = z.infer<typeof CreateProgrammeSchema>;

const ModuleBodySchema = z.strictObject({
  /** Absent or null for a new module; a module of this draft keeps its lineage. */
  lineageId: IdSchema.nullable().default(null),
  kind: ModuleKindSchema,
  title: Title,
  description: Text,
  durationMinutes: z
    .number()
    .int()
    .min(1, { message: 'duration' })
    .max(ProgrammeLimits.durationMaxMinutes, { message: 'duration' }),
  objectives: z.array(z.string().trim().min(1).max(500)).max(ProgrammeLimits.objectivesMax),
  focusAreaIds: z.array(IdSchema).max(20),
  materials: z.array(MaterialBodySchema).max(ProgrammeLimits.materialsMax),
});
export type ModuleBodyReq = z.infer<typeof ModuleBodySchema>;

const TrackBodySchema = z.strictObject({
  lineageId: IdSchema.nullable().default(null),
  title: Title,
  description: Text,
  modules: z.array(ModuleBodySchema).max(ProgrammeLimits.modulesPerTrackMax),
});
export type TrackBodyReq = z.infer<typeof TrackBodySchema>;

/** The whole draft in one save: name, audience, tracks in order with their modules in order. */
export const VersionBodySchema = z.strictObject({
  name: Title,
  targetLevels: z.array(LevelSchema).max(5),
  tracks: z.array(TrackBodySchema).max(ProgrammeLimits.tracksMax),
  // At most PostgreSQL's integer less one (the save stores revision + 1): a larger one is no revision.
  revision: z.number().int().min(0).max(2_147_483_646),
});
export type VersionBodyReq = z.infer<typeof VersionBodySchema>;

export const ForkVersionSchema = z.strictObject({ name: Title });
export type ForkVersionReq = z.infer<typeof ForkVersionSchema>;

export const VersionPairParamsSchema = z.strictObject({ id: IdSchema, otherId: IdSchema });

// Comparing two versions ----------------------------------------------------------------------

export const CHANGE_KINDS = ['added', 'removed', 'changed', 'moved', 'unchanged'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const ModuleChangeSchema = z.object({
  lineageId: IdSchema,
  change: z.enum(CHANGE_KINDS),
  before: ModuleSchema.nullable(),
  after: ModuleSchema.nullable(),
  trackBefore: z.string().nullable(),
  trackAfter: z.string().nullable(),
  /** The module's own fields that differ (title, description, …). */
  changedFields: z.array(z.string()),
});
export type ModuleChange = z.infer<typeof ModuleChangeSchema>;

export const TrackChangeSchema = z.object({
  lineageId: IdSchema,
  change: z.enum(CHANGE_KINDS),
  titleBefore: z.string().nullable(),
  titleAfter: z.string().nullable(),
  modules: z.array(ModuleChangeSchema),
});
export type TrackChange = z.infer<typeof TrackChangeSchema>;

export const VersionDiffSchema = z.object({
  from: VersionRefSchema,
  to: VersionRefSchema,
  tracks: z.array(TrackChangeSchema),
  counts: z.object({
    added: z.number().int(),
    removed: z.number().int(),
    changed: z.number().int(),
    moved: z.number().int(),
    unchanged: z.number().int(),
  }),
  /** Name or target audience changed. */
  changedFields: z.array(z.string()),
});
export type VersionDiffRes = z.infer<typeof VersionDiffSchema>;
