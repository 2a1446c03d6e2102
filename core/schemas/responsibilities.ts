/**
 * API of the responsibility matrix (issue 9): digitalisation tasks (rows, in groups) × actors
 * (columns), each cell R, A, C, I or empty. A column stands for people by management level, by unit
 * (the unit and everything under it) or by a named group, so the product can tell each person
 * which columns they belong to. Versions: one draft, published versions read-only.
 */
import { z } from 'zod';
import { LevelSchema } from '../organisation.js';
import { IdSchema, TimestampSchema } from './common.js';

export const MatrixLimits = {
  actorsMax: 20,
  tasksMax: 120,
  taskGroupsMax: 20,
  nameMax: 120,
  descriptionMax: 1000,
  groupMembersMax: 500,
} as const;

/** R: does the work. A: answers for it (exactly one). C: is consulted before. I: is told after. */
export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export const RaciLetterSchema = z.enum(RACI_LETTERS);
export type RaciLetter = z.infer<typeof RaciLetterSchema>;

/** A key inside one document (a column, a task, a task group): short, stable across versions. */
export const MatrixKeySchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, { message: 'matrix_key' });

const Name = z.string().trim().min(1).max(MatrixLimits.nameMax);

/**
 * Who a column stands for. `unitId`/`groupId` null: not linked yet (a warning, and nobody belongs
 * to it); `unitHint` is the unit name the built-in matrix suggests ("IT og Digitalisering").
 */
export const ActorMembershipSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('level'), level: LevelSchema }),
  z.strictObject({
    kind: z.literal('unit'),
    unitId: IdSchema.nullable(),
    unitHint: z.string().max(MatrixLimits.nameMax).optional(),
  }),
  z.strictObject({ kind: z.literal('group'), groupId: IdSchema.nullable() }),
]);
export type ActorMembership = z.infer<typeof ActorMembershipSchema>;

export const MatrixActorSchema = z.strictObject({
  key: MatrixKeySchema,
  name: Name,
  membership: ActorMembershipSchema,
});
export type MatrixActor = z.infer<typeof MatrixActorSchema>;

export const TaskGroupSchema = z.strictObject({ key: MatrixKeySchema, name: Name });
export type TaskGroup = z.infer<typeof TaskGroupSchema>;

export const MatrixTaskSchema = z.strictObject({
  key: MatrixKeySchema,
  group: MatrixKeySchema,
  title: Name,
  description: z.string().trim().max(MatrixLimits.descriptionMax),
  /** Actor key → letter; an actor left out is empty. */
  cells: z.record(MatrixKeySchema, RaciLetterSchema),
});
export type MatrixTask = z.infer<typeof MatrixTaskSchema>;

/**
 * A whole matrix. The shape rules (unique keys, tasks in a known group, cells on known columns)
 * are checked here; the RACI rules (one A, at least one R, load) by core/responsibilities, which
 * the editor runs live and the server runs again before it publishes.
 */
export const MatrixDocumentSchema = z
  .strictObject({
    actors: z.array(MatrixActorSchema).max(MatrixLimits.actorsMax),
    taskGroups: z.array(TaskGroupSchema).max(MatrixLimits.taskGroupsMax),
    tasks: z.array(MatrixTaskSchema).max(MatrixLimits.tasksMax),
  })
  .superRefine((doc, ctx) => {
    const unique = (items: Array<{ key: string }>, path: 'actors' | 'taskGroups' | 'tasks') => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.key))
          ctx.addIssue({ code: 'custom', path: [path, i, 'key'], message: 'duplicate_key' });
        seen.add(item.key);
      });
      return seen;
    };
    const actors = unique(doc.actors, 'actors');
    const groups = unique(doc.taskGroups, 'taskGroups');
    unique(doc.tasks, 'tasks');
    doc.tasks.forEach((task, i) => {
      if (!groups.has(task.group))
        ctx.addIssue({ code: 'custom', path: ['tasks', i, 'group'], message: 'unknown_task_group' });
      for (const actor of Object.keys(task.cells)) {
        if (!actors.has(actor))
          ctx.addIssue({ code: 'custom', path: ['tasks', i, 'cells', actor], message: 'unknown_actor' });
      }
    });
  });
export type MatrixDocument = z.infer<typeof MatrixDocumentSchema>;

// ── Validation (core/responsibilities) ────────────────────────────────────────────────────────

/** Errors stop publishing; warnings are shown but allowed. */
export const MATRIX_ERROR_CODES = ['no_accountable', 'many_accountable', 'no_responsible'] as const;
export const MATRIX_WARNING_CODES = [
  'actor_overloaded',
  'many_consulted',
  'actor_unlinked',
  'actor_unused',
  'group_empty',
] as const;
export const MatrixProblemSchema = z.object({
  code: z.enum([...MATRIX_ERROR_CODES, ...MATRIX_WARNING_CODES]),
  taskKey: z.string().optional(),
  actorKey: z.string().optional(),
  /** The count the rule is about (the Rs of an overloaded actor, the Cs of a task, …). */
  count: z.number().int().optional(),
});
export type MatrixProblem = z.infer<typeof MatrixProblemSchema>;
export const MatrixValidationSchema = z.object({
  errors: z.array(MatrixProblemSchema),
  warnings: z.array(MatrixProblemSchema),
});
export type MatrixValidation = z.infer<typeof MatrixValidationSchema>;

