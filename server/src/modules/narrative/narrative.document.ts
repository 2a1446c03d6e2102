import { type NarrativeDocument, NarrativeDocumentSchema } from '../../../../core/schemas/narrative.js';
import { conflict } from '../../lib/app-error.js';
import type { DocumentSpec } from '../../lib/document-versions.js';

/** The first draft's title when the organisation has written nothing yet. */
export const FIRST_TITLE = 'Vores digitale fortælling';

/** The base narrative as a versioned document (lib/document-versions: drafts, stale saves, publishing). */
export const NarrativeSpec: DocumentSpec<NarrativeDocument> = {
  table: 'narrative_versions',
  entityType: 'narrative',
  parse: (json) => NarrativeDocumentSchema.parse(JSON.parse(json)),
  initial: async () => ({ title: FIRST_TITLE, parts: [] }),
  // Counts only: the audit log is read by administrators and never copies the narrative's words.
  summary: (document) => ({
    parts: document.parts.length,
    principles: document.parts.reduce((n, p) => n + p.principles.length, 0),
  }),
  checkPublishable: (document) => {
    if (document.parts.length === 0) throw conflict('narrative.empty', 'narrative_empty');
  },
};
