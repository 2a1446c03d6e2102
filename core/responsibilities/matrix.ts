/**
 * The RACI rules of a responsibility matrix, its diff between versions, and a person's tasks.
 * Pure. (Signatures fixed; bodies by the core helper.)
 */
import type {
  MatrixDiff,
  MatrixDocument,
  MatrixValidation,
  MyResponsibilitiesRes,
} from '../schemas/responsibilities.js';

/** An actor with more Rs than this is overloaded (a warning). */
export const OVERLOAD_RESPONSIBLE = 8;
/** A task with more Cs than this consults too many (a warning). */
export const MANY_CONSULTED = 4;

/** What the rules need to know beyond the document: which linked groups have no members. */
export interface MatrixContext {
  emptyGroupIds?: ReadonlySet<string>;
}

/** Exactly one A and at least one R per task (errors); load and links (warnings). */
export function validateMatrix(_doc: MatrixDocument, _context: MatrixContext = {}): MatrixValidation {
  throw new Error('not implemented');
}

/** What changed from `before` to `after`, by key; names are `after`'s where both have them. */
export function diffMatrices(
  _before: { id: string; version: number; document: MatrixDocument },
  _after: { id: string; version: number; document: MatrixDocument },
): MatrixDiff {
  throw new Error('not implemented');
}

/** The tasks where any of `actorKeys` is R or A, with the column names per letter. */
export function tasksFor(
  _doc: MatrixDocument,
  _actorKeys: ReadonlySet<string>,
): MyResponsibilitiesRes['tasks'] {
  throw new Error('not implemented');
}
