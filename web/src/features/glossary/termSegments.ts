import { findTermUses, type GlossaryEntry, termKey } from '../../../../core/plain-language/jargon.js';

/** A piece of a paragraph: plain text, or the first use of a glossary term with its explanation. */
export type Segment = { text: string } | { text: string; term: string; explanation: string };

/** Plain text as paragraphs: a blank line starts a new one (line breaks inside one are kept). */
export function textParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Cuts each paragraph into plain pieces and terms. Only the first use of each term in the whole
 * text is marked, so a text that repeats "API" is not a row of underlines. Never drops text: the
 * pieces of a paragraph join to the paragraph.
 */
export function termSegments(paragraphs: readonly string[], glossary: readonly GlossaryEntry[]): Segment[][] {
  const explanations = new Map(glossary.map((g) => [termKey(g.term), g.explanation]));
  const seen = new Set<string>();
  return paragraphs.map((paragraph) => {
    const out: Segment[] = [];
    let at = 0;
    for (const use of glossary.length ? findTermUses(paragraph, glossary) : []) {
      const key = termKey(use.term);
      const explanation = explanations.get(key);
      if (seen.has(key) || explanation === undefined || use.start < at) continue;
      seen.add(key);
      if (use.start > at) out.push({ text: paragraph.slice(at, use.start) });
      out.push({ text: paragraph.slice(use.start, use.end), term: use.term, explanation });
      at = use.end;
    }
    if (at < paragraph.length) out.push({ text: paragraph.slice(at) });
    return out;
  });
}
