import { describe, expect, it } from 'vitest';
import {
  explanationWarnings,
  findTermUses,
  type GlossaryEntry,
  termKey,
  unexplainedTerms,
} from './jargon.js';
import { matcherFor } from './term-matcher.js';

const entry = (term: string, variants: string[] = [], explanation = 'Forklaring.'): GlossaryEntry => ({
  term,
  variants,
  explanation,
});

const GLOSSARY: GlossaryEntry[] = [
  entry('API'),
  entry('kunstig intelligens', ['AI']),
  entry('intelligens'),
  entry('RPA', ['softwarerobot']),
  entry('robot'),
  entry('algoritme'),
  entry('cloud', ['sky', 'skyen']),
  entry('BI', ['business intelligence']),
  entry('open source'),
  entry('it-arkitektur'),
  entry('digitale kompetencer'),
];

/** [term, found] pairs, in text order. */
const uses = (text: string, glossary = GLOSSARY) =>
  findTermUses(text, glossary).map((u) => [u.term, u.found]);

describe('termKey', () => {
  it('lower-cases, trims and collapses inner white space', () => {
    expect(termKey('  Kunstig \t Intelligens ')).toBe('kunstig intelligens');
    expect(termKey('ÆØÅ-System')).toBe('æøå-system');
  });
});

describe('findTermUses', () => {
  it('finds terms and variants in any case, with offsets and the text as found', () => {
    const text = 'Vi bruger AI og Kunstig Intelligens.';
    expect(findTermUses(text, GLOSSARY)).toEqual([
      { start: 10, end: 12, term: 'kunstig intelligens', found: 'AI' },
      { start: 16, end: 35, term: 'kunstig intelligens', found: 'Kunstig Intelligens' },
    ]);
    expect(uses('ALGORITMEN og Open Source')).toEqual([
      ['algoritme', 'ALGORITMEN'],
      ['open source', 'Open Source'],
    ]);
  });

  it('finds a form in capitals only in capitals, with its endings', () => {
    const glossary = [entry('MED', ['MED-udvalg']), entry('KL'), entry('OS'), entry('API'), entry('IoT')];
    expect(uses('Vi mødes med teamet kl. 10 og taler med os. Med Kl og Os, api og Api.', glossary)).toEqual(
      [],
    );
    expect(uses("MED-udvalget, KL's, API'er, APIs, MED’en, iot og IOT", glossary)).toEqual([
      ['MED', 'MED-udvalget'],
      ['KL', "KL's"],
      ['API', "API'er"],
      ['API', 'APIs'],
      ['MED', 'MED’en'],
      ['IoT', 'iot'],
      ['IoT', 'IOT'],
    ]);
    expect(uses('APIS, APIer, KLS', glossary)).toEqual([]);
  });

  it('gives no bare -e to a form ending in -t, and a -t to one ending in another consonant', () => {
    const glossary = [entry('prompt'), entry('agil'), entry('robot')];
    expect(uses('Svar prompte. Arbejd agilt og med agile metoder, en prompten, robotten.', glossary)).toEqual(
      [
        ['agil', 'agilt'],
        ['agil', 'agile'],
        ['prompt', 'prompten'],
        ['robot', 'robotten'],
      ],
    );
    expect(uses('robote, robott', glossary)).toEqual([]);
  });

  it('lets the words of a multi-word term be split by any white space or a hyphen', () => {
    expect(uses('kunstig\n  intelligens, open-source og open\tsource')).toEqual([
      ['kunstig intelligens', 'kunstig\n  intelligens'],
      ['open source', 'open-source'],
      ['open source', 'open\tsource'],
    ]);
  });

  it('finds Danish inflections of the last word, also after an apostrophe', () => {
    expect(uses("API'er, API’en, APIs, algoritmer, algoritmen, algoritmerne, robotter, robotten")).toEqual([
      ['API', "API'er"],
      ['API', 'API’en'],
      ['API', 'APIs'],
      ['algoritme', 'algoritmer'],
      ['algoritme', 'algoritmen'],
      ['algoritme', 'algoritmerne'],
      ['robot', 'robotter'],
      ['robot', 'robotten'],
    ]);
    expect(uses('skyen, softwarerobotterne, de digitale kompetencerne, it-arkitekturen')).toEqual([
      ['cloud', 'skyen'],
      ['RPA', 'softwarerobotterne'],
      ['digitale kompetencer', 'digitale kompetencerne'],
      ['it-arkitektur', 'it-arkitekturen'],
    ]);
  });

  it('counts the term part of a hyphen compound', () => {
    const text = 'En API-løsning og en RPA-robot.';
    const found = findTermUses(text, GLOSSARY);
    expect(found.map((u) => [u.term, text.slice(u.start, u.end)])).toEqual([
      ['API', 'API'],
      ['RPA', 'RPA'],
      ['robot', 'robot'],
    ]);
  });

  it('does not match inside a longer word', () => {
    expect(uses('Kapitalen, skyld, robotik, bier, algoritmisk, opensource, tapir')).toEqual([]);
  });

  it('takes the longest match and never overlaps', () => {
    expect(uses('Kunstig intelligens kræver intelligens.')).toEqual([
      ['kunstig intelligens', 'Kunstig intelligens'],
      ['intelligens', 'intelligens'],
    ]);
    expect(uses('Et IT-arkitektur-kort')).toEqual([['it-arkitektur', 'IT-arkitektur']]);
  });

  it('finds nothing in an empty text or with an empty glossary', () => {
    expect(uses('')).toEqual([]);
    expect(uses('API og AI', [])).toEqual([]);
  });

  it('compiles a glossary once for all arrays with the same terms and variants', () => {
    const copy = GLOSSARY.map((e) => ({ ...e, variants: [...e.variants], explanation: 'Anden tekst.' }));
    expect(matcherFor(copy)).toBe(matcherFor(GLOSSARY));
    const changed = [...copy.slice(1), entry('API', ['API-kald'])];
    expect(matcherFor(changed)).not.toBe(matcherFor(GLOSSARY));
    expect(uses('Et API-kald', changed)).toEqual([['API', 'API-kald']]);
  });
});

