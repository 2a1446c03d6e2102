import { useMemo } from 'react';
import { type Segment, termSegments, textParagraphs } from '../features/glossary/termSegments.js';
import { useGlossary } from '../features/glossary/useGlossary.js';
import { GlossaryTerm } from './GlossaryTerm.js';

export interface GlossaryTextProps {
  /** Plain text; line breaks become paragraphs. */
  text: string;
  /** Render as paragraphs (default) or inline inside the caller's element. */
  inline?: boolean;
  /**
   * false shows the text without underlines: a text of another organisation than the reader's
   * (their glossary would not be the one the text was written with).
   */
  underline?: boolean;
}

function Pieces({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        'term' in s ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one paragraph, in order
          <GlossaryTerm key={i} text={s.text} term={s.term} explanation={s.explanation} />
        ) : (
          s.text
        ),
      )}
    </>
  );
}

/**
 * Text for readers with the organisation's glossary terms underlined; the explanation shows on
 * hover, focus and tap, and Escape closes it. Only the first use of each term is underlined, to
 * keep the text calm. Without the glossary (loading, signed out) the text shows as it is.
 */
export function GlossaryText({ text, inline, underline = true }: GlossaryTextProps) {
  const { entries } = useGlossary();
  const glossary = underline ? entries : null;
  const paragraphs = useMemo(() => (inline ? [text] : textParagraphs(text)), [text, inline]);
  const segments = useMemo(
    () => (glossary ? termSegments(paragraphs, glossary) : paragraphs.map((p) => [{ text: p }])),
    [paragraphs, glossary],
  );
  if (inline) return <Pieces segments={segments[0] ?? []} />;
  return (
    <>
      {segments.map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
        <p key={i} className="aktion-plain-text">
          <Pieces segments={paragraph} />
        </p>
      ))}
    </>
  );
}
