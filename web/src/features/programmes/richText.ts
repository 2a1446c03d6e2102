/** A piece of a line: plain or **bold**. */
export interface Span {
  text: string;
  bold: boolean;
}
export type Block = { kind: 'paragraph'; lines: Span[][] } | { kind: 'list'; items: Span[][] };

/** `**bold**` in a line; an unpaired `**` stays as typed. */
export function spans(line: string): Span[] {
  const parts = line.split('**');
  if (parts.length < 3) return line ? [{ text: line, bold: false }] : [];
  const out: Span[] = [];
  parts.forEach((text, i) => {
    // An odd count of markers leaves the last part after an unclosed ** as plain text.
    const closed = i % 2 === 1 && i < parts.length - 1;
    const plainTail = i === parts.length - 1 && i % 2 === 1;
    if (!text && !plainTail) return;
    out.push({ text: plainTail ? `**${text}` : text, bold: closed });
  });
  return out.filter((s) => s.text);
}

/**
 * A module's plain-text description as blocks: paragraphs split by blank lines (single line breaks
 * kept), and lines that start with "- " as a bulleted list. Never HTML: the page renders the
 * blocks as text.
 */
export function parseRichText(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: Span[][] = [];
  let list: Span[][] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', lines: paragraph });
    if (list.length) blocks.push({ kind: 'list', items: list });
    paragraph = [];
    list = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flush();
    } else if (/^\s*[-•]\s+/.test(line)) {
      if (paragraph.length) {
        blocks.push({ kind: 'paragraph', lines: paragraph });
        paragraph = [];
      }
      list.push(spans(line.replace(/^\s*[-•]\s+/, '')));
    } else {
      if (list.length) {
        blocks.push({ kind: 'list', items: list });
        list = [];
      }
      paragraph.push(spans(line));
    }
  }
  flush();
  return blocks;
}