describe('unexplainedTerms', () => {
  it('lists terms not explained at their first use, each once, in order of first use', () => {
    const text = 'Vi bruger AI og en API. Senere: API (en kobling). Kunstig intelligens igen.';
    expect(unexplainedTerms(text, GLOSSARY)).toEqual(['kunstig intelligens', 'API']);
  });

  it('accepts a parenthesis, colon, dash, "dvs.", "det vil sige", "altså" or "betyder" after the first use', () => {
    const explained = [
      'En API (en fast indgang til data).',
      'API: en fast indgang.',
      'API’er – faste indgange.',
      'En API - en fast indgang.',
      'En API, dvs. en fast indgang.',
      'En API, det vil sige en fast indgang.',
      'En API, altså en fast indgang.',
      'API betyder en fast indgang.',
      'Et "API" (en fast indgang).',
    ];
    for (const text of explained) expect(unexplainedTerms(text, GLOSSARY), text).toEqual([]);
  });

  it('does not take "er" or a later explanation as explaining', () => {
    expect(unexplainedTerms('En API er en fast indgang.', GLOSSARY)).toEqual(['API']);
    expect(unexplainedTerms('Brug en API. En API (en indgang) er nem.', GLOSSARY)).toEqual(['API']);
    expect(unexplainedTerms('En API-løsning (en indgang).', GLOSSARY)).toEqual(['API']);
  });
});

describe('explanationWarnings', () => {
  it('warns about other terms the explanation uses without explaining them', () => {
    const rpa = entry(
      'RPA',
      ['softwarerobot'],
      'En softwarerobot, der bruger en API og AI (kunstig intelligens).',
    );
    expect(explanationWarnings(rpa, GLOSSARY)).toEqual(['API']);
  });

  it('lets an explanation use its own term, and hides the shorter terms inside it', () => {
    const ai = entry('Kunstig Intelligens', ['AI'], 'Kunstig intelligens, eller AI, lærer af data.');
    expect(explanationWarnings(ai, GLOSSARY)).toEqual([]);
  });

  it('works for a new entry not yet in the glossary', () => {
    const chatbot = entry(
      'chatbot',
      [],
      'Et program, der svarer i et chatvindue med hjælp fra en algoritme.',
    );
    expect(explanationWarnings(chatbot, GLOSSARY)).toEqual(['algoritme']);
  });
});
