import type { NarrativeDiff, NarrativeDocument } from './schemas/narrative.js';

/** What changed between two narrative versions, by part key. (Body by the core helper.) */
export function diffNarratives(
  _before: { id: string; version: number; document: NarrativeDocument },
  _after: { id: string; version: number; document: NarrativeDocument },
): NarrativeDiff {
  throw new Error('not implemented');
}
