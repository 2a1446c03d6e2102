import type { NarrativeDiff, NarrativeDocument, NarrativePart } from './schemas/narrative.js';

type Field = NarrativeDiff['changed'][number]['fields'][number];
const FIELDS: readonly Field[] = ['headline', 'body', 'forLeaders', 'principles', 'focusAreaIds'];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Focus areas compare as a set (their order is no change); principles in order, as read. */
const comparable = (part: NarrativePart) => ({ ...part, focusAreaIds: [...part.focusAreaIds].sort() });

/**
 * What changed between two narrative versions, by part key: added parts in the new order,
 * removed parts in the old order, changed parts (new headline, changed fields) in the new order,
 * and whether the parts both versions have were put in another order.
 */
export function diffNarratives(
  before: { id: string; version: number; document: NarrativeDocument },
  after: { id: string; version: number; document: NarrativeDocument },
): NarrativeDiff {
  const oldParts = new Map(before.document.parts.map((part) => [part.key, part]));
  const newKeys = new Set(after.document.parts.map((part) => part.key));
  const changed: NarrativeDiff['changed'] = [];
  for (const part of after.document.parts) {
    const old = oldParts.get(part.key);
    if (!old) continue;
    const a = comparable(old);
    const b = comparable(part);
    const fields = FIELDS.filter((field) => !same(a[field], b[field]));
    if (fields.length > 0) changed.push({ headline: part.headline, fields });
  }
  const commonBefore = before.document.parts.filter((part) => newKeys.has(part.key)).map((p) => p.key);
  const commonAfter = after.document.parts.filter((part) => oldParts.has(part.key)).map((p) => p.key);
  return {
    from: { id: before.id, version: before.version },
    to: { id: after.id, version: after.version },
    added: after.document.parts.filter((part) => !oldParts.has(part.key)).map((p) => p.headline),
    removed: before.document.parts.filter((part) => !newKeys.has(part.key)).map((p) => p.headline),
    changed,
    moved: !same(commonBefore, commonAfter),
    titleChanged: before.document.title !== after.document.title,
  };
}