// ── Requests ──────────────────────────────────────────────────────────────────────────────────

/**
 * The revision a save or publish names. At most PostgreSQL's integer less one: a save stores
 * revision + 1, and a larger number is no revision there ever was.
 */
export const RevisionSchema = z.number().int().min(1).max(2_147_483_646);

/** Saves the draft whole; `revision` is the one the editor loaded (409 `stale_edit` when older). */
export const SaveMatrixSchema = z.strictObject({
  revision: RevisionSchema,
  document: MatrixDocumentSchema,
});
export type SaveMatrixReq = z.infer<typeof SaveMatrixSchema>;

/**
 * Publishes the draft as the editor shows it: `revision` is the one it loaded or last saved
 * (409 `stale_edit` when someone saved since, so nobody publishes edits they never saw).
 */
export const PublishVersionSchema = z.strictObject({ revision: RevisionSchema });
export type PublishVersionReq = z.infer<typeof PublishVersionSchema>;

export const ResponsibilityGroupBodySchema = z.strictObject({
  name: Name,
  personIds: z
    .array(IdSchema)
    .max(MatrixLimits.groupMembersMax)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate_person' }),
});
export type ResponsibilityGroupBody = z.infer<typeof ResponsibilityGroupBodySchema>;

// ── Responses ─────────────────────────────────────────────────────────────────────────────────

export const DOCUMENT_STATUSES = ['draft', 'published'] as const;
export const DocumentStatusSchema = z.enum(DOCUMENT_STATUSES);

export const VersionSummarySchema = z.object({
  id: IdSchema,
  version: z.number().int(),
  status: DocumentStatusSchema,
  publishedAt: TimestampSchema.nullable(),
  updatedAt: TimestampSchema,
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

/** A column's linked unit or group, named for display (the document holds only ids). */
export const ActorLinkSchema = z.object({ actorKey: z.string(), label: z.string().nullable() });

export const MatrixVersionSchema = VersionSummarySchema.extend({
  revision: z.number().int(),
  document: MatrixDocumentSchema,
  validation: MatrixValidationSchema,
  /** The unit or group each linked column stands for, by name; null when unlinked or gone. */
  links: z.array(ActorLinkSchema),
  canEdit: z.boolean(),
});
export type MatrixVersionRes = z.infer<typeof MatrixVersionSchema>;

export const ResponsibilityGroupSchema = z.object({
  id: IdSchema,
  name: z.string(),
  members: z.array(z.object({ id: IdSchema, name: z.string() })),
});
export type ResponsibilityGroupRes = z.infer<typeof ResponsibilityGroupSchema>;

/** GET /api/responsibilities: what the matrix page opens with. */
export const MatrixOverviewSchema = z.object({
  /** The newest published version: what everybody sees. */
  published: MatrixVersionSchema.nullable(),
  draft: VersionSummarySchema.nullable(),
  versions: z.array(VersionSummarySchema),
  canManage: z.boolean(),
});
export type MatrixOverviewRes = z.infer<typeof MatrixOverviewSchema>;

/** What changed between two versions (GET /api/responsibilities/versions/:id/diff?against=…). */
export const MatrixDiffSchema = z.object({
  from: z.object({ id: IdSchema, version: z.number().int() }),
  to: z.object({ id: IdSchema, version: z.number().int() }),
  actors: z.object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    renamed: z.array(z.object({ from: z.string(), to: z.string() })),
  }),
  tasks: z.object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    renamed: z.array(z.object({ from: z.string(), to: z.string() })),
  }),
  /** Cells whose letter changed: task and actor by name, letters before and after (null: empty). */
  cells: z.array(
    z.object({
      task: z.string(),
      actor: z.string(),
      before: RaciLetterSchema.nullable(),
      after: RaciLetterSchema.nullable(),
    }),
  ),
});
export type MatrixDiff = z.infer<typeof MatrixDiffSchema>;

/** GET /api/responsibilities/mine: the published matrix's tasks where my columns are R or A. */
export const MyResponsibilitiesSchema = z.object({
  /** Null: nothing published yet. */
  version: z.object({ id: IdSchema, version: z.number().int(), publishedAt: TimestampSchema }).nullable(),
  /** The columns I belong to, and why ("level", "unit", "group"). */
  columns: z.array(z.object({ key: z.string(), name: z.string(), via: z.enum(['level', 'unit', 'group']) })),
  tasks: z.array(
    z.object({
      key: z.string(),
      group: z.string(),
      title: z.string(),
      description: z.string(),
      /** My strongest letter here: A before R. */
      letter: z.enum(['R', 'A']),
      /** Column names per letter. */
      accountable: z.array(z.string()),
      responsible: z.array(z.string()),
      consulted: z.array(z.string()),
      informed: z.array(z.string()),
    }),
  ),
});
export type MyResponsibilitiesRes = z.infer<typeof MyResponsibilitiesSchema>;
