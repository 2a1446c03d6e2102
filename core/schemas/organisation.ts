import { z } from 'zod';
import { LEVELS, LevelSchema, UnitKindSchema } from '../organisation.js';
import { EmailSchema, IdSchema, NameSchema, TimestampSchema } from './common.js';

const ExternalIdSchema = z.string().trim().min(1).max(100);
const Ref = z.object({ id: IdSchema, name: z.string() });

// Units --------------------------------------------------------------------------------------

export const UnitSchema = z.object({
  id: IdSchema,
  externalId: z.string().nullable(),
  name: z.string(),
  kind: UnitKindSchema,
  parentId: IdSchema.nullable(),
  manager: Ref.nullable(),
  /** Active people placed directly in the unit. */
  peopleCount: z.number().int(),
  endedAt: TimestampSchema.nullable(),
});
export type UnitRes = z.infer<typeof UnitSchema>;
/** The whole tree as a flat list, parents before children, siblings by name. */
export const UnitListSchema = z.object({ items: z.array(UnitSchema) });
export type UnitListRes = z.infer<typeof UnitListSchema>;

export const UnitQuerySchema = z.strictObject({
  /** Include units that have ended. */
  includeEnded: z.enum(['true', 'false']).default('false'),
});

export const CreateUnitSchema = z.strictObject({
  name: NameSchema,
  kind: UnitKindSchema,
  parentId: IdSchema.nullable().default(null),
  externalId: ExternalIdSchema.nullable().default(null),
  managerPersonId: IdSchema.nullable().default(null),
});
export type CreateUnitReq = z.infer<typeof CreateUnitSchema>;

export const UpdateUnitSchema = z
  .strictObject({
    name: NameSchema,
    kind: UnitKindSchema,
    parentId: IdSchema.nullable(),
    externalId: ExternalIdSchema.nullable(),
    managerPersonId: IdSchema.nullable(),
    ended: z.boolean(),
  })
  .partial();
export type UpdateUnitReq = z.infer<typeof UpdateUnitSchema>;

// Professional fields -------------------------------------------------------------------------

export const FieldSchema = z.object({
  id: IdSchema,
  key: z.string(),
  name: z.string(),
  archived: z.boolean(),
});
export type FieldRes = z.infer<typeof FieldSchema>;
export const FieldListSchema = z.object({ items: z.array(FieldSchema) });
export const CreateFieldSchema = z.strictObject({ name: NameSchema.max(80) });
export type CreateFieldReq = z.infer<typeof CreateFieldSchema>;
export const UpdateFieldSchema = z
  .strictObject({ name: NameSchema.max(80), archived: z.boolean() })
  .partial();
export type UpdateFieldReq = z.infer<typeof UpdateFieldSchema>;

// People --------------------------------------------------------------------------------------

export const PersonSchema = z.object({
  id: IdSchema,
  externalId: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  jobTitle: z.string().nullable(),
  unit: Ref.nullable(),
  level: LevelSchema,
  field: Ref.nullable(),
  /** The linked account, if the person has one. */
  user: z.object({ id: IdSchema, email: z.string() }).nullable(),
  leftAt: TimestampSchema.nullable(),
});
export type PersonRes = z.infer<typeof PersonSchema>;

const LevelListSchema = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(LEVELS)).min(1));

/** The people filter later modules enrol by ("all chefs in Børn og Unge"). */
export const PeopleQuerySchema = z.strictObject({
  unitId: IdSchema.optional(),
  /** With unitId: also the units below it (default) or only the unit itself. */
  includeSubunits: z.enum(['true', 'false']).default('true'),
  /** One or more levels, comma-separated: `chef,leder`. `leaders` means every level above medarbejder. */
  level: z.union([z.literal('leaders'), LevelListSchema]).optional(),
  fieldId: IdSchema.optional(),
  /** Part of a name or e-mail address. */
  q: z.string().trim().min(1).max(100).optional(),
  status: z.enum(['active', 'left', 'all']).default('active'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PeopleQueryReq = z.infer<typeof PeopleQuerySchema>;

export const PeoplePageSchema = z.object({ items: z.array(PersonSchema), total: z.number().int() });
export type PeoplePageRes = z.infer<typeof PeoplePageSchema>;

export const CreatePersonSchema = z.strictObject({
  name: NameSchema,
  email: EmailSchema.nullable().default(null),
  jobTitle: z.string().trim().min(1).max(200).nullable().default(null),
  unitId: IdSchema.nullable().default(null),
  level: LevelSchema,
  fieldId: IdSchema.nullable().default(null),
  externalId: ExternalIdSchema.nullable().default(null),
  userId: IdSchema.nullable().default(null),
});
export type CreatePersonReq = z.infer<typeof CreatePersonSchema>;

export const UpdatePersonSchema = z
  .strictObject({
    name: NameSchema,
    email: EmailSchema.nullable(),
    jobTitle: z.string().trim().min(1).max(200).nullable(),
    unitId: IdSchema.nullable(),
    level: LevelSchema,
    fieldId: IdSchema.nullable(),
    externalId: ExternalIdSchema.nullable(),
    userId: IdSchema.nullable(),
    /** true marks the person as left (kept, with history); false brings them back. */
    left: z.boolean(),
  })
  .partial();
export type UpdatePersonReq = z.infer<typeof UpdatePersonSchema>;
