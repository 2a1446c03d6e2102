export interface GlossaryTextProps {
  /** Plain text; line breaks become paragraphs. */
  text: string;
  /** Render as paragraphs (default) or inline inside the caller's element. */
  inline?: boolean;
}

/**
 * Text for readers with the organisation's glossary terms underlined; the explanation shows on
 * hover, focus and tap, and Escape closes it. (Skeleton: built by the web helper; props fixed.)
 */
export function GlossaryText({ text, inline }: GlossaryTextProps) {
  if (inline) return <>{text}</>;
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
          <p key={i}>{p}</p>
        ))}
    </>
  );
}
