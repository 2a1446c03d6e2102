import type { LocalizedText } from '../../../../core/assessment/instrument.js';
import type { InstrumentVersionRes, OwnItemInput } from '../../../../core/schemas/assessment-instruments.js';

/** What the form edits: one statement in both languages and which way agreeing counts. */
export interface OwnStatement {
  text: LocalizedText;
  reverse: boolean;
}

/** The text in the page's language (Danish unless English is chosen). */
export function inLanguage(text: LocalizedText, language: string): string {
  return language.startsWith('en') ? text.en : text.da;
}

/** A version's own statements as the editor sends them back, keys kept, in the page's order. */
export function ownItemsOf(version: InstrumentVersionRes): OwnItemInput[] {
  return version.dimensions.flatMap((d) =>
    d.items
      .filter((i) => i.source === 'organisation')
      .map((i) => ({ dimension: d.key, item: { key: i.key, text: i.text, reverse: i.reverse } })),
  );
}

/** A new statement added to a dimension (after its other own statements); the server makes the key. */
export function withAdded(items: OwnItemInput[], dimension: string, s: OwnStatement): OwnItemInput[] {
  const entry = { dimension, item: { text: s.text, reverse: s.reverse } };
  const last = items.findLastIndex((e) => e.dimension === dimension);
  return last < 0 ? [...items, entry] : [...items.slice(0, last + 1), entry, ...items.slice(last + 1)];
}

/** A statement changed in place; it keeps its key, so its answers stay comparable. */
export function withReplaced(items: OwnItemInput[], key: string, s: OwnStatement): OwnItemInput[] {
  return items.map((e) =>
    e.item.key === key ? { ...e, item: { ...e.item, text: s.text, reverse: s.reverse } } : e,
  );
}

export function withRemoved(items: OwnItemInput[], key: string): OwnItemInput[] {
  return items.filter((e) => e.item.key !== key);
}

/** Which field of the statement form a server field error belongs to (`items.3.item.text.en` → `en`). */
export function formFieldOf(serverField: string): 'da' | 'en' | 'reverse' | null {
  if (serverField.endsWith('.item.text.da')) return 'da';
  if (serverField.endsWith('.item.text.en')) return 'en';
  if (serverField.endsWith('.item.reverse')) return 'reverse';
  return null;
}
