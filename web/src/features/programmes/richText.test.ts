import { describe, expect, it } from 'vitest';
import { parseRichText, spans } from './richText.js';

describe('plain-text descriptions', () => {
  it('marks **bold** and leaves unpaired markers as typed', () => {
    expect(spans('**Spørgsmålet:** Hvad nu?')).toEqual([
      { text: 'Spørgsmålet:', bold: true },
      { text: ' Hvad nu?', bold: false },
    ]);
    expect(spans('2 ** 3')).toEqual([{ text: '2 ** 3', bold: false }]);
    expect(spans('a **b** c **d')).toEqual([
      { text: 'a ', bold: false },
      { text: 'b', bold: true },
      { text: ' c ', bold: false },
      { text: '**d', bold: false },
    ]);
  });

  it('splits paragraphs on blank lines, keeps line breaks, and turns "- " lines into a list', () => {
    const blocks = parseRichText('Beskriv en udfordring.\nKort.\n\n- Hvad er den?\n- Hvem mærker den?\nTak.');
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        lines: [[{ text: 'Beskriv en udfordring.', bold: false }], [{ text: 'Kort.', bold: false }]],
      },
      {
        kind: 'list',
        items: [[{ text: 'Hvad er den?', bold: false }], [{ text: 'Hvem mærker den?', bold: false }]],
      },
      { kind: 'paragraph', lines: [[{ text: 'Tak.', bold: false }]] },
    ]);
  });

  it('keeps markup as text', () => {
    expect(parseRichText('<b>hej</b>')).toEqual([
      { kind: 'paragraph', lines: [[{ text: '<b>hej</b>', bold: false }]] },
    ]);
    expect(parseRichText('   \n\n')).toEqual([]);
  });
});
