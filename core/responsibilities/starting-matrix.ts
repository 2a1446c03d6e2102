import type { MatrixDocument } from '../schemas/responsibilities.js';

/** The built-in starting matrix (written for this project; filled by the core helper). */
export const STARTING_MATRIX: MatrixDocument = { actors: [], taskGroups: [], tasks: [] };
