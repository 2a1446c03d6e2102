import { describe, expect, it } from 'vitest';
import { termSegments, textParagraphs } from './termSegments.js';

const GLOSSARY = [
  { term: 'API', variants: ["API'er"], explanation: 'Et stik, så to systemer kan tale sammen.' },
  { term: 'RPA', variants: [], explanation: 'En softwarerobot, der klarer faste opgaver.' },
];

describe('termSegments', () => {
  it('cuts a text into paragraphs on blank lines, keeping single line breaks', () => {
    expect(textParagraphs('Første linje\nanden linje\n\n  \n\nNyt afsnit  ')).toEqual([
      'Første linje\nanden linje',
      'Nyt afsnit',
    ]);
  });

  it('marks only the first use of each term in the whole text, and never loses text', () => {
    const paragraphs = textParagraphs("Vi bruger API'er og RPA.\n\nEt API mere, og RPA igen.");
    const segments = termSegments(paragraphs, GLOSSARY);
    expect(segments).toEqual([
      [
        { text: 'Vi bruger ' },
        { text: "API'er", term: 'API', explanation: GLOSSARY[0]!.explanation },
        { text: ' og ' },
        { text: 'RPA', term: 'RPA', explanation: GLOSSARY[1]!.explanation },
        { text: '.' },
      ],
      [{ text: 'Et API mere, og RPA igen.' }],
    ]);
    expect(segments.map((p) => p.map((s) => s.text).join(''))).toEqual(paragraphs);
  });

  it('leaves a text without terms, or an empty glossary, as it is', () => {
    expect(termSegments(['Ingen fagord her.'], GLOSSARY)).toEqual([[{ text: 'Ingen fagord her.' }]]);
    expect(termSegments(['Et API.'], [])).toEqual([[{ text: 'Et API.' }]]);
  });
});
